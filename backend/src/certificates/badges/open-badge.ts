import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import { OB_V3, staticDocumentLoader, VC_V2 } from './json-ld-contexts';
import type { IssuerKeys, PublishedKey } from './issuer-keys';

/** What a certificate's badge says, as the holder chose to share it. */
export interface BadgeContent {
  /** The credential's id: the certificate's verification URL (<publicUrl>/verify?n=<number>). */
  verifyUrl: string;
  issuedAt: Date;
  /** The name as shared (full, or the family name alone). */
  holderName: string;
  course: {
    url: string;
    titleJa: string;
    titleEn: string;
    descriptionJa: string;
    organisationId: string;
    organisationNameJa: string;
    organisationNameEn: string;
    startsOn: string;
    endsOn: string;
  };
  criteriaJa: string;
  criteriaEn: string;
  /** Sessions and hours, when the holder shares them. */
  attendance: { sessionsAttended: number; sessionsHeld: number; hours: number } | null;
}

/**
 * An Open Badges 3.0 OpenBadgeCredential (a W3C Verifiable Credential 2.0), unsigned. Japanese
 * is the credential's language; the English course title and organisation are in the
 * achievement's description and creator (wallets show `name`).
 */
export function openBadgeCredential(
  content: BadgeContent,
  issuer: { id: string; url: string },
): Record<string, unknown> {
  const attendance = content.attendance
    ? `（全${content.attendance.sessionsHeld}回中${content.attendance.sessionsAttended}回出席・` +
      `${content.attendance.hours}時間 / attended ${content.attendance.sessionsAttended} of ` +
      `${content.attendance.sessionsHeld} sessions, ${content.attendance.hours} hours）`
    : '';
  return {
    '@context': [VC_V2, OB_V3],
    id: content.verifyUrl,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: issuer.id, type: ['Profile'], name: 'つくば市 (Tsukuba City)', url: issuer.url },
    validFrom: content.issuedAt.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    name: `修了証 Certificate of completion: ${content.course.titleJa}`,
    credentialSubject: {
      type: ['AchievementSubject'],
      identifier: [
        {
          type: ['IdentityObject'],
          identityType: 'name',
          hashed: false,
          identityHash: content.holderName,
        },
      ],
      activityStartDate: `${content.course.startsOn}T00:00:00+09:00`,
      activityEndDate: `${content.course.endsOn}T23:59:59+09:00`,
      narrative: `${content.course.startsOn} – ${content.course.endsOn}${attendance}`,
      achievement: {
        id: content.course.url,
        type: ['Achievement'],
        achievementType: 'Course',
        name: content.course.titleJa,
        description:
          (content.course.descriptionJa || content.course.titleJa) +
          (content.course.titleEn ? ` / ${content.course.titleEn}` : ''),
        criteria: { narrative: `${content.criteriaJa} / ${content.criteriaEn}` },
        creator: {
          id: `urn:uuid:${content.course.organisationId}`,
          type: ['Profile'],
          name: `${content.course.organisationNameJa} (${content.course.organisationNameEn})`,
        },
        inLanguage: 'ja',
      },
    },
  };
}

/** Signs with the city's active key: a Data Integrity proof, cryptosuite eddsa-rdfc-2022. */
export async function signCredential(
  credential: Record<string, unknown>,
  keys: IssuerKeys,
): Promise<Record<string, unknown>> {
  const suite = new DataIntegrityProof({ signer: await keys.signer(), cryptosuite });
  const documentLoader = staticDocumentLoader(await issuerDocuments(keys));
  return vc.issue({ credential, suite, documentLoader });
}

/** The issuer's profile and every published key, by URL, for the document loader. */
export async function issuerDocuments(keys: IssuerKeys): Promise<Map<string, unknown>> {
  return issuerDocumentsFrom(await keys.profile(), await keys.publishedKeys());
}

export function issuerDocumentsFrom(
  profile: Record<string, unknown>,
  published: PublishedKey[],
): Map<string, unknown> {
  return new Map<string, unknown>([
    [profile['id'] as string, profile],
    ...published.map((key) => [key.id, key] as const),
  ]);
}

export type SignatureCheck = { verified: true } | { verified: false; reason: string };

/**
 * Checks a credential's proof against the issuer documents given, without the network (the
 * loader refuses every URL it does not hold: a credential naming another issuer's key fails).
 */
export async function verifyCredentialSignature(
  credential: object,
  documents: ReadonlyMap<string, unknown>,
  now?: Date,
): Promise<SignatureCheck> {
  try {
    const result = await vc.verifyCredential({
      credential,
      // validFrom / validUntil are judged at this instant (the app's clock).
      ...(now ? { now } : {}),
      suite: new DataIntegrityProof({ cryptosuite }),
      documentLoader: staticDocumentLoader(documents),
    });
    if (result.verified) return { verified: true };
    const messages = [
      result.error?.message,
      ...(result.error?.errors ?? []).map((e) => e.message),
    ].filter(Boolean);
    return { verified: false, reason: messages.join('; ') || 'the proof does not verify' };
  } catch (error) {
    return { verified: false, reason: error instanceof Error ? error.message : String(error) };
  }
}
