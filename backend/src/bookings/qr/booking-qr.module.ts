import { Module } from '@nestjs/common';
import { BookingQrController } from './booking-qr.controller';
import { BookingQrRepository } from './booking-qr.repository';

/** The booking code as a QR image for the citizen's phone or printout. */
@Module({
  controllers: [BookingQrController],
  providers: [BookingQrRepository],
})
export class BookingQrModule {}
