import { Body, Controller, Delete, Get, HttpCode, Inject, Logger, Put } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { AllowRoles } from '../../access/access-policy.decorator';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/app-config.module';
import { ApiErrorDto } from '../errors/api-error.dto';
import { DomainError } from '../errors/domain-error';
import { ErrorCode } from '../errors/error-registry';
import { Clock } from './clock';
import { DevClockDto, MoveClockDto } from './dto/dev-clock.dto';
import { TravellingClock } from './travelling-clock';

/**
 * The browser journeys' time machine: a journey lives through a course's sessions at the door and
 * its end by moving the app's clock to each moment. Guarded three times: it exists only with
 * TEST_CLOCK=true, which loadConfig refuses in production (the start fails); otherwise the Clock
 * is the machine's and every call answers 404 as if the route did not exist; and only a city
 * administrator may call it. Each move is logged (the instant only).
 */
@ApiTags('development')
@AllowRoles('city_admin')
@ApiUnauthorizedResponse({ type: ApiErrorDto, description: 'AUTHENTICATION_REQUIRED' })
@ApiForbiddenResponse({
  type: ApiErrorDto,
  description: 'ACCESS_DENIED (not a city administrator)',
})
@ApiNotFoundResponse({ type: ApiErrorDto, description: 'NOT_FOUND unless TEST_CLOCK=true' })
@Controller('dev/clock')
export class DevClockController {
  private readonly logger = new Logger('DevClock');

  constructor(
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'testClock' | 'production'>,
  ) {}

  @Get()
  @ApiOperation({ summary: "The app's now (TEST_CLOCK=true only)." })
  @ApiOkResponse({ type: DevClockDto })
  read(): DevClockDto {
    return this.state(this.travellingClock());
  }

  @Put()
  @ApiOperation({
    summary: "Moves the app's now; time flows on from there (TEST_CLOCK=true only).",
  })
  @ApiOkResponse({ type: DevClockDto })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'VALIDATION_FAILED' })
  move(@Body() request: MoveClockDto): DevClockDto {
    const clock = this.travellingClock();
    clock.travelTo(new Date(request.at));
    this.logger.warn({ msg: 'test clock moved', to: request.at });
    return this.state(clock);
  }

  @Delete()
  @HttpCode(204)
  @ApiOperation({ summary: 'Back to the real time (TEST_CLOCK=true only).' })
  @ApiNoContentResponse()
  backToRealTime(): void {
    this.travellingClock().backToRealTime();
    this.logger.warn({ msg: 'test clock back to the real time' });
  }

  private travellingClock(): TravellingClock {
    if (
      !this.config.testClock ||
      this.config.production ||
      !(this.clock instanceof TravellingClock)
    ) {
      throw new DomainError(ErrorCode.NotFound);
    }
    return this.clock;
  }

  private state(clock: TravellingClock): DevClockDto {
    return { now: clock.now().toISOString(), travelled: clock.travelled };
  }
}
