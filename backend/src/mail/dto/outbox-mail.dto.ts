import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { FieldHint } from '../../common/errors/validation';
import type { OutboxEntry } from '../mail-message';

export class DevOutboxQueryDto {
  @ApiPropertyOptional({ description: 'Only mails to this address.' })
  @IsOptional()
  @IsString()
  @MaxLength(254)
  @FieldHint('メールアドレスを指定してください。', 'Give an email address.')
  to?: string;
}

export class OutboxMailDto implements OutboxEntry {
  @ApiProperty()
  id: string;

  @ApiProperty()
  to: string;

  @ApiProperty()
  subject: string;

  @ApiProperty({ description: 'The plain-text part.' })
  text: string;

  @ApiProperty({ format: 'date-time' })
  sentAt: string;

  @ApiProperty({ type: [String], description: 'Every link in the text, in order.' })
  links: string[];
}
