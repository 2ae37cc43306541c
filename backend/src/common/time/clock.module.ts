import { Global, Module } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG, AppConfigModule } from '../../config/app-config.module';
import { Clock, SystemClock } from './clock';
import { DevClockController } from './dev-clock.controller';
import { TravellingClock } from './travelling-clock';

/**
 * Provides the Clock everywhere: the machine's clock, or with TEST_CLOCK=true (browser journeys,
 * never production) a clock that `/api/dev/clock` moves. A test overrides it
 * (createTestApp({ clock })).
 */
@Global()
@Module({
  imports: [AppConfigModule],
  controllers: [DevClockController],
  providers: [
    {
      provide: Clock,
      useFactory: (config: AppConfig): Clock =>
        config.testClock && !config.production ? new TravellingClock() : new SystemClock(),
      inject: [APP_CONFIG],
    },
  ],
  exports: [Clock],
})
export class ClockModule {}
