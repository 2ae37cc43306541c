import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { FieldHint } from '../../common/errors/validation';
import { CourseSummaryDto } from '../../courses/dto/course-summary.dto';
import { FACILITY_KINDS, type FacilityKind } from '../../reference/reference-data';
import { RoomDto } from '../../rooms/dto/room.dto';

export class FacilityQueryDto {
  @ApiPropertyOptional({ enum: FACILITY_KINDS, enumName: 'FacilityKind' })
  @IsOptional()
  @IsIn(FACILITY_KINDS)
  @FieldHint('施設の種類の指定が正しくありません。', 'kind is not a known kind of facility.')
  kind?: FacilityKind;
}

export class FacilitySummaryDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: FACILITY_KINDS, enumName: 'FacilityKind' })
  kind: FacilityKind;

  @ApiProperty({ example: '吾妻地域交流センター' })
  nameJa: string;

  @ApiProperty({ example: 'Azuma Community Centre' })
  nameEn: string;

  @ApiProperty()
  addressJa: string;

  @ApiProperty()
  addressEn: string;

  @ApiProperty({ example: '305-0031' })
  postalCode: string;

  @ApiProperty()
  phone: string;

  @ApiProperty()
  latitude: number;

  @ApiProperty()
  longitude: number;

  @ApiProperty({ type: 'integer' })
  roomCount: number;

  @ApiProperty({ type: 'integer', description: 'Published courses with a session to come here.' })
  upcomingCourseCount: number;
}

export class FacilityDetailDto extends FacilitySummaryDto {
  @ApiProperty()
  accessJa: string;

  @ApiProperty()
  accessEn: string;

  @ApiProperty()
  parkingJa: string;

  @ApiProperty()
  parkingEn: string;

  @ApiProperty({ example: '09:00' })
  opensAt: string;

  @ApiProperty({ example: '22:00' })
  closesAt: string;

  @ApiProperty()
  closedNoteJa: string;

  @ApiProperty()
  closedNoteEn: string;

  @ApiProperty({ type: [RoomDto] })
  rooms: RoomDto[];

  @ApiProperty({
    type: [CourseSummaryDto],
    description: 'The next courses held here, soonest first.',
  })
  upcomingCourses: CourseSummaryDto[];
}
