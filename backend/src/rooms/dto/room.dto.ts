import { ApiProperty } from '@nestjs/swagger';
import { ROOM_EQUIPMENT, type RoomEquipment } from '../../reference/reference-data';
import type { Room } from '../room.entity';

export class RoomDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  nameJa: string;

  @ApiProperty()
  nameEn: string;

  @ApiProperty({ type: 'integer' })
  capacity: number;

  @ApiProperty({ type: 'integer', description: 'Ordinary room hire per 30 minutes, in yen.' })
  feePer30MinYen: number;

  @ApiProperty({ enum: ROOM_EQUIPMENT, enumName: 'RoomEquipment', isArray: true })
  equipment: RoomEquipment[];

  @ApiProperty()
  wheelchairAccessible: boolean;

  @ApiProperty()
  hearingLoop: boolean;

  @ApiProperty({ type: 'integer' })
  floor: number;
}

/** A room as the API shows it. */
export function roomDto(room: Room): RoomDto {
  return {
    id: room.id,
    nameJa: room.nameJa,
    nameEn: room.nameEn,
    capacity: room.capacity,
    feePer30MinYen: room.feePer30MinYen,
    equipment: room.equipment,
    wheelchairAccessible: room.wheelchairAccessible,
    hearingLoop: room.hearingLoop,
    floor: room.floor,
  };
}
