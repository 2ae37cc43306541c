/**
 * The DataSource for TypeORM's command line, e.g.
 *   DATABASE_URL=postgres://... npx nx run backend:migration-generate --name=add-bookings
 * It reads DATABASE_URL only; it never starts the embedded server or runs migrations.
 */
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

const url = process.env['DATABASE_URL'];
if (!url) {
  throw new Error('DATABASE_URL must name the database to compare the entities with');
}

export default new DataSource(dataSourceOptions(url));
