import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CalendarFeed } from '../../bookings/calendar-export/calendar-feed.entity';
import { RoleAssignment } from '../../roles/role-assignment.entity';
import { UserSession } from '../authentication/user-session.entity';
import { EmailToken } from '../email-token.entity';
import { FamilyMember } from '../family/family-member.entity';
import { User } from '../user.entity';
import { InstructorProfile } from '../../instructors/instructor-profile.entity';
import { CourseCompletion } from '../../certificates/course-completion.entity';
import type {
  ExportedInstructorProfileDto,
  ExportedRoleDto,
  ExportedSessionDto,
} from './account-export.dto';

/**
 * The data of the APPI rights: reading all of a person's rows, and anonymising them. The
 * export's lists are SQL so that every timestamp in it is PostgreSQL's ISO form, alike.
 */
@Injectable()
export class AccountPrivacyRepository {
  constructor(private readonly dataSource: DataSource) {}

  async createdAt(userId: string): Promise<string> {
    const user = await this.dataSource
      .getRepository(User)
      .findOneOrFail({ select: { id: true, createdAt: true }, where: { id: userId } });
    return user.createdAt.toISOString();
  }

  roles(userId: string): Promise<ExportedRoleDto[]> {
    return this.dataSource.query(
      `SELECT r.role, o.name_ja AS "organisationNameJa", f.name_ja AS "facilityNameJa",
              r.is_organisation_admin AS "isOrganisationAdmin",
              to_json(r.created_at) #>> '{}' AS "grantedAt"
         FROM role_assignments r
         LEFT JOIN organisations o ON o.id = r.organisation_id
         LEFT JOIN facilities f ON f.id = r.facility_id
        WHERE r.user_id = $1 ORDER BY r.created_at`,
      [userId],
    );
  }

  async instructorProfile(userId: string): Promise<ExportedInstructorProfileDto | null> {
    const [row] = await this.dataSource.query(
      `SELECT p.status, p.registration_number AS "registrationNumber",
              to_char(p.valid_until, 'YYYY-MM-DD') AS "validUntil", p.content,
              p.approved_content AS "approvedContent",
              (SELECT count(*)::int FROM instructor_requests r WHERE r.profile_id = p.id) AS "requestsReceived"
         FROM instructor_profiles p WHERE p.user_id = $1`,
      [userId],
    );
    return row ?? null;
  }

  sessions(userId: string): Promise<ExportedSessionDto[]> {
    return this.dataSource.query(
      `SELECT user_agent AS "userAgent", to_json(created_at) #>> '{}' AS "createdAt",
              to_json(last_seen_at) #>> '{}' AS "lastSeenAt",
              to_json(revoked_at) #>> '{}' AS "revokedAt"
         FROM user_sessions WHERE user_id = $1 ORDER BY created_at`,
      [userId],
    );
  }

  /**
   * Anonymises the account in place. Kept, because the plan's statistics count them: the row
   * itself (so bookings and attendance still add up), birth year (age groups), the relation to
   * Tsukuba (residents vs. others) and the language. Cleared or deleted: everything that names
   * or reaches the person — email, password, names, phone, family members, sessions, mailed
   * tokens, the calendar feed, roles and the instructor bank profile (with its history, photo,
   * course links and the requests sent to it). The email is then free for a new account.
   */
  async anonymise(userId: string, manager: EntityManager): Promise<void> {
    await manager.update(
      User,
      { id: userId },
      {
        email: null,
        emailVerifiedAt: null,
        passwordHash: null,
        familyName: '',
        givenName: '',
        familyNameKana: '',
        givenNameKana: '',
        phone: '',
        deletedAt: () => 'now()',
      },
    );
    for (const entity of [
      FamilyMember,
      UserSession,
      EmailToken,
      CalendarFeed,
      RoleAssignment,
      InstructorProfile,
    ]) {
      await manager.delete(entity, { userId });
    }
    // Certificates stay (they are never deleted, and a paper one may still be shown), but the
    // names they were issued to go: verification then confirms the course, not the person.
    await manager.update(
      CourseCompletion,
      { userId },
      { holderName: ANONYMISED_HOLDER_NAME, holderFamilyName: '' },
    );
  }
}

/** The name left on the completions and certificates of an erased account. */
export const ANONYMISED_HOLDER_NAME = '—';
