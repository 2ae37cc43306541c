import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessGuard } from './access.guard';

/** Installs the AccessGuard in front of every route of the application. */
@Module({
  providers: [{ provide: APP_GUARD, useClass: AccessGuard }],
})
export class AccessModule {}
