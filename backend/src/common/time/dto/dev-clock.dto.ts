import { ApiProperty } from '@nestjs/swagger';
import { IsISO8601, Matches } from 'class-validator';
import { FieldHint } from '../../errors/validation';

export class MoveClockDto {
  @ApiProperty({
    format: 'date-time',
    example: '2026-12-08T09:50:00+09:00',
    description: 'The instant the app takes as now from here on; time flows on from it.',
  })
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/)
  @FieldHint(
    '日時は 2026-12-08T09:50:00+09:00 の形式で入力してください。',
    'at must look like 2026-12-08T09:50:00+09:00.',
  )
  at: string;
}

export class DevClockDto {
  @ApiProperty({ format: 'date-time', description: 'What the app takes as now.' })
  now: string;

  @ApiProperty({ description: 'Whether the app is away from the real time.' })
  travelled: boolean;
}
