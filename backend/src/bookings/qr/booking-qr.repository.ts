import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

@Injectable()
export class BookingQrRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The code of one of the person's confirmed bookings; null for anyone else's, none, or one
   * without a seat (a lottery application or a waiting place is not shown at the door).
   */
  async ownCode(bookingId: string, userId: string): Promise<string | null> {
    const [row] = await this.dataSource.query(
      `SELECT code FROM bookings WHERE id = $1 AND user_id = $2 AND status = 'confirmed'`,
      [bookingId, userId],
    );
    return row?.code ?? null;
  }
}
