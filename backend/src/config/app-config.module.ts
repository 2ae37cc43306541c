import { Module } from '@nestjs/common';
import { loadConfig } from './app-config';

/** Injection token of the validated AppConfig (main.ts has already refused a bad value). */
export const APP_CONFIG = Symbol('APP_CONFIG');

/**
 * Makes the configuration injectable. It is read from the environment when the app is built, so
 * that tests can point SMTP_URL at their own mail server before they create the app.
 */
@Module({
  providers: [{ provide: APP_CONFIG, useFactory: () => loadConfig() }],
  exports: [APP_CONFIG],
})
export class AppConfigModule {}
