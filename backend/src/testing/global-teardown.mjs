// Jest globalTeardown: stops the PostgreSQL that globalSetup started and removes its folder.
import { rm } from 'node:fs/promises';

export default async function globalTeardown() {
  const started = globalThis.__TSUMUGU_TEST_POSTGRES__;
  if (!started) return;
  await started.postgres.stop();
  await rm(started.folder, { recursive: true, force: true });
}
