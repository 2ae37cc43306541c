import { Controller, Get, Res } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../access/access-policy.decorator';
import { APP_VERSION } from '../config/version';
import { HealthDto, LivenessDto, ReadinessDto } from './health.dto';
import { HealthRepository } from './health.repository';
import { Readiness } from './readiness';

/** For load balancers, container health checks and the browser tests. Never cached. */
@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthRepository,
    private readonly readiness: Readiness,
  ) {}

  @Get()
  @ApiOperation({ summary: 'The process and the database (2 s at most): 503 while it is down.' })
  @ApiOkResponse({ type: HealthDto })
  @ApiServiceUnavailableResponse({ type: HealthDto })
  async check(@Res({ passthrough: true }) response: Response): Promise<HealthDto> {
    const databaseUp = await this.health.databaseAnswers();
    response.status(databaseUp ? 200 : 503).setHeader('Cache-Control', 'no-store');
    return {
      status: databaseUp ? 'ok' : 'unavailable',
      database: databaseUp ? 'up' : 'down',
      version: APP_VERSION,
    };
  }

  @Get('live')
  @ApiOperation({ summary: 'Liveness: the process answers (no database). Restart it if not.' })
  @ApiOkResponse({ type: LivenessDto })
  live(@Res({ passthrough: true }) response: Response): LivenessDto {
    response.setHeader('Cache-Control', 'no-store');
    return { status: 'ok', version: APP_VERSION };
  }

  @Get('ready')
  @ApiOperation({
    summary:
      'Readiness: send requests here? 503 while the database does not answer within 2 s, ' +
      'and from the shutdown signal on.',
  })
  @ApiOkResponse({ type: ReadinessDto })
  @ApiServiceUnavailableResponse({ type: ReadinessDto })
  async ready(@Res({ passthrough: true }) response: Response): Promise<ReadinessDto> {
    const shuttingDown = this.readiness.isShuttingDown;
    const databaseUp = !shuttingDown && (await this.health.databaseAnswers());
    const ready = databaseUp && !shuttingDown;
    response.status(ready ? 200 : 503).setHeader('Cache-Control', 'no-store');
    return {
      status: ready ? 'ready' : 'not-ready',
      database: databaseUp ? 'up' : 'down',
      shuttingDown,
      version: APP_VERSION,
    };
  }
}
