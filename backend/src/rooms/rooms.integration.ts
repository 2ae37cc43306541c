import { DomainError } from '../common/errors/domain-error';
import { ErrorCode } from '../common/errors/error-registry';
import { Facility } from '../facilities/facility.entity';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { createTestPerson } from '../testing/test-people';
import { ClosuresRepository } from './closures.repository';
import { ReservationConflictError, ReservationsInTheWayError } from './reservation-errors';
import { ReservationsRepository } from './reservations.repository';
import { RoomsRepository } from './rooms.repository';

/**
 * The rooms feature's repositories against a migrated database: what the room repository reads
 * back, and the database refusing what must never happen — two reservations of one room at
 * once, a reservation on a closed day or outside the opening hours, a closure over a reserved
 * day — each turned into the 409 that names what is in the way.
 */
describe('rooms against the database: rooms, reservations and closures', () => {
  let database: TestDatabase;
  let rooms: RoomsRepository;
  let reservations: ReservationsRepository;
  let closures: ClosuresRepository;
  let facilityId: string;
  let otherFacilityId: string;
  let staffId: string;
  // A Tuesday and a Wednesday in June, when Japan has no public holiday; far from today.
  const at = (time: string, date = '2031-06-17') => new Date(`${date}T${time}:00+09:00`);

  const facility = async (nameJa: string): Promise<string> => {
    const { identifiers } = await database.dataSource.getRepository(Facility).insert({
      kind: 'community_centre',
      nameJa,
      nameEn: `${nameJa} (en)`,
      postalCode: '305-0031',
      addressJa: 'つくば市吾妻1-10-1',
      addressEn: '1-10-1 Azuma, Tsukuba',
      phone: '029-000-0000',
      latitude: '36.083',
      longitude: '140.112',
      opensAt: '09:00',
      closesAt: '21:30',
    });
    return identifiers[0].id as string;
  };
  const room = (nameJa: string, floor: number, equipment: string[] = []) =>
    rooms.create(facilityId, {
      nameJa,
      nameEn: `Room ${nameJa}`,
      capacity: 20,
      feePer30MinYen: 300,
      equipment: equipment as never,
      wheelchairAccessible: true,
      hearingLoop: false,
      floor,
    });
  const hire = (roomId: string, startsAt: Date, endsAt: Date, groupName = '吾妻コーラスの会') =>
    reservations.createHire({
      roomId,
      groupName,
      purpose: '定例練習',
      startsAt,
      endsAt,
      createdBy: staffId,
    });
  const refusal = (promise: Promise<unknown>) =>
    promise.then(
      () => {
        throw new Error('expected a refusal');
      },
      (error: unknown) => error,
    );

  beforeAll(async () => {
    database = await createTestDatabase();
    rooms = new RoomsRepository(database.dataSource);
    reservations = new ReservationsRepository(database.dataSource);
    closures = new ClosuresRepository(database.dataSource);
    facilityId = await facility('テスト交流センター');
    otherFacilityId = await facility('となりの交流センター');
    staffId = (await createTestPerson(database.dataSource)).userId;
  });
  afterAll(() => database.drop());

  describe('the room repository', () => {
    it('reads back what it writes: names trimmed, equipment once, floor then name order', async () => {
      const upstairs = await room('  和室  ', 2, ['projector', 'screen', 'projector']);
      const downstairs = await room('会議室', 1);
      expect(upstairs).toEqual({
        id: expect.any(String),
        nameJa: '和室',
        nameEn: 'Room   和室',
        capacity: 20,
        feePer30MinYen: 300,
        equipment: ['projector', 'screen'],
        wheelchairAccessible: true,
        hearingLoop: false,
        floor: 2,
      });
      expect(await rooms.rooms(facilityId)).toEqual([downstairs, upstairs]);
      expect(await rooms.rooms(otherFacilityId)).toEqual([]);
    });

    it('refuses a second room of the same name at one facility (the unique constraint)', async () => {
      const error = await refusal(room('会議室', 3));
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe(ErrorCode.NameAlreadyInUse);
    });

    it('changes only the fields given, and finds no room of another facility', async () => {
      const [meeting] = await rooms.rooms(facilityId);
      const changed = await rooms.update(
        facilityId,
        meeting.id,
        { nameEn: ' Meeting room ', equipment: ['microphone', 'microphone'] },
        at('09:00'),
      );
      expect(changed).toEqual({ ...meeting, nameEn: 'Meeting room', equipment: ['microphone'] });
      expect((await rooms.rooms(facilityId))[0]).toEqual(changed);
      expect(await rooms.update(otherFacilityId, meeting.id, { floor: 5 }, at('09:00'))).toBeNull();
    });

    it('reads the opening hours as HH:MM, and none for an unknown facility', async () => {
      expect(await rooms.hours(facilityId)).toEqual({
        id: facilityId,
        opensAt: '09:00',
        closesAt: '21:30',
        closedOnPublicHolidays: false,
      });
      expect(await rooms.hours('00000000-0000-4000-8000-000000000000')).toBeNull();
    });
  });

  describe('reservations', () => {
    let roomId: string;
    let otherRoomId: string;

    beforeAll(async () => {
      roomId = (await room('音楽室', 1)).id;
      otherRoomId = (await room('工作室', 1)).id;
    });

    it('the database refuses a second reservation overlapping another in the same room', async () => {
      await hire(roomId, at('10:00'), at('12:00'), '先約の会');
      // Straight into the table, past the repository: the exclusion constraint itself refuses.
      const direct = await refusal(
        database.dataSource.query(
          `INSERT INTO room_reservations (room_id, during, kind, group_name)
           VALUES ($1, tstzrange($2, $3), 'hire', 'すきまの会')`,
          [roomId, at('11:59'), at('12:30')],
        ),
      );
      expect(direct).toMatchObject({
        driverError: { code: '23P01', constraint: 'room_reservations_no_overlap' },
      });
      // Through the repository: a 409 naming the reservation in the way.
      const error = await refusal(hire(roomId, at('11:00'), at('13:00')));
      expect(error).toBeInstanceOf(ReservationConflictError);
      const conflict = error as ReservationConflictError;
      expect(conflict.code).toBe(ErrorCode.RoomAlreadyReserved);
      expect(conflict.conflict).toEqual({
        kind: 'hire',
        nameJa: '先約の会',
        nameEn: '先約の会',
        startsAt: at('10:00').toISOString(),
        endsAt: at('12:00').toISOString(),
      });
      expect(conflict.messages.ja).toContain('先約の会');
    });

    it('allows reservations that only touch, and the same time in another room', async () => {
      await expect(hire(roomId, at('12:00'), at('13:00'))).resolves.toEqual(expect.any(String));
      await expect(hire(otherRoomId, at('10:00'), at('12:00'))).resolves.toEqual(
        expect.any(String),
      );
      const day = await reservations.inRange(facilityId, at('00:00'), at('23:59'));
      // Time, then floor, then room name (工作室 before 音楽室).
      expect(day.map((r) => [r.roomId, r.groupName, r.startsAt])).toEqual([
        [otherRoomId, '吾妻コーラスの会', at('10:00').toISOString()],
        [roomId, '先約の会', at('10:00').toISOString()],
        [roomId, '吾妻コーラスの会', at('12:00').toISOString()],
      ]);
      expect(day[0]).not.toHaveProperty('course');
    });

    it('refuses a reservation outside the opening hours (Japan time)', async () => {
      const error = await refusal(hire(roomId, at('21:00'), at('22:00')));
      expect((error as DomainError).code).toBe(ErrorCode.OutsideOpeningHours);
      const early = await refusal(hire(roomId, at('08:30'), at('09:30')));
      expect((early as DomainError).code).toBe(ErrorCode.OutsideOpeningHours);
    });

    it('a closure blocks reservations on its days, naming its reason', async () => {
      const closure = await closures.create({
        facilityId,
        from: '2031-06-18',
        to: '2031-06-18',
        kind: 'maintenance',
        reasonJa: '空調設備点検',
        reasonEn: 'Air-conditioning inspection',
        createdBy: staffId,
      });
      expect(closure).toEqual({
        id: expect.any(String),
        from: '2031-06-18',
        to: '2031-06-18',
        kind: 'maintenance',
        reasonJa: '空調設備点検',
        reasonEn: 'Air-conditioning inspection',
      });
      const error = await refusal(
        hire(roomId, at('10:00', '2031-06-18'), at('11:00', '2031-06-18')),
      );
      expect(error).toBeInstanceOf(ReservationConflictError);
      expect((error as ReservationConflictError).code).toBe(ErrorCode.FacilityClosed);
      expect((error as ReservationConflictError).conflict).toMatchObject({
        kind: 'closure',
        nameJa: '空調設備点検',
        nameEn: 'Air-conditioning inspection',
      });
      // The other facility is open that day.
      expect(await closures.list(otherFacilityId, '2031-06-18', '2031-06-18')).toEqual([]);
      // Removed, the day is open again.
      expect(await closures.delete(otherFacilityId, closure.id)).toBe(false);
      expect(await closures.delete(facilityId, closure.id)).toBe(true);
      await expect(
        hire(roomId, at('10:00', '2031-06-18'), at('11:00', '2031-06-18')),
      ).resolves.toEqual(expect.any(String));
    });

    it('refuses a closure over reserved days, listing what is in the way in time order', async () => {
      const error = await refusal(
        closures.create({
          facilityId,
          from: '2031-06-17',
          to: '2031-06-18',
          kind: 'maintenance',
          reasonJa: '床の張り替え',
          reasonEn: 'New floors',
          createdBy: staffId,
        }),
      );
      expect(error).toBeInstanceOf(ReservationsInTheWayError);
      const inTheWay = error as ReservationsInTheWayError;
      expect(inTheWay.code).toBe(ErrorCode.ClosureHasReservations);
      expect(inTheWay.conflictCount).toBe(4);
      expect(inTheWay.conflicts.map((c) => [c.nameJa, c.roomNameJa, c.startsAt])).toEqual([
        ['吾妻コーラスの会', '工作室', at('10:00').toISOString()],
        ['先約の会', '音楽室', at('10:00').toISOString()],
        ['吾妻コーラスの会', '音楽室', at('12:00').toISOString()],
        ['吾妻コーラスの会', '音楽室', at('10:00', '2031-06-18').toISOString()],
      ]);
      expect(await closures.list(facilityId, '2031-06-17', '2031-06-18')).toEqual([]);
    });

    it('cancels a hire only at its own facility', async () => {
      const id = await hire(otherRoomId, at('15:00'), at('16:00'));
      expect(await reservations.deleteHire(otherFacilityId, id)).toBe(false);
      expect(await reservations.find(facilityId, id)).toMatchObject({ id, roomNameJa: '工作室' });
      expect(await reservations.deleteHire(facilityId, id)).toBe(true);
      expect(await reservations.find(facilityId, id)).toBeNull();
      expect(await reservations.deleteHire(facilityId, id)).toBe(false);
    });
  });
});
