import type { LoggerService } from '@nestjs/common';
import type { LogLevel } from '../../config/app-config';

const LEVELS: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/**
 * Structured logs: one JSON object per line on stdout, for any log collector. Messages never
 * carry request bodies or query strings, where personal data would be.
 */
export class JsonLogger implements LoggerService {
  constructor(
    private readonly minimumLevel: LogLevel = 'info',
    private readonly write: (line: string) => void = (line) => process.stdout.write(line + '\n'),
  ) {}

  log(message: unknown, context?: string): void {
    this.emit('info', message, context);
  }
  error(message: unknown, stackOrContext?: string, context?: string): void {
    // Nest passes (message, stack, context) or (message, context)
    if (context !== undefined) this.emit('error', message, context, stackOrContext);
    else this.emit('error', message, stackOrContext);
  }
  warn(message: unknown, context?: string): void {
    this.emit('warn', message, context);
  }
  debug(message: unknown, context?: string): void {
    this.emit('debug', message, context);
  }
  verbose(message: unknown, context?: string): void {
    this.emit('debug', message, context);
  }

  emit(level: LogLevel, message: unknown, context?: string, stack?: string, extra?: object): void {
    if (LEVELS[level] < LEVELS[this.minimumLevel]) return;
    const entry: Record<string, unknown> = { time: new Date().toISOString(), level };
    if (context) entry['context'] = context;
    if (message !== null && typeof message === 'object' && !(message instanceof Error)) {
      Object.assign(entry, message);
    } else {
      entry['msg'] = message instanceof Error ? message.message : String(message);
    }
    if (stack) entry['stack'] = stack;
    if (extra) Object.assign(entry, extra);
    this.write(JSON.stringify(entry));
  }
}
