import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../access/access-policy.decorator';
import { APP_VERSION } from '../config/version';
import { databaseAnswers } from './database-probe';
import { HealthDto } from './health.dto';

/** For load balancers and the browser tests: answers 503 while the database is unreachable. */
@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @ApiOkResponse({ type: HealthDto })
  @ApiServiceUnavailableResponse({ type: HealthDto })
  async check(@Res({ passthrough: true }) response: Response): Promise<HealthDto> {
    const databaseUp = await databaseAnswers(this.dataSource);
    response.status(databaseUp ? 200 : 503).setHeader('Cache-Control', 'no-store');
    return {
      status: databaseUp ? 'ok' : 'unavailable',
      database: databaseUp ? 'up' : 'down',
      version: APP_VERSION,
    };
  }
}
