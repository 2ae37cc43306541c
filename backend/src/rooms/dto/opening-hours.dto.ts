import { ApiProperty } from '@nestjs/swagger';

export class OpeningHoursDto {
  @ApiProperty({ example: '09:00' })
  opensAt: string;

  @ApiProperty({ example: '22:00' })
  closesAt: string;

  @ApiProperty()
  closedOnPublicHolidays: boolean;
}
