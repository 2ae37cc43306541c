import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { FieldHint } from '../../common/errors/validation';

export const MESSAGE_SUBJECT_MAX = 100;
export const MESSAGE_BODY_MAX = 2000;

/** A message to everyone with a confirmed booking of a course (or of one of its sessions). */
export class CourseMessageInputDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The session the message is about; omit for the whole course.',
  })
  @IsOptional()
  @IsUUID()
  @FieldHint('回を選び直してください。', 'Choose the session again.')
  sessionId?: string;

  @ApiProperty({ example: '持ち物のお知らせ', maxLength: MESSAGE_SUBJECT_MAX })
  @IsString()
  @Matches(/\S/)
  @MaxLength(MESSAGE_SUBJECT_MAX)
  @FieldHint(
    `件名を${MESSAGE_SUBJECT_MAX}文字以内で入力してください。`,
    `Enter a subject (up to ${MESSAGE_SUBJECT_MAX} characters).`,
  )
  subject: string;

  @ApiProperty({
    example: '当日は充電したスマートフォンをお持ちください。',
    maxLength: MESSAGE_BODY_MAX,
  })
  @IsString()
  @Matches(/\S/)
  @MaxLength(MESSAGE_BODY_MAX)
  @FieldHint(
    `本文を${MESSAGE_BODY_MAX}文字以内で入力してください。`,
    `Enter the message (up to ${MESSAGE_BODY_MAX} characters).`,
  )
  body: string;
}

export class CourseMessageResultDto {
  @ApiProperty({ description: 'People the message was queued for (one notification each).' })
  recipients: number;
}
