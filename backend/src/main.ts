import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { JsonLogger } from './common/logging/json-logger';
import { type AppConfig, ConfigError, loadConfig } from './config/app-config';
import { configureApp } from './configure-app';
import { openDatabase } from './database/database';
import { DatabaseStartupError } from './database/wait-for-database';
import { installGracefulShutdown } from './health/graceful-shutdown';
import { demoAccountsTable, seedDemoAccounts } from './demo/demo-accounts';
import { CompletionService } from './certificates/completion.service';
import { seedDemoCompletionsBeforeSweeps } from './demo/demo-completions';
import { seedDemoEarlierYears } from './demo/demo-history';
import { seedDemoInstructors } from './demo/demo-instructors';
import { seedDemoPictures } from './demo/demo-pictures';
import { SystemClock } from './common/time/clock';
import { buildSeedPlanAt } from './demo/programme';
import { seedDemoData } from './demo/seeder';
import { seedDemoIndicators } from './demo/demo-indicators';
import { seedDemoEvaluationSheets } from './demo/demo-evaluation-sheets';
import { SheetFiguresSource } from './evaluation-sheets/sheet-figures';
import { EvaluationSummaryService } from './evaluation/evaluation-summary.service';
import { FiscalYearFiguresService } from './evaluation/fiscal-year-figures.service';

function readConfig(): AppConfig {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`tsumugu cannot start: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

/** Start-up as steps: configuration, database (migrated), demo data, HTTP. */
async function bootstrap(): Promise<void> {
  const started = Date.now();
  const config = readConfig();
  const jsonLogger = new JsonLogger(config.logLevel);
  Logger.overrideLogger(jsonLogger);
  const logger = new Logger('Bootstrap');

  if (!config.databaseUrl) {
    logger.log(
      config.ephemeralDatabase
        ? 'starting a throwaway embedded PostgreSQL'
        : `starting the embedded PostgreSQL in ${config.dataDir}/postgres`,
    );
  }
  const database = await openDatabase(config, (message) => logger.warn(message));
  logger.log({ msg: 'database ready, migrations applied', database: database.kind });

  let demoCompletionsAt: Date | null = null;
  let demoHistoryFrom: number | undefined;
  try {
    if (config.seedDemoData) {
      // The demo is built around the day it is first seeded (or DEMO_TODAY); a database seeded
      // before keeps its demo, whatever day it is now.
      const seededAt = new SystemClock().now();
      const plan = buildSeedPlanAt(seededAt, config.demoToday);
      demoHistoryFrom = plan.earlierHistoryFrom;
      const result = await seedDemoData(database.dataSource, plan, seededAt);
      if (result.seeded) logger.log({ msg: 'demo data seeded', ...result });
      const accounts = await seedDemoAccounts(database.dataSource, seededAt);
      if (accounts > 0) {
        logger.log({ msg: 'demo accounts seeded', accounts });
        demoCompletionsAt = seededAt;
      }
      const instructors = await seedDemoInstructors(database.dataSource, seededAt);
      if (instructors > 0) logger.log({ msg: 'demo instructor bank seeded', instructors });
      const pictures = await seedDemoPictures(database.dataSource);
      if (pictures > 0) logger.log({ msg: 'demo course pictures attached', pictures });
    }

    const app = await NestFactory.create<NestExpressApplication>(AppModule.register(database), {
      logger: jsonLogger,
    });
    // SIGTERM/SIGINT: not ready, in-flight requests finish, then jobs, DataSource, embedded PostgreSQL.
    installGracefulShutdown(app, { graceMs: config.shutdownGraceMs, logger: jsonLogger });
    configureApp(app, config);
    if (demoCompletionsAt) {
      const demoSeededAt = demoCompletionsAt;
      // Past courses finished by the completion job's own code, as of their last session, in the
      // background; the app's completion sweep waits for it (started before the jobs are).
      void seedDemoCompletionsBeforeSweeps(
        database.dataSource,
        app.get(CompletionService),
        demoCompletionsAt,
      )
        .then(
          (completions) => logger.log({ msg: 'demo courses finished', ...completions }),
          (error: unknown) =>
            logger.error({ msg: 'finishing the demo courses failed', error: String(error) }),
        )
        // The three fiscal years before the planned ones, copied from the oldest (cheap SQL).
        .then(() =>
          demoHistoryFrom === undefined
            ? null
            : seedDemoEarlierYears(database.dataSource, demoHistoryFrom),
        )
        .then((history) => history && logger.log({ msg: 'demo earlier years seeded', ...history }))
        // The evaluation figures of the demo's years, without waiting for the hourly job, then
        // the demo's indicators, whose baselines are figures of the demo's first year.
        .then(() => app.get(EvaluationSummaryService).refresh())
        .then(() =>
          seedDemoIndicators(database.dataSource, app.get(FiscalYearFiguresService), demoSeededAt),
        )
        .then((indicators) => logger.log({ msg: 'demo indicators seeded', indicators }))
        // The departments' evaluation sheets, whose submitted figures are the summary's.
        .then(() =>
          seedDemoEvaluationSheets(database.dataSource, app.get(SheetFiguresSource), demoSeededAt),
        )
        .then((sheets) => logger.log({ msg: 'demo evaluation sheets seeded', sheets }))
        .catch((error: unknown) =>
          logger.error({ msg: 'the evaluation summary failed', error: String(error) }),
        );
    }
    await app.listen(config.port, config.host);

    const url = `http://localhost:${config.port}`;
    logger.log({ msg: 'ready', url, startupMs: Date.now() - started });
    // For people, beside the JSON logs: where to open the app.
    process.stdout.write(`\ntsumugu is ready at ${url}\n  API documentation: ${url}/api/docs\n\n`);
    if (config.seedDemoData) {
      const outbox =
        config.smtpUrl || config.production
          ? ''
          : `\n  Mails (no SMTP_URL): ${url}/api/dev/outbox\n`;
      process.stdout.write(`${demoAccountsTable()}\n${outbox}\n`);
    }
  } catch (error) {
    await database.close().catch(() => undefined);
    throw error;
  }
}

bootstrap().catch((error: unknown) => {
  // Gave up waiting for PostgreSQL: the message says it all, a stack trace would bury it.
  const detail =
    error instanceof DatabaseStartupError
      ? error.message
      : error instanceof Error
        ? (error.stack ?? error.message)
        : String(error);
  process.stderr.write(`tsumugu failed to start: ${detail}\n`);
  process.exit(1);
});
