import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { RoleScope } from './role-scope';
import type { InvitationDto } from './dto/invitation.dto';

export interface PendingInvitation extends RoleScope {
  id: string;
  email: string;
}

/** Neither accepted, revoked nor expired at the instant in the parameter `now`. */
const pendingAt = (now: string) =>
  `i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > ${now}::timestamptz`;

/** Invitations to a role for an address that has no account yet. Tokens only as hashes. */
@Injectable()
export class InvitationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(
    manager: EntityManager,
    invitation: RoleScope & {
      email: string;
      tokenHash: Buffer;
      invitedBy: string;
      expiresAt: Date;
    },
  ): Promise<string> {
    const [row] = await manager.query(
      `INSERT INTO invitations (email, role, organisation_id, facility_id, is_organisation_admin,
                                token_hash, invited_by, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        invitation.email,
        invitation.role,
        invitation.organisationId,
        invitation.facilityId,
        invitation.isOrganisationAdmin,
        invitation.tokenHash,
        invitation.invitedBy,
        invitation.expiresAt,
      ],
    );
    return row.id;
  }

  /** A pending invitation by its token's hash, locked for acceptance. */
  async pendingByTokenHash(
    manager: EntityManager,
    tokenHash: Buffer,
    now: Date,
  ): Promise<PendingInvitation | null> {
    const [row] = await manager.query(
      `SELECT i.id, i.email, i.role, i.organisation_id AS "organisationId",
              i.facility_id AS "facilityId", i.is_organisation_admin AS "isOrganisationAdmin"
         FROM invitations i WHERE i.token_hash = $1 AND ${pendingAt('$2')} FOR UPDATE`,
      [tokenHash, now],
    );
    return row ?? null;
  }

  async markAccepted(manager: EntityManager, id: string, userId: string): Promise<void> {
    await manager.query(
      `UPDATE invitations SET accepted_at = now(), accepted_by = $2 WHERE id = $1`,
      [id, userId],
    );
  }

  /** Withdraws a pending invitation; false when there was none with that id (or scope). */
  async revoke(
    manager: EntityManager,
    id: string,
    now: Date,
    organisationId?: string,
  ): Promise<PendingInvitation | null> {
    const [rows] = await manager.query(
      `UPDATE invitations i SET revoked_at = now()
        WHERE i.id = $1 AND ${pendingAt('$3')} AND ($2::uuid IS NULL OR i.organisation_id = $2)
        RETURNING i.id, i.email, i.role, i.organisation_id AS "organisationId",
                  i.facility_id AS "facilityId", i.is_organisation_admin AS "isOrganisationAdmin"`,
      [id, organisationId ?? null, now],
    );
    return rows[0] ?? null;
  }

  /** Pending invitations, newest first; only one organisation's when given. */
  async pending(now: Date, organisationId?: string): Promise<InvitationDto[]> {
    return this.dataSource.query(
      `SELECT i.id, i.email, i.role, i.is_organisation_admin AS "isOrganisationAdmin",
              CASE WHEN o.id IS NULL THEN NULL
                   ELSE json_build_object('id', o.id, 'nameJa', o.name_ja, 'nameEn', o.name_en) END AS organisation,
              CASE WHEN f.id IS NULL THEN NULL
                   ELSE json_build_object('id', f.id, 'nameJa', f.name_ja, 'nameEn', f.name_en) END AS facility,
              to_json(i.created_at) #>> '{}' AS "createdAt",
              to_json(i.expires_at) #>> '{}' AS "expiresAt"
         FROM invitations i
         LEFT JOIN organisations o ON o.id = i.organisation_id
         LEFT JOIN facilities f ON f.id = i.facility_id
        WHERE ${pendingAt('$2')} AND ($1::uuid IS NULL OR i.organisation_id = $1)
        ORDER BY i.created_at DESC, i.id`,
      [organisationId ?? null, now],
    );
  }
}
