import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { FieldHint } from '../../../common/errors/validation';

/** Whether the person has a private calendar feed (its URL is shown only when created). */
export class CalendarFeedStateDto {
  @ApiProperty()
  exists: boolean;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  createdAt: string | null;

  @ApiProperty({
    format: 'date-time',
    nullable: true,
    type: String,
    description: 'When a calendar app last fetched the feed.',
  })
  lastUsedAt: string | null;
}

/** A new feed: the URL holds the secret token and is shown this once. */
export class CalendarFeedCreatedDto {
  @ApiProperty({ example: 'https://tsumugu.example.jp/api/calendar-feeds/Zq3…' })
  url: string;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

export class CalendarLanguageQueryDto {
  @ApiPropertyOptional({
    enum: ['ja', 'en'],
    description: "Language of the entries; the person's own by default.",
  })
  @IsOptional()
  @IsIn(['ja', 'en'])
  @FieldHint('言語は ja か en で指定してください。', 'lang is ja or en.')
  lang?: 'ja' | 'en';
}
