import { ApiProperty } from '@nestjs/swagger';

/** How the notification outbox is doing: for the city administrators' console. */
export class NotificationSummaryDto {
  @ApiProperty({ description: 'Not yet sent (due now or waiting for a retry).' })
  pending!: number;

  @ApiProperty({
    description: 'Pending and due now: more than a handful means the drain is behind.',
  })
  due!: number;

  @ApiProperty()
  sent!: number;

  @ApiProperty({ description: 'Given up after about a day of failed attempts.' })
  failed!: number;

  @ApiProperty({ description: 'Not sent on purpose (account deleted, nothing left to tell).' })
  skipped!: number;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Age in seconds of the oldest pending notification; null when none is pending.',
  })
  oldestPendingAgeSeconds!: number | null;
}
