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
import { UuidParamPipe } from '../common/http/uuid-param.pipe';
import { FacilityDetailDto, FacilityQueryDto, FacilitySummaryDto } from './dto/facility.dto';
import { FacilitiesService } from './facilities.service';

@ApiTags('catalogue')
@Public()
@Controller('facilities')
export class FacilitiesController {
  constructor(private readonly facilities: FacilitiesService) {}

  @Get()
  @ApiOkResponse({ type: [FacilitySummaryDto], description: 'Community centres first.' })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'VALIDATION_FAILED' })
  list(@Query() query: FacilityQueryDto): Promise<FacilitySummaryDto[]> {
    return this.facilities.list(query.kind);
  }

  @Get(':id')
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: FacilityDetailDto })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'VALIDATION_FAILED (not a UUID)' })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: 'FACILITY_NOT_FOUND' })
  detail(@Param('id', new UuidParamPipe()) id: string): Promise<FacilityDetailDto> {
    return this.facilities.detail(id);
  }
}
