import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/time/clock';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/app-config.module';
import { ASSERTION_METHOD_TERM, MULTIKEY_V1, OB_V3, VC_V2 } from './json-ld-contexts';

type SecretAtRest =
  | { format: 'plain'; secretKeyMultibase: string }
  | {
      format: 'scrypt-aes-256-gcm';
      salt: string;
      iv: string;
      tag: string;
      ciphertext: string;
    };

export interface StoredIssuerKey {
  /** The last part of the key's URL: /api/issuer/keys/<name>. */
  name: string;
  createdAt: string;
  /** Set when a newer key took over signing; the public key stays published. */
  retiredAt: string | null;
  publicKeyMultibase: string;
  secret: SecretAtRest;
}

interface KeyFile {
  version: 1;
  active: string;
  keys: StoredIssuerKey[];
}

/** A public key as published (a Multikey document). */
export interface PublishedKey {
  '@context': string;
  id: string;
  type: 'Multikey';
  controller: string;
  publicKeyMultibase: string;
  created: string;
  revoked?: string;
}

// scrypt cost: ~100 ms once per start, 32 MiB of memory.
const SCRYPT = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };

/**
 * The city's Ed25519 issuer key for certificates: generated at the first start, kept in
 * `<DATA_DIR>/issuer/keys.json` (folder 0700, file 0600) — outside the database, so a database
 * dump never holds it. With ISSUER_KEY_PASSPHRASE (required in production) the secret part is
 * encrypted at rest (scrypt → AES-256-GCM); a plain file found with a passphrase set is
 * encrypted on the spot. The secret never leaves this class and is never logged.
 *
 * Rotation (`rotate`, or `npm run issuer:rotate`): a new key signs from then on; the old public
 * keys stay published at /api/issuer/keys/<name>, so earlier credentials still verify.
 */
@Injectable()
export class IssuerKeys implements OnApplicationBootstrap {
  private readonly logger = new Logger('IssuerKeys');
  private loaded: Promise<KeyFile> | null = null;

  constructor(
    @Inject(APP_CONFIG)
    private readonly config: Pick<AppConfig, 'dataDir' | 'publicUrl' | 'issuerKeyPassphrase'>,
    private readonly clock: Clock,
    private readonly dataSource?: DataSource,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // Describing the API (openapi) builds the app without a database: no key to make then.
    if (this.dataSource && !this.dataSource.isInitialized) return;
    await this.keyFile();
  }

  get issuerId(): string {
    return `${this.config.publicUrl}/api/issuer`;
  }

  keyId(name: string): string {
    return `${this.issuerId}/keys/${name}`;
  }

  /** Every public key ever used, newest first. */
  async publishedKeys(): Promise<PublishedKey[]> {
    const file = await this.keyFile();
    return [...file.keys].reverse().map((key) => ({
      '@context': MULTIKEY_V1,
      id: this.keyId(key.name),
      type: 'Multikey',
      controller: this.issuerId,
      publicKeyMultibase: key.publicKeyMultibase,
      created: key.createdAt,
    }));
  }

  /** The issuer's Open Badges Profile, also the controller document of its keys. */
  async profile(): Promise<Record<string, unknown>> {
    const keys = await this.publishedKeys();
    return {
      '@context': [VC_V2, OB_V3, MULTIKEY_V1, ASSERTION_METHOD_TERM],
      id: this.issuerId,
      type: ['Profile'],
      name: 'つくば市 (Tsukuba City) — tsumugu',
      url: this.config.publicUrl,
      description:
        'つくば市生涯学習 講座の修了証を発行します。Tsukuba City issues certificates of its lifelong-learning courses.',
      assertionMethod: keys.map((key) => key.id),
    };
  }

  /** The signer of the active key. */
  async signer(): Promise<Ed25519Multikey.Signer> {
    const file = await this.keyFile();
    const key = file.keys.find((candidate) => candidate.name === file.active);
    if (!key) throw new Error('The issuer key file names an active key it does not hold');
    const pair = await Ed25519Multikey.from({
      id: this.keyId(key.name),
      type: 'Multikey',
      controller: this.issuerId,
      publicKeyMultibase: key.publicKeyMultibase,
      secretKeyMultibase: this.reveal(key.secret),
    });
    return pair.signer();
  }

  /** A new key signs from now on; the old ones stay published. Returns the new key's name. */
  async rotate(): Promise<string> {
    const file = await this.keyFile();
    const now = this.clock.now().toISOString();
    const key = await this.generate();
    const next: KeyFile = {
      ...file,
      active: key.name,
      keys: [
        ...file.keys.map((old) => (old.name === file.active ? { ...old, retiredAt: now } : old)),
        key,
      ],
    };
    await this.write(next);
    this.loaded = Promise.resolve(next);
    this.logger.log({ msg: 'issuer key rotated', key: key.name });
    return key.name;
  }

  private get path(): string {
    return join(this.config.dataDir, 'issuer', 'keys.json');
  }

  private keyFile(): Promise<KeyFile> {
    this.loaded ??= this.loadOrCreate().catch((error: unknown) => {
      this.loaded = null;
      throw error;
    });
    return this.loaded;
  }

  private async loadOrCreate(): Promise<KeyFile> {
    let text: string | null = null;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    if (text === null) {
      const key = await this.generate();
      const file: KeyFile = { version: 1, active: key.name, keys: [key] };
      // Two processes starting at once: the second finds the first's file and uses it.
      if (!(await this.write(file, true))) return this.loadOrCreate();
      this.logger.log({ msg: 'issuer key generated', key: key.name });
      return file;
    }
    const file = JSON.parse(text) as KeyFile;
    if (this.config.issuerKeyPassphrase && file.keys.some((key) => key.secret.format === 'plain')) {
      const encrypted: KeyFile = {
        ...file,
        keys: file.keys.map((key) => ({ ...key, secret: this.conceal(this.reveal(key.secret)) })),
      };
      await this.write(encrypted);
      this.logger.log({ msg: 'issuer key file encrypted with ISSUER_KEY_PASSPHRASE' });
      return encrypted;
    }
    // Fail at the start, not at the first certificate, when the passphrase is wrong or missing.
    for (const key of file.keys) this.reveal(key.secret);
    return file;
  }

  private async generate(): Promise<StoredIssuerKey> {
    const now = this.clock.now();
    const name = `${now.toISOString().slice(0, 10)}-${randomBytes(3).toString('hex')}`;
    const pair = await Ed25519Multikey.generate({
      id: this.keyId(name),
      controller: this.issuerId,
    });
    const exported = await pair.export({ publicKey: true, secretKey: true });
    return {
      name,
      createdAt: now.toISOString(),
      retiredAt: null,
      publicKeyMultibase: exported.publicKeyMultibase,
      secret: this.conceal(exported.secretKeyMultibase!),
    };
  }

  private conceal(secretKeyMultibase: string): SecretAtRest {
    const passphrase = this.config.issuerKeyPassphrase;
    if (!passphrase) return { format: 'plain', secretKeyMultibase };
    const salt = randomBytes(16);
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', scryptSync(passphrase, salt, 32, SCRYPT), iv);
    const ciphertext = Buffer.concat([cipher.update(secretKeyMultibase, 'utf8'), cipher.final()]);
    return {
      format: 'scrypt-aes-256-gcm',
      salt: salt.toString('base64'),
      iv: iv.toString('base64'),
      tag: cipher.getAuthTag().toString('base64'),
      ciphertext: ciphertext.toString('base64'),
    };
  }

  private reveal(secret: SecretAtRest): string {
    if (secret.format === 'plain') return secret.secretKeyMultibase;
    const passphrase = this.config.issuerKeyPassphrase;
    if (!passphrase) {
      throw new Error('The issuer key is encrypted: set ISSUER_KEY_PASSPHRASE to use it');
    }
    try {
      const decipher = createDecipheriv(
        'aes-256-gcm',
        scryptSync(passphrase, Buffer.from(secret.salt, 'base64'), 32, SCRYPT),
        Buffer.from(secret.iv, 'base64'),
      );
      decipher.setAuthTag(Buffer.from(secret.tag, 'base64'));
      return Buffer.concat([
        decipher.update(Buffer.from(secret.ciphertext, 'base64')),
        decipher.final(),
      ]).toString('utf8');
    } catch {
      throw new Error('ISSUER_KEY_PASSPHRASE does not open the issuer key file');
    }
  }

  /** Writes the file whole (a temporary file renamed over it), readable by this user only. */
  private async write(file: KeyFile, createOnly = false): Promise<boolean> {
    const folder = join(this.config.dataDir, 'issuer');
    await mkdir(folder, { recursive: true, mode: 0o700 });
    await chmod(folder, 0o700);
    const json = `${JSON.stringify(file, null, 2)}\n`;
    if (createOnly) {
      try {
        await writeFile(this.path, json, { mode: 0o600, flag: 'wx' });
        return true;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
        throw error;
      }
    }
    const temporary = `${this.path}.${process.pid}.tmp`;
    await writeFile(temporary, json, { mode: 0o600 });
    await rename(temporary, this.path);
    return true;
  }
}
