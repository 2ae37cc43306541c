import { Injectable } from '@nestjs/common';
import type { Principal } from '../access/principal';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/time/clock';
import { addDays, startOfJapanDay } from '../common/time/japan-time';
import type {
  DoorSessionsDto,
  RosterDto,
  RosterEntryDto,
  TeachingCourseDto,
  TeachingSessionDto,
} from './dto/roster.dto';
import { RosterAccess, type ScopedSession } from './roster-access';
import { contentDisposition, rosterCsv, rosterFileName } from './roster-csv';
import { RostersRepository } from './rosters.repository';
import { TeachingCoursesRepository } from './teaching-courses.repository';

/** How long a newly linked course is pointed out on the instructor's start page. */
export const NEW_COURSE_DAYS = 14;

export interface CsvDownload {
  body: string;
  contentDisposition: string;
}

/** Reading rosters: on screen and as a CSV file. Every read is in the audit log. */
@Injectable()
export class RostersService {
  constructor(
    private readonly rosters: RostersRepository,
    private readonly access: RosterAccess,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly teachingCourses: TeachingCoursesRepository,
  ) {}

  async roster(principal: Principal, sessionId: string): Promise<RosterDto> {
    const scoped = await this.access.session(principal, sessionId);
    const roster = await this.build(scoped);
    await this.audit.record({
      actorUserId: principal.userId,
      action: 'roster.viewed',
      targetType: 'course_session',
      targetId: sessionId,
      details: {
        courseId: scoped.courseId,
        viewer: scoped.viewer.kind,
        entries: roster.entries.length,
      },
    });
    return roster;
  }

  async csv(principal: Principal, sessionId: string): Promise<CsvDownload> {
    const scoped = await this.access.session(principal, sessionId);
    const roster = await this.build(scoped);
    await this.audit.record({
      actorUserId: principal.userId,
      action: 'roster.exported',
      targetType: 'course_session',
      targetId: sessionId,
      details: {
        courseId: scoped.courseId,
        viewer: scoped.viewer.kind,
        entries: roster.entries.length,
        contacts: scoped.viewer.canSeeContacts,
      },
    });
    return {
      body: rosterCsv(roster),
      contentDisposition: contentDisposition(rosterFileName(roster)),
    };
  }

  teaching(principal: Principal): Promise<TeachingSessionDto[]> {
    return this.rosters.teachingSessions(principal.userId, this.clock.now());
  }

  /** The courses the caller teaches, those linked in the last NEW_COURSE_DAYS marked new. */
  async courses(principal: Principal): Promise<TeachingCourseDto[]> {
    const now = this.clock.now();
    const newSince = now.getTime() - NEW_COURSE_DAYS * 24 * 60 * 60 * 1000;
    const rows = await this.teachingCourses.teachingCourses(principal.userId, now);
    return rows.map((row) => ({
      ...row,
      firstStartsAt: row.firstStartsAt ? new Date(row.firstStartsAt).toISOString() : null,
      lastEndsAt: row.lastEndsAt ? new Date(row.lastEndsAt).toISOString() : null,
      linkedAt: new Date(row.linkedAt).toISOString(),
      isNew: new Date(row.linkedAt).getTime() >= newSince,
    }));
  }

  /** The door's 今日 page: today's and tomorrow's sessions at the caller's facilities. */
  async door(principal: Principal): Promise<DoorSessionsDto> {
    const today = this.clock.today();
    const tomorrow = addDays(today, 1);
    const sessions = await this.rosters.doorSessions(
      principal.facilityIds,
      startOfJapanDay(today),
      startOfJapanDay(addDays(today, 2)),
    );
    return { today, tomorrow, sessions };
  }

  private async build(scoped: ScopedSession): Promise<RosterDto> {
    const data = await this.rosters.roster(scoped.sessionId);
    const entries = data.entries.map((entry) => withoutContacts(entry, scoped));
    const people = (status: string | null) =>
      entries
        .filter((entry) => (entry.attendance?.status ?? null) === status)
        .reduce((sum, entry) => sum + entry.partySize, 0);
    return {
      course: data.course,
      session: data.session,
      viewer: scoped.viewer,
      entries,
      waitingList: {
        count: data.waiting.length,
        people: data.waiting.reduce((sum, entry) => sum + entry.partySize, 0),
        entries: data.waiting,
      },
      walkIns: data.walkIns,
      totals: {
        bookings: entries.length,
        people: entries.reduce((sum, entry) => sum + entry.partySize, 0),
        present: people('present'),
        late: people('late'),
        absent: people('absent'),
        notYet: people(null),
        walkIns: data.walkIns.reduce((sum, walkIn) => sum + walkIn.partySize, 0),
        childcare: entries.reduce((sum, entry) => sum + entry.childcareAges.length, 0),
      },
    };
  }
}

/** Phone and email leave the server only for the course's organisers. */
export function withoutContacts(
  entry: RosterEntryDto,
  scoped: Pick<ScopedSession, 'viewer'>,
): RosterEntryDto {
  if (scoped.viewer.canSeeContacts) return entry;
  const { phone: _phone, email: _email, ...rest } = entry;
  return rest;
}
