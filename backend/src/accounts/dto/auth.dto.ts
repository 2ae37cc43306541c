import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { FieldHint } from '../../common/errors/validation';
import { PASSWORD_MAX_LENGTH } from '../security/passwords';
import { MeDto } from './me.dto';
import { KANA_PATTERN, LANGUAGES, TSUKUBA_RELATIONS, type TsukubaRelation } from './me.dto';

/** Emails are compared in lower case, as the database stores them. */
export const normaliseEmail = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

const EMAIL_HINT = [
  'メールアドレスを正しい形式で入力してください（例: hanako@example.jp）。',
  'Enter a valid email address (for example hanako@example.jp).',
] as const;
const PASSWORD_HINT = [
  `パスワードを${PASSWORD_MAX_LENGTH}文字以内で入力してください。`,
  `Enter a password of up to ${PASSWORD_MAX_LENGTH} characters.`,
] as const;

export class EmailDto {
  @ApiProperty({ example: 'hanako@example.jp', maxLength: 254 })
  @Transform(normaliseEmail)
  @IsString()
  @MaxLength(254)
  @IsEmail()
  @FieldHint(...EMAIL_HINT)
  email: string;
}

export class LogInDto extends EmailDto {
  @ApiProperty({ maxLength: PASSWORD_MAX_LENGTH })
  @IsString()
  @MinLength(1)
  @MaxLength(PASSWORD_MAX_LENGTH)
  @FieldHint(...PASSWORD_HINT)
  password: string;
}

export class SignUpDto extends LogInDto {
  @ApiProperty({ example: '佐藤', maxLength: 50 })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  @FieldHint('姓を50文字以内で入力してください。', 'Enter your family name (up to 50 characters).')
  familyName: string;

  @ApiProperty({ example: '花子', maxLength: 50 })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  @FieldHint('名を50文字以内で入力してください。', 'Enter your given name (up to 50 characters).')
  givenName: string;

  @ApiPropertyOptional({ example: 'サトウ', maxLength: 50 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(50)
  @Matches(KANA_PATTERN)
  @FieldHint(
    'セイ（フリガナ）はカタカナまたはひらがなで入力してください。',
    'Enter the reading of your family name in katakana or hiragana.',
  )
  familyNameKana?: string;

  @ApiPropertyOptional({ example: 'ハナコ', maxLength: 50 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(50)
  @Matches(KANA_PATTERN)
  @FieldHint(
    'メイ（フリガナ）はカタカナまたはひらがなで入力してください。',
    'Enter the reading of your given name in katakana or hiragana.',
  )
  givenNameKana?: string;

  @ApiProperty({ enum: LANGUAGES, enumName: 'PreferredLanguage' })
  @IsIn(LANGUAGES)
  @FieldHint('言語は ja か en を選んでください。', 'Choose ja or en as your language.')
  preferredLanguage: 'ja' | 'en';

  /** 在住・在勤・在学, kept with the account so it survives opening the link on another device. */
  @ApiPropertyOptional({ enum: TSUKUBA_RELATIONS, isArray: true, enumName: 'TsukubaRelation' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(3)
  @IsIn(TSUKUBA_RELATIONS, { each: true })
  @FieldHint(
    'つくば市との関わりは「在住」「在勤」「在学」から選んでください。',
    'Choose how you relate to Tsukuba: live, work or study.',
  )
  tsukubaRelations?: TsukubaRelation[];
}

export class TokenDto {
  @ApiProperty({ description: 'The token from the link in the mail.' })
  @IsString()
  @MinLength(20)
  @MaxLength(100)
  @FieldHint(
    'リンクが正しくありません。メールのリンクをもう一度開いてください。',
    'The link is not complete. Please open the link in the mail again.',
  )
  token: string;
}

export class PasswordResetConfirmDto extends TokenDto {
  @ApiProperty({ minLength: 10, maxLength: PASSWORD_MAX_LENGTH })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  @FieldHint(...PASSWORD_HINT)
  newPassword: string;
}

export class AcceptedDto {
  @ApiProperty({
    enum: ['verification_sent', 'mail_sent'],
    description: 'The same answer whether or not the address is registered.',
  })
  status: 'verification_sent' | 'mail_sent';
}

export class EmailChangedDto {
  @ApiProperty({ description: 'The address now used for signing in.' })
  email: string;
}

/** What opening a verification link did. */
export class EmailVerifiedDto {
  @ApiProperty({ description: 'The address that is now verified.' })
  verifiedEmail: string;

  @ApiProperty({
    enum: ['signed_in', 'kept_other_session'],
    enumName: 'VerificationSessionOutcome',
    description:
      'signed_in: the browser is now signed in to the verified account. kept_other_session: the ' +
      'browser was signed in to another account and stays so; the verified account can log in ' +
      'on its own.',
  })
  session: 'signed_in' | 'kept_other_session';

  @ApiProperty({ type: () => MeDto, description: 'Who this browser is signed in as now.' })
  user: MeDto;
}
