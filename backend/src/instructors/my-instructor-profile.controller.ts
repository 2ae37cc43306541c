import {
  Body,
  Controller,
  Get,
  HttpCode,
  Post,
  Put,
  Req,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AllowRoles } from '../access/access-policy.decorator';
import { CurrentPrincipal } from '../access/current-principal.decorator';
import type { Principal } from '../access/principal';
import { ApiErrorDto } from '../common/errors/api-error.dto';
import { ProfileContentDto } from './dto/profile-content.dto';
import { AttendedCourseDto, MyInstructorProfileDto } from './dto/profile.dto';
import { PhotoDto } from './dto/request.dto';
import { InstructorPhotosService, MAX_PHOTO_BYTES } from './instructor-photos.service';
import { InstructorProfilesService } from './instructor-profiles.service';

const NO_PROFILE = 'INSTRUCTOR_PROFILE_NOT_FOUND (none yet)';

/** The signed-in citizen's own instructor profile: apply, edit, renew, withdraw. */
@ApiTags('instructor bank')
@AllowRoles('citizen')
@ApiUnauthorizedResponse({ type: ApiErrorDto, description: 'AUTHENTICATION_REQUIRED' })
@ApiForbiddenResponse({ type: ApiErrorDto, description: 'ACCESS_DENIED (email not verified)' })
@Controller('me/instructor-profile')
export class MyInstructorProfileController {
  constructor(
    private readonly profiles: InstructorProfilesService,
    private readonly photos: InstructorPhotosService,
  ) {}

  @Get()
  @ApiOkResponse({ type: MyInstructorProfileDto })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: NO_PROFILE })
  get(@CurrentPrincipal() principal: Principal): Promise<MyInstructorProfileDto> {
    return this.profiles.mine(principal.userId);
  }

  @Put()
  @ApiOkResponse({
    type: MyInstructorProfileDto,
    description:
      'Creates the profile (draft) or saves the working copy: a draft, a returned application, ' +
      'or a pending edit of a registered profile (the directory keeps the approved version).',
  })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'VALIDATION_FAILED' })
  @ApiConflictResponse({
    type: ApiErrorDto,
    description: 'INSTRUCTOR_PROFILE_LOCKED (under review)',
  })
  save(
    @CurrentPrincipal() principal: Principal,
    @Body() input: ProfileContentDto,
  ): Promise<MyInstructorProfileDto> {
    return this.profiles.save(principal.userId, input);
  }

  @Post('submit')
  @HttpCode(200)
  @ApiOkResponse({ type: MyInstructorProfileDto })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: NO_PROFILE })
  @ApiUnprocessableEntityResponse({
    type: ApiErrorDto,
    description: 'INSTRUCTOR_PROFILE_NOT_ELIGIBLE (under 18, or no relation to Tsukuba)',
  })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'VALIDATION_FAILED (incomplete)' })
  @ApiConflictResponse({
    type: ApiErrorDto,
    description: 'INSTRUCTOR_PROFILE_TRANSITION_NOT_ALLOWED',
  })
  submit(@CurrentPrincipal() principal: Principal): Promise<MyInstructorProfileDto> {
    return this.profiles.submit(principal.userId);
  }

  @Post('withdraw')
  @HttpCode(200)
  @ApiOkResponse({ type: MyInstructorProfileDto })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: NO_PROFILE })
  @ApiConflictResponse({
    type: ApiErrorDto,
    description: 'INSTRUCTOR_PROFILE_TRANSITION_NOT_ALLOWED',
  })
  withdraw(@CurrentPrincipal() principal: Principal): Promise<MyInstructorProfileDto> {
    return this.profiles.withdraw(principal.userId);
  }

  @Post('renew')
  @HttpCode(200)
  @ApiOkResponse({
    type: MyInstructorProfileDto,
    description: '"Nothing has changed": extends the registration to the next 31 March rule.',
  })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: NO_PROFILE })
  @ApiConflictResponse({
    type: ApiErrorDto,
    description: 'INSTRUCTOR_PROFILE_TRANSITION_NOT_ALLOWED (not registered, or not yet renewable)',
  })
  renew(@CurrentPrincipal() principal: Principal): Promise<MyInstructorProfileDto> {
    return this.profiles.renew(principal.userId);
  }

  @Put('photo')
  @HttpCode(200)
  @UseInterceptors(FileInterceptor('image', { limits: { fileSize: MAX_PHOTO_BYTES, files: 1 } }))
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['image'],
      properties: { image: { type: 'string', format: 'binary' } },
    },
  })
  @ApiOkResponse({ type: PhotoDto, description: 'JPEG, PNG or WebP, at most 2 MB.' })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'VALIDATION_FAILED (not an image)' })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: NO_PROFILE })
  uploadPhoto(
    @CurrentPrincipal() principal: Principal,
    @UploadedFile() file: { buffer: Buffer } | undefined,
  ): Promise<PhotoDto> {
    return this.photos.upload(principal.userId, file);
  }

  @Get('photo')
  @ApiOkResponse({ description: 'The applicant’s own photo, whatever its visibility.' })
  @ApiNotFoundResponse({
    type: ApiErrorDto,
    description: 'INSTRUCTOR_PROFILE_NOT_FOUND (no photo)',
  })
  async photo(
    @CurrentPrincipal() principal: Principal,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    await this.photos.sendOwn(principal.userId, request, response);
  }

  @Get('learning')
  @ApiOkResponse({
    type: [AttendedCourseDto],
    description: 'Courses the person attended (from attendance), to add as 学習歴.',
  })
  learning(@CurrentPrincipal() principal: Principal): Promise<AttendedCourseDto[]> {
    return this.profiles.learning(principal.userId);
  }
}
