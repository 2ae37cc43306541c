import {
  type DynamicModule,
  Global,
  Logger,
  Module,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Closes the database after the HTTP server has stopped taking requests. */
class DatabaseShutdown implements OnApplicationShutdown {
  constructor(private readonly close: () => Promise<void>) {}

  async onApplicationShutdown(signal?: string): Promise<void> {
    await this.close();
    new Logger('Shutdown').log({ msg: 'HTTP server and database closed', signal });
  }
}

/**
 * Makes the application's DataSource injectable (by its class, the token @InjectDataSource uses).
 * The DataSource is created and migrated before Nest starts (see main.ts), so that a database
 * problem stops the start early with a clear message; `close` runs at shutdown, after Nest has
 * closed the HTTP server.
 */
@Global()
@Module({})
export class DatabaseModule {
  static forDataSource(dataSource: DataSource, close: () => Promise<void>): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        { provide: DataSource, useValue: dataSource },
        { provide: DatabaseShutdown, useValue: new DatabaseShutdown(close) },
      ],
      exports: [DataSource],
    };
  }
}
