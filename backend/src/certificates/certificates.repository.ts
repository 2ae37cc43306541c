import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Certificate } from './certificate.entity';
import type { CompletionRule } from './completion-rule';

/** A certificate with everything its PDF, badge and verification show. */
export interface CertificateRecord {
  id: string;
  number: string;
  status: Certificate['status'];
  issuedAt: Date;
  revokedAt: Date | null;
  revokedReason: Certificate['revokedReason'];
  shareName: Certificate['shareName'];
  shareHours: boolean;
  userId: string;
  familyMemberId: string | null;
  participantPosition: number;
  holderName: string;
  holderFamilyName: string;
  sessionsHeld: number;
  sessionsAttended: number;
  minutesAttended: number;
  courseId: string;
  titleJa: string;
  titleEn: string;
  descriptionJa: string;
  completionRule: CompletionRule;
  completionCountsLate: boolean;
  organisationId: string;
  organisationNameJa: string;
  organisationNameEn: string;
  /** Japan dates (YYYY-MM-DD) of the first and last held session. */
  startsOn: string;
  endsOn: string;
  /** The account's language (the booker's, also for a companion). */
  language: 'ja' | 'en';
}

const RECORD_SELECT = `
  SELECT ce.id, ce.number, ce.status, ce.issued_at AS "issuedAt", ce.revoked_at AS "revokedAt",
         ce.revoked_reason AS "revokedReason", ce.share_name AS "shareName",
         ce.share_hours AS "shareHours",
         cc.user_id AS "userId", cc.family_member_id AS "familyMemberId",
         cc.participant_position AS "participantPosition", cc.holder_name AS "holderName",
         cc.holder_family_name AS "holderFamilyName", cc.sessions_held AS "sessionsHeld",
         cc.sessions_attended AS "sessionsAttended", cc.minutes_attended AS "minutesAttended",
         c.id AS "courseId", c.title_ja AS "titleJa", c.title_en AS "titleEn",
         c.description_ja AS "descriptionJa", c.completion_rule AS "completionRule",
         c.completion_counts_late AS "completionCountsLate",
         o.id AS "organisationId", o.name_ja AS "organisationNameJa",
         o.name_en AS "organisationNameEn",
         to_char(s.first_starts_at AT TIME ZONE 'Asia/Tokyo', 'YYYY-MM-DD') AS "startsOn",
         to_char(s.last_ends_at AT TIME ZONE 'Asia/Tokyo', 'YYYY-MM-DD') AS "endsOn",
         CASE WHEN u.preferred_language = 'en' THEN 'en' ELSE 'ja' END AS language
    FROM certificates ce
    JOIN course_completions cc ON cc.id = ce.completion_id
    JOIN courses c ON c.id = cc.course_id
    JOIN organisations o ON o.id = c.organisation_id
    JOIN users u ON u.id = cc.user_id
    JOIN LATERAL (SELECT min(starts_at) AS first_starts_at, max(ends_at) AS last_ends_at
                    FROM course_sessions WHERE course_id = c.id AND status = 'scheduled') s ON true`;

/** Reads of certificates, and the holder's share settings. */
@Injectable()
export class CertificatesRepository {
  constructor(private readonly dataSource: DataSource) {}

  async byNumber(number: string): Promise<CertificateRecord | null> {
    const [row] = await this.dataSource.query(`${RECORD_SELECT} WHERE ce.number = $1`, [number]);
    return row ?? null;
  }

  /**
   * The certificates of an account: its holder's and its family members'. Per completion the
   * valid certificate, or else the newest revoked one; newest first.
   */
  async ofAccount(userId: string): Promise<CertificateRecord[]> {
    return this.dataSource.query(
      `SELECT * FROM (
         SELECT DISTINCT ON (ce.completion_id) r.*
           FROM (${RECORD_SELECT} WHERE cc.user_id = $1) r
           JOIN certificates ce ON ce.id = r.id
          ORDER BY ce.completion_id, (ce.status = 'valid') DESC, ce.issued_at DESC
       ) latest
       ORDER BY "issuedAt" DESC, "endsOn" DESC, number`,
      [userId],
    );
  }

  async setShare(
    id: string,
    shareName: Certificate['shareName'],
    shareHours: boolean,
  ): Promise<void> {
    await this.dataSource.query(
      `UPDATE certificates SET share_name = $2, share_hours = $3 WHERE id = $1`,
      [id, shareName, shareHours],
    );
  }
}
