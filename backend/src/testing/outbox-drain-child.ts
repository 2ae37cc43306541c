/**
 * A drain in a process of its own, for a test that SIGKILLs it mid-hand-over
 * (notifications/outbox-crash.integration.ts): DATABASE_URL and SMTP_URL from the environment,
 * the real repository, mail service and drain, no HTTP. Run with ts-node (transpile only).
 * Tells its parent 'ready' and then drains until killed.
 */
import { DataSource } from 'typeorm';
import { SystemClock } from '../common/time/clock';
import { loadConfig } from '../config/app-config';
import { dataSourceOptions } from '../database/data-source-options';
import { MailService } from '../mail/mail.service';
import { NotificationsRepository } from '../notifications/notifications.repository';
import { OutboxDrainService } from '../notifications/outbox-drain.service';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const dataSource = new DataSource(
    dataSourceOptions(process.env['DATABASE_URL']!, { poolSize: 12 }),
  );
  await dataSource.initialize();
  const drain = new OutboxDrainService(
    new NotificationsRepository(dataSource),
    new MailService(config),
    config,
    new SystemClock(),
  );
  process.send?.('ready');
  for (;;) {
    await drain.drain().catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

void main();
