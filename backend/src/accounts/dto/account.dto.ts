import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import { FieldHint } from '../../common/errors/validation';
import { PASSWORD_MAX_LENGTH } from '../security/passwords';
import { normaliseEmail } from './auth.dto';

const CURRENT_PASSWORD_HINT = [
  '現在のパスワードを入力してください。',
  'Enter your current password.',
] as const;

export class CurrentPasswordDto {
  @ApiProperty({ maxLength: PASSWORD_MAX_LENGTH })
  @IsString()
  @MinLength(1)
  @MaxLength(PASSWORD_MAX_LENGTH)
  @FieldHint(...CURRENT_PASSWORD_HINT)
  currentPassword: string;
}

export class ChangePasswordDto extends CurrentPasswordDto {
  @ApiProperty({ minLength: 10, maxLength: PASSWORD_MAX_LENGTH })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  @FieldHint(
    `新しいパスワードを${PASSWORD_MAX_LENGTH}文字以内で入力してください。`,
    `Enter a new password of up to ${PASSWORD_MAX_LENGTH} characters.`,
  )
  newPassword: string;
}

export class ChangeEmailDto extends CurrentPasswordDto {
  @ApiProperty({ example: 'hanako.new@example.jp', maxLength: 254 })
  @Transform(normaliseEmail)
  @IsString()
  @MaxLength(254)
  @IsEmail()
  @FieldHint(
    '新しいメールアドレスを正しい形式で入力してください。',
    'Enter the new email address in a valid form.',
  )
  newEmail: string;
}

export class SessionDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ description: 'The browser that signed in, as it described itself.' })
  userAgent: string;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  lastSeenAt: string;

  @ApiProperty({ description: 'The session making this request.' })
  current: boolean;
}
