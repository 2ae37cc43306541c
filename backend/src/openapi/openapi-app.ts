import { Global, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { FEATURE_MODULES } from '../app.module';
import { ClockModule } from '../common/time/clock.module';
import { createOpenApiDocument } from './openapi-document';

/** Stands in for the database: describing the API must not need one. */
@Global()
@Module({ providers: [{ provide: DataSource, useValue: {} }], exports: [DataSource] })
class NoDatabaseModule {}

@Module({ imports: [NoDatabaseModule, ClockModule, ...FEATURE_MODULES] })
class OpenApiModule {}

/** The OpenAPI document of the API as built, without starting a server or a database. */
export async function buildOpenApiDocument() {
  const app = await NestFactory.create(OpenApiModule, { logger: false });
  app.setGlobalPrefix('api');
  await app.init();
  const document = createOpenApiDocument(app);
  await app.close();
  return document;
}
