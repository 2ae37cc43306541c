import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, IsNull, MoreThan } from 'typeorm';
import type { InvitationDto } from './dto/invitation.dto';
import type { RoleScope } from './role-scope';
import { Invitation } from './invitation.entity';

export type PendingInvitation = Pick<
  Invitation,
  'id' | 'email' | 'role' | 'organisationId' | 'facilityId' | 'isOrganisationAdmin'
>;

const PENDING_COLUMNS = {
  id: true,
  email: true,
  role: true,
  organisationId: true,
  facilityId: true,
  isOrganisationAdmin: true,
} as const;

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
    const { identifiers } = await manager.insert(Invitation, {
      email: invitation.email,
      role: invitation.role,
      organisationId: invitation.organisationId,
      facilityId: invitation.facilityId,
      isOrganisationAdmin: invitation.isOrganisationAdmin,
      tokenHash: invitation.tokenHash,
      invitedBy: invitation.invitedBy,
      expiresAt: invitation.expiresAt,
    });
    return identifiers[0].id as string;
  }

  /** A pending invitation by its token's hash, locked for acceptance. */
  async pendingByTokenHash(
    manager: EntityManager,
    tokenHash: Buffer,
    now: Date,
  ): Promise<PendingInvitation | null> {
    return manager.findOne(Invitation, {
      select: PENDING_COLUMNS,
      where: { tokenHash, acceptedAt: IsNull(), revokedAt: IsNull(), expiresAt: MoreThan(now) },
      lock: { mode: 'pessimistic_write' },
    });
  }

  async markAccepted(manager: EntityManager, id: string, userId: string): Promise<void> {
    await manager.update(Invitation, { id }, { acceptedAt: () => 'now()', acceptedBy: userId });
  }

  /**
   * Withdraws a pending invitation; null when there was none with that id (or scope). One
   * conditional UPDATE … RETURNING: of two concurrent withdrawals, one gets the invitation.
   */
  async revoke(
    manager: EntityManager,
    id: string,
    now: Date,
    organisationId?: string,
  ): Promise<PendingInvitation | null> {
    const [rows]: [PendingInvitation[], number] = await manager.query(
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
