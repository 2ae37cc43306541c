import {
  Controller,
  createParamDecorator,
  type ExecutionContext,
  Get,
  Param,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiParam,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AllowRoles, Public } from '../access/access-policy.decorator';
import { CurrentPrincipal } from '../access/current-principal.decorator';
import type { PrincipalRequest } from '../access/principal-request';
import type { Principal } from '../access/principal';
import { ApiErrorDto } from '../common/errors/api-error.dto';
import { RequestLanguage } from '../common/http/language.decorator';
import type { Language } from '../common/errors/request-language';
import { UuidParamPipe } from '../common/http/uuid-param.pipe';
import {
  InstructorCardDto,
  InstructorDetailDto,
  InstructorListDto,
  InstructorQueryDto,
  PickerQueryDto,
} from './dto/public-instructor.dto';
import { InstructorDirectoryService } from './instructor-directory.service';
import { InstructorPhotosService } from './instructor-photos.service';

/** The caller on a public route: signed in or not. */
const OptionalPrincipal = createParamDecorator(
  (_: unknown, context: ExecutionContext): Principal | undefined =>
    context.switchToHttp().getRequest<PrincipalRequest>().principal,
);

/** The public directory /instructors: registered people and groups, public fields only. */
@ApiTags('instructor bank')
@Controller('instructors')
export class InstructorDirectoryController {
  constructor(
    private readonly directory: InstructorDirectoryService,
    private readonly photos: InstructorPhotosService,
  ) {}

  @Get()
  @Public()
  @ApiOkResponse({ type: InstructorListDto })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'VALIDATION_FAILED' })
  list(
    @Query() query: InstructorQueryDto,
    @RequestLanguage() language: Language,
  ): Promise<InstructorListDto> {
    return this.directory.search(query, language);
  }

  @Get(':id')
  @Public()
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({
    type: InstructorDetailDto,
    description:
      'Public fields only; organisers and reviewers also get the fields shown to organisers.',
  })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: 'INSTRUCTOR_NOT_REGISTERED' })
  detail(
    @OptionalPrincipal() principal: Principal | undefined,
    @Param('id', new UuidParamPipe()) id: string,
  ): Promise<InstructorDetailDto> {
    return this.directory.detail(id, principal);
  }

  @Get(':id/photo')
  @Public()
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ description: 'The photo of a registered instructor who made it public.' })
  @ApiNotFoundResponse({
    type: ApiErrorDto,
    description: 'INSTRUCTOR_NOT_REGISTERED (or no photo)',
  })
  async photo(
    @Param('id', new UuidParamPipe()) id: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    await this.photos.sendPublic(id, request, response);
  }
}

/** The organiser's course form: registered instructors to link to a course. */
@ApiTags('organiser')
@Controller('organiser/instructor-picker')
export class InstructorPickerController {
  constructor(private readonly directory: InstructorDirectoryService) {}

  @Get()
  @AllowRoles('organiser')
  @ApiUnauthorizedResponse({ type: ApiErrorDto, description: 'AUTHENTICATION_REQUIRED' })
  @ApiForbiddenResponse({ type: ApiErrorDto, description: 'ACCESS_DENIED (not an organiser)' })
  @ApiOkResponse({ type: [InstructorCardDto], description: 'At most 20, best matches first.' })
  picker(
    @CurrentPrincipal() _principal: Principal,
    @Query() query: PickerQueryDto,
  ): Promise<InstructorCardDto[]> {
    return this.directory.picker(query.q);
  }
}
