import { Controller, Get, Param, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { Public } from '../access/access-policy.decorator';
import { ApiErrorDto } from '../common/errors/api-error.dto';
import type { Language } from '../common/errors/request-language';
import { RequestLanguage } from '../common/http/language.decorator';
import { UuidParamPipe } from '../common/http/uuid-param.pipe';
import { CoursesService } from './courses.service';
import { CourseDetailDto } from './dto/course-detail.dto';
import { CourseQueryDto } from './dto/course-query.dto';
import { CourseListDto } from './dto/course-summary.dto';

@ApiTags('catalogue')
@Public()
@Controller('courses')
export class CoursesController {
  constructor(private readonly courses: CoursesService) {}

  @Get()
  @ApiOkResponse({ type: CourseListDto, description: 'Published courses matching the filters.' })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'VALIDATION_FAILED' })
  search(
    @Query() query: CourseQueryDto,
    @RequestLanguage() language: Language,
  ): Promise<CourseListDto> {
    return this.courses.search(query, language);
  }

  @Get(':id')
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: CourseDetailDto })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'VALIDATION_FAILED (not a UUID)' })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: 'COURSE_NOT_FOUND' })
  detail(@Param('id', new UuidParamPipe()) id: string): Promise<CourseDetailDto> {
    return this.courses.detail(id);
  }
}
