import { JsonLogger } from './json-logger';

describe('JsonLogger', () => {
  const capture = (level: 'debug' | 'info' | 'warn' | 'error') => {
    const lines: string[] = [];
    return { logger: new JsonLogger(level, (line) => lines.push(line)), lines };
  };

  it('writes one JSON object per line with level and context', () => {
    const { logger, lines } = capture('info');
    logger.log('ready', 'Bootstrap');
    expect(JSON.parse(lines[0])).toMatchObject({
      level: 'info',
      context: 'Bootstrap',
      msg: 'ready',
    });
    expect(() => new Date(JSON.parse(lines[0]).time).toISOString()).not.toThrow();
  });

  it('drops messages below the minimum level', () => {
    const { logger, lines } = capture('warn');
    logger.log('chatty');
    logger.debug('chattier');
    logger.warn('careful');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]).msg).toBe('careful');
  });

  it('keeps the stack of errors logged by Nest', () => {
    const { logger, lines } = capture('info');
    logger.error('boom', 'Error: boom\n    at x', 'ExceptionsHandler');
    expect(JSON.parse(lines[0])).toMatchObject({
      level: 'error',
      context: 'ExceptionsHandler',
      msg: 'boom',
      stack: 'Error: boom\n    at x',
    });
  });

  it('merges structured messages', () => {
    const { logger, lines } = capture('info');
    logger.log({ msg: 'request', status: 200, durationMs: 3 }, 'Http');
    expect(JSON.parse(lines[0])).toMatchObject({ msg: 'request', status: 200, durationMs: 3 });
  });
});
