import { ApiProperty } from '@nestjs/swagger';

export class HealthDto {
  @ApiProperty({ enum: ['ok', 'unavailable'] })
  status: 'ok' | 'unavailable';

  @ApiProperty({ enum: ['up', 'down'] })
  database: 'up' | 'down';

  @ApiProperty({ example: '0.1.0' })
  version: string;
}

export class LivenessDto {
  @ApiProperty({ enum: ['ok'] })
  status: 'ok';

  @ApiProperty({ example: '0.1.0' })
  version: string;
}

export class ReadinessDto {
  @ApiProperty({ enum: ['ready', 'not-ready'] })
  status: 'ready' | 'not-ready';

  @ApiProperty({ enum: ['up', 'down'], description: 'Not asked once shutting down.' })
  database: 'up' | 'down';

  @ApiProperty({ description: 'A shutdown signal arrived: in-flight requests are finishing.' })
  shuttingDown: boolean;

  @ApiProperty({ example: '0.1.0' })
  version: string;
}
