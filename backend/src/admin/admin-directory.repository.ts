import { Injectable } from '@nestjs/common';
import {
  DataSource,
  type EntityManager,
  type EntityTarget,
  type FindOptionsWhere,
  type QueryDeepPartialEntity,
} from 'typeorm';
import { Facility } from '../facilities/facility.entity';
import { Organisation } from '../organisations/organisation.entity';
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

/** The fields an administrator may set, whitelisted from the DTO (nothing else reaches a row). */
const ORGANISATION_FIELDS = [
  'kind',
  'nameJa',
  'nameEn',
  'websiteUrl',
  'phone',
] as const satisfies readonly (keyof CreateOrganisationDto & keyof Organisation)[];

const FACILITY_FIELDS = [
  'kind',
  'nameJa',
  'nameEn',
  'postalCode',
  'addressJa',
  'addressEn',
  'phone',
  'latitude',
  'longitude',
  'opensAt',
  'closesAt',
  'accessJa',
  'accessEn',
  'parkingJa',
  'parkingEn',
  'closedNoteJa',
  'closedNoteEn',
] as const satisfies readonly (keyof CreateFacilityDto & keyof Facility)[];

/** The given fields of an organisation's input, as the entity holds them. */
function organisationValues(values: UpdateOrganisationDto): Partial<Organisation> {
  return given(ORGANISATION_FIELDS, values) as Partial<Organisation>;
}

/** The given fields of a facility's input; coordinates are numeric, kept as text by pg. */
function facilityValues(values: UpdateFacilityDto): Partial<Facility> {
  const { latitude, longitude, ...rest } = given(FACILITY_FIELDS, values);
  return {
    ...(rest as Partial<Facility>),
    ...(latitude === undefined ? {} : { latitude: String(latitude) }),
    ...(longitude === undefined ? {} : { longitude: String(longitude) }),
  };
}

function given<T extends object>(fields: readonly string[], values: T): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(values).filter(
      ([field, value]) => fields.includes(field) && value !== undefined,
    ),
  );
}

// Reads are SQL: each row counts across other tables (members, courses, rooms, staff).
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
    const [row]: AdminOrganisationDto[] = await this.dataSource.query(
      `${ORGANISATION_SELECT} WHERE o.id = $1`,
      [id],
    );
    return row ?? null;
  }

  async insertOrganisation(manager: EntityManager, values: CreateOrganisationDto): Promise<string> {
    const { identifiers } = await manager.insert(Organisation, organisationValues(values));
    return identifiers[0].id as string;
  }

  /** False when there is no such organisation. */
  updateOrganisation(
    manager: EntityManager,
    id: string,
    values: UpdateOrganisationDto,
  ): Promise<boolean> {
    return updated(manager, Organisation, id, organisationValues(values));
  }

  facilities(): Promise<AdminFacilityDto[]> {
    return this.dataSource.query(`${FACILITY_SELECT} ORDER BY f.display_order, f.name_ja`);
  }

  async facility(id: string): Promise<AdminFacilityDto | null> {
    const [row]: AdminFacilityDto[] = await this.dataSource.query(
      `${FACILITY_SELECT} WHERE f.id = $1`,
      [id],
    );
    return row ?? null;
  }

  async insertFacility(manager: EntityManager, values: CreateFacilityDto): Promise<string> {
    const { identifiers } = await manager.insert(Facility, facilityValues(values));
    return identifiers[0].id as string;
  }

  /** False when there is no such facility. */
  updateFacility(manager: EntityManager, id: string, values: UpdateFacilityDto): Promise<boolean> {
    return updated(manager, Facility, id, facilityValues(values));
  }
}

/** Changes the given fields (updated_at follows); false when there is no row with that id. */
async function updated<T extends Organisation | Facility>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  id: string,
  values: Partial<T>,
): Promise<boolean> {
  // Nothing to change still answers whether the row is there.
  if (Object.keys(values).length === 0)
    return manager.existsBy(entity, { id } as FindOptionsWhere<T>);
  const { affected } = await manager.update(
    entity,
    { id } as FindOptionsWhere<T>,
    values as QueryDeepPartialEntity<T>,
  );
  return (affected ?? 0) > 0;
}
