import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { ProfileContentDto } from './dto/profile-content.dto';
import type { RequestContactDto, RequestMessageDto, RequestOptionDto } from './dto/request.dto';
import {
  InstructorRequest,
  InstructorRequestMessage,
  InstructorRequestOption,
} from './instructor-request.entity';

/** A request with what both parties' pages need about the instructor and the requester. */
export interface RequestRow {
  request: InstructorRequest;
  instructorUserId: string;
  instructorContent: ProfileContentDto;
  photoSha256: string | null;
  requesterName: string;
  facilityName: string | null;
  options: RequestOptionDto[];
}

/** The requests' SQL: each read joins the instructor's approved profile and the options. */
@Injectable()
export class InstructorRequestsRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  lock(manager: EntityManager, id: string) {
    return manager
      .getRepository(InstructorRequest)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async insert(
    manager: EntityManager,
    request: Omit<
      InstructorRequest,
      | 'id'
      | 'status'
      | 'acceptedOption'
      | 'declineReason'
      | 'cancelledBy'
      | 'reportAttendees'
      | 'reportRating'
      | 'reportComment'
      | 'reportedAt'
    >,
    options: { startsAt: Date; endsAt: Date }[],
  ): Promise<string> {
    const saved = await manager.getRepository(InstructorRequest).save(request);
    await manager
      .getRepository(InstructorRequestOption)
      .insert(
        options.map((option, optionIndex) => ({ requestId: saved.id, optionIndex, ...option })),
      );
    return saved.id;
  }

  async update(manager: EntityManager, id: string, changes: Partial<InstructorRequest>) {
    await manager.getRepository(InstructorRequest).update(id, changes);
  }

  async addMessage(
    manager: EntityManager,
    requestId: string,
    authorUserId: string,
    body: string,
    at: Date,
  ) {
    await manager
      .getRepository(InstructorRequestMessage)
      .insert({ requestId, authorUserId, body, createdAt: at });
  }

  /** The requests the person sent or received (as the instructor), newest first. */
  async idsOf(userId: string, role: 'sent' | 'received' | undefined): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT r.id FROM instructor_requests r
         JOIN instructor_profiles p ON p.id = r.profile_id
        WHERE ($2::text IS DISTINCT FROM 'received' AND r.requester_user_id = $1)
           OR ($2::text IS DISTINCT FROM 'sent' AND p.user_id = $1)
        ORDER BY r.updated_at DESC, r.id
        LIMIT 200`,
      [userId, role ?? null],
    );
    return rows.map((row) => row.id);
  }

  async rows(ids: string[]): Promise<RequestRow[]> {
    if (ids.length === 0) return [];
    const requests = await this.dataSource
      .getRepository(InstructorRequest)
      .createQueryBuilder('r')
      .where('r.id IN (:...ids)', { ids })
      .getMany();
    const extras: {
      id: string;
      instructorUserId: string;
      content: ProfileContentDto;
      photoSha256: string | null;
      requesterName: string;
      facilityName: string | null;
      options: RequestOptionDto[];
    }[] = await this.dataSource.query(
      `SELECT r.id, p.user_id AS "instructorUserId",
              coalesce(p.approved_content, p.content) AS content, ph.sha256 AS "photoSha256",
              CASE WHEN r.requester_kind = 'organiser' THEN o.name_ja ELSE r.group_name END AS "requesterName",
              f.name_ja AS "facilityName",
              (SELECT json_agg(json_build_object('index', ro.option_index,
                        'startsAt', to_json(ro.starts_at) #>> '{}', 'endsAt', to_json(ro.ends_at) #>> '{}')
                        ORDER BY ro.option_index)
                 FROM instructor_request_options ro WHERE ro.request_id = r.id) AS options
         FROM instructor_requests r
         JOIN instructor_profiles p ON p.id = r.profile_id
         LEFT JOIN instructor_profile_photos ph ON ph.profile_id = p.id
         LEFT JOIN organisations o ON o.id = r.organisation_id
         LEFT JOIN facilities f ON f.id = r.facility_id
        WHERE r.id = ANY($1::uuid[])`,
      [ids],
    );
    const byId = new Map(extras.map((extra) => [extra.id, extra]));
    const requestById = new Map(requests.map((request) => [request.id, request]));
    return ids.flatMap((id) => {
      const request = requestById.get(id);
      const extra = byId.get(id);
      if (!request || !extra) return [];
      return [
        {
          request,
          instructorUserId: extra.instructorUserId,
          instructorContent: extra.content,
          photoSha256: extra.photoSha256,
          requesterName: extra.requesterName ?? '',
          facilityName: extra.facilityName,
          options: extra.options ?? [],
        },
      ];
    });
  }

  async messages(
    requestId: string,
  ): Promise<(Omit<RequestMessageDto, 'from' | 'mine'> & { authorUserId: string | null })[]> {
    return this.dataSource.query(
      `SELECT id, author_user_id AS "authorUserId", body, to_json(created_at) #>> '{}' AS at
         FROM instructor_request_messages WHERE request_id = $1 ORDER BY created_at, id`,
      [requestId],
    );
  }

  /** A party's contact details (for the other party of an accepted request only). */
  async contact(userId: string): Promise<RequestContactDto | null> {
    const [row] = await this.dataSource.query(
      `SELECT btrim(family_name || ' ' || given_name) AS name, coalesce(email, '') AS email, phone
         FROM users WHERE id = $1 AND deleted_at IS NULL`,
      [userId],
    );
    return row ?? null;
  }

  async facilityExists(id: string): Promise<boolean> {
    const rows = await this.dataSource.query(`SELECT 1 FROM facilities WHERE id = $1`, [id]);
    return rows.length > 0;
  }

  async organisationName(id: string): Promise<string> {
    const [row] = await this.dataSource.query(`SELECT name_ja FROM organisations WHERE id = $1`, [
      id,
    ]);
    return row?.name_ja ?? '';
  }
}
