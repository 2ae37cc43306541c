import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { BookingLedger, createBookingLedger } from './booking-ledger';

/** The booking ledger, for every feature that changes bookings (see booking-ledger.ts). */
@Module({
  providers: [{ provide: BookingLedger, inject: [DataSource], useFactory: createBookingLedger }],
  exports: [BookingLedger],
})
export class BookingLedgerModule {}
