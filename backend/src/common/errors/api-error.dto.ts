import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ErrorCode } from './error-code';

export class LocalizedMessagesDto {
  @ApiProperty({ example: '講座が見つかりません。' })
  ja: string;

  @ApiProperty({ example: 'Course not found.' })
  en: string;
}

export class FieldErrorDto {
  @ApiProperty({ example: 'pillar' })
  field: string;

  @ApiProperty({ example: '柱は1〜5の整数で指定してください。' })
  ja: string;

  @ApiProperty({ example: 'pillar must be a whole number from 1 to 5.' })
  en: string;
}

/** The body of every error response. */
export class ApiErrorDto {
  @ApiProperty({ example: 400 })
  statusCode: number;

  @ApiProperty({ enum: ErrorCode, enumName: 'ErrorCode' })
  code: ErrorCode;

  @ApiProperty({
    description: 'In the language asked for by Accept-Language (Japanese by default).',
  })
  message: string;

  @ApiProperty({ type: LocalizedMessagesDto })
  messages: LocalizedMessagesDto;

  @ApiPropertyOptional({ type: [FieldErrorDto] })
  fields?: FieldErrorDto[];
}
