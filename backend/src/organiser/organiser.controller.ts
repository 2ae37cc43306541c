import { Controller, Get, Param } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiParam,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { AllowRoles } from '../access/access-policy.decorator';
import { CurrentPrincipal } from '../access/current-principal.decorator';
import type { Principal } from '../access/principal';
import { ApiErrorDto } from '../common/errors/api-error.dto';
import { UuidParamPipe } from '../common/http/uuid-param.pipe';
import { OrganiserCourseDetailDto, OrganiserCourseDto } from './dto/organiser-course.dto';
import { OrganiserService } from './organiser.service';

@ApiTags('organiser')
@AllowRoles('organiser')
@ApiUnauthorizedResponse({ type: ApiErrorDto, description: 'AUTHENTICATION_REQUIRED' })
@ApiForbiddenResponse({ type: ApiErrorDto, description: 'ACCESS_DENIED (not an organiser)' })
@Controller('organiser')
export class OrganiserController {
  constructor(private readonly organiser: OrganiserService) {}

  @Get('courses')
  @ApiOkResponse({
    type: [OrganiserCourseDto],
    description: "The courses of the caller's organisations, in every status.",
  })
  courses(@CurrentPrincipal() principal: Principal): Promise<OrganiserCourseDto[]> {
    return this.organiser.courses(principal);
  }

  @Get('courses/:id')
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: OrganiserCourseDetailDto })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'VALIDATION_FAILED (not a UUID)' })
  @ApiNotFoundResponse({
    type: ApiErrorDto,
    description: "COURSE_NOT_FOUND (also for another organisation's course)",
  })
  course(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new UuidParamPipe()) id: string,
  ): Promise<OrganiserCourseDetailDto> {
    return this.organiser.course(principal, id);
  }
}
