import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { SqlParameters } from '../database/sql/sql-parameters';
import type {
  AdminFacilityDto,
  CreateFacilityDto,
  UpdateFacilityDto,
} from './dto/admin-facility.dto';
import type {
  AdminOrganisationDto,
  CreateOrganisationDto,
  UpdateOrganisationDto,
} from './dto/admin-organisation.dto';

/** API field → column, for the fields an administrator may set. */
const ORGANISATION_COLUMNS: Record<keyof CreateOrganisationDto, string> = {
  kind: 'kind',
  nameJa: 'name_ja',
  nameEn: 'name_en',
  websiteUrl: 'website_url',
  phone: 'phone',
};

const FACILITY_COLUMNS: Record<keyof CreateFacilityDto, string> = {
  kind: 'kind',
  nameJa: 'name_ja',
  nameEn: 'name_en',
  postalCode: 'postal_code',
  addressJa: 'address_ja',
  addressEn: 'address_en',
  phone: 'phone',
  latitude: 'latitude',
  longitude: 'longitude',
  opensAt: 'opens_at',
  closesAt: 'closes_at',
  accessJa: 'access_ja',
  accessEn: 'access_en',
  parkingJa: 'parking_ja',
  parkingEn: 'parking_en',
  closedNoteJa: 'closed_note_ja',
  closedNoteEn: 'closed_note_en',
};

const ORGANISATION_SELECT = `
  SELECT o.id, o.kind, o.name_ja AS "nameJa", o.name_en AS "nameEn",
         o.website_url AS "websiteUrl", o.phone,
         (SELECT count(DISTINCT ra.user_id)::int FROM role_assignments ra
           WHERE ra.organisation_id = o.id AND ra.role = 'organiser') AS "memberCount",
         (SELECT count(*)::int FROM courses c WHERE c.organisation_id = o.id) AS "courseCount"
    FROM organisations o`;

const FACILITY_SELECT = `
  SELECT f.id, f.kind, f.name_ja AS "nameJa", f.name_en AS "nameEn",
         f.postal_code AS "postalCode", f.address_ja AS "addressJa", f.address_en AS "addressEn",
         f.phone, f.latitude::float8 AS latitude, f.longitude::float8 AS longitude,
         to_char(f.opens_at, 'HH24:MI') AS "opensAt", to_char(f.closes_at, 'HH24:MI') AS "closesAt",
         f.access_ja AS "accessJa", f.access_en AS "accessEn",
         f.parking_ja AS "parkingJa", f.parking_en AS "parkingEn",
         f.closed_note_ja AS "closedNoteJa", f.closed_note_en AS "closedNoteEn",
         (SELECT count(*)::int FROM rooms r WHERE r.facility_id = f.id) AS "roomCount",
         (SELECT count(DISTINCT ra.user_id)::int FROM role_assignments ra
           WHERE ra.facility_id = f.id) AS "staffCount"
    FROM facilities f`;

/** Organisations and facilities as the city administrators manage them. */
@Injectable()
export class AdminDirectoryRepository {
  constructor(private readonly dataSource: DataSource) {}

  organisations(): Promise<AdminOrganisationDto[]> {
    return this.dataSource.query(`${ORGANISATION_SELECT} ORDER BY o.kind, o.name_ja`);
  }

  async organisation(id: string): Promise<AdminOrganisationDto | null> {
    const [row] = await this.dataSource.query(`${ORGANISATION_SELECT} WHERE o.id = $1`, [id]);
    return row ?? null;
  }

  insertOrganisation(manager: EntityManager, values: CreateOrganisationDto): Promise<string> {
    return insert(manager, 'organisations', ORGANISATION_COLUMNS, values);
  }

  /** False when there is no such organisation. */
  updateOrganisation(manager: EntityManager, id: string, values: UpdateOrganisationDto) {
    return update(manager, 'organisations', ORGANISATION_COLUMNS, id, values);
  }

  facilities(): Promise<AdminFacilityDto[]> {
    return this.dataSource.query(`${FACILITY_SELECT} ORDER BY f.display_order, f.name_ja`);
  }

  async facility(id: string): Promise<AdminFacilityDto | null> {
    const [row] = await this.dataSource.query(`${FACILITY_SELECT} WHERE f.id = $1`, [id]);
    return row ?? null;
  }

  insertFacility(manager: EntityManager, values: CreateFacilityDto): Promise<string> {
    return insert(manager, 'facilities', FACILITY_COLUMNS, values);
  }

  updateFacility(manager: EntityManager, id: string, values: UpdateFacilityDto) {
    return update(manager, 'facilities', FACILITY_COLUMNS, id, values);
  }
}

function given<T extends object>(columns: Record<string, string>, values: T) {
  return Object.entries(values).filter(([field, value]) => field in columns && value !== undefined);
}

async function insert<T extends object>(
  manager: EntityManager,
  table: string,
  columns: Record<string, string>,
  values: T,
): Promise<string> {
  const params = new SqlParameters();
  const fields = given(columns, values);
  const [row] = await manager.query(
    `INSERT INTO ${table} (${fields.map(([field]) => columns[field]).join(', ')})
     VALUES (${fields.map(([, value]) => params.add(value)).join(', ')}) RETURNING id`,
    params.values,
  );
  return row.id;
}

async function update<T extends object>(
  manager: EntityManager,
  table: string,
  columns: Record<string, string>,
  id: string,
  values: T,
): Promise<boolean> {
  const params = new SqlParameters();
  const assignments = given(columns, values).map(
    ([field, value]) => `${columns[field]} = ${params.add(value)}`,
  );
  const [, affected] = await manager.query(
    `UPDATE ${table} SET ${[...assignments, 'updated_at = now()'].join(', ')}
      WHERE id = ${params.add(id)}`,
    params.values,
  );
  return affected > 0;
}
