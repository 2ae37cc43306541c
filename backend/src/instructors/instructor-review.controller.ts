import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiParam,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AllowRoles } from '../access/access-policy.decorator';
import { CurrentPrincipal } from '../access/current-principal.decorator';
import type { Principal } from '../access/principal';
import { ApiErrorDto } from '../common/errors/api-error.dto';
import { UuidParamPipe } from '../common/http/uuid-param.pipe';
import {
  DecisionInputDto,
  InstructorSettingsDto,
  ReviewProfileDto,
  ReviewQueueDto,
  ReviewQueueQueryDto,
} from './dto/profile.dto';
import { InstructorPhotosService } from './instructor-photos.service';
import { InstructorReviewService } from './instructor-review.service';
import { InstructorSettingsService } from './instructor-settings.service';

/**
 * The city's lifelong-learning section reviews applications (role instructor_reviewer, granted
 * by a city administrator; not every administrator). Every view and decision is audited.
 */
@ApiTags('instructor bank review')
@AllowRoles('instructor_reviewer')
@ApiUnauthorizedResponse({ type: ApiErrorDto, description: 'AUTHENTICATION_REQUIRED' })
@ApiForbiddenResponse({ type: ApiErrorDto, description: 'ACCESS_DENIED (not a reviewer)' })
@ApiBadRequestResponse({ type: ApiErrorDto, description: 'VALIDATION_FAILED' })
@Controller('review')
export class InstructorReviewController {
  constructor(
    private readonly review: InstructorReviewService,
    private readonly settings: InstructorSettingsService,
    private readonly photos: InstructorPhotosService,
  ) {}

  @Get('instructor-profiles')
  @ApiOkResponse({ type: ReviewQueueDto })
  queue(
    @CurrentPrincipal() principal: Principal,
    @Query() query: ReviewQueueQueryDto,
  ): Promise<ReviewQueueDto> {
    return this.review.queue(principal.userId, query);
  }

  @Get('instructor-profiles/:id')
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: ReviewProfileDto })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: 'INSTRUCTOR_PROFILE_NOT_FOUND' })
  view(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new UuidParamPipe()) id: string,
  ): Promise<ReviewProfileDto> {
    return this.review.view(principal.userId, id);
  }

  @Get('instructor-profiles/:id/photo')
  // Organisers see a listed instructor's photo shown to organisers (their profile-page view).
  @AllowRoles('instructor_reviewer', 'organiser', 'city_admin')
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({
    description:
      'The applicant’s photo, whatever its visibility (reviewers); a listed instructor’s (organisers, city administrators).',
  })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: 'INSTRUCTOR_PROFILE_NOT_FOUND' })
  async photo(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new UuidParamPipe()) id: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    await this.photos.sendForReview(principal, id, request, response);
  }

  @Post('instructor-profiles/:id/decisions')
  @HttpCode(200)
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: ReviewProfileDto, description: 'The application after the decision.' })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: 'INSTRUCTOR_PROFILE_NOT_FOUND' })
  @ApiConflictResponse({
    type: ApiErrorDto,
    description:
      'INSTRUCTOR_PROFILE_VERSION_CONFLICT (decided or changed meanwhile); ' +
      'INSTRUCTOR_PROFILE_TRANSITION_NOT_ALLOWED',
  })
  decide(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new UuidParamPipe()) id: string,
    @Body() input: DecisionInputDto,
  ): Promise<ReviewProfileDto> {
    return this.review.decide(principal.userId, id, input);
  }

  @Get('instructor-settings')
  @ApiOkResponse({ type: InstructorSettingsDto })
  getSettings(): Promise<InstructorSettingsDto> {
    return this.settings.get();
  }

  @Put('instructor-settings')
  @ApiOkResponse({ type: InstructorSettingsDto })
  putSettings(
    @CurrentPrincipal() principal: Principal,
    @Body() input: InstructorSettingsDto,
  ): Promise<InstructorSettingsDto> {
    return this.settings.update(principal.userId, input);
  }
}
