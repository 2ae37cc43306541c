import { Client } from 'pg';
import type { DataSource } from 'typeorm';

/** What a cache hears from the database: a change (NOTIFY payload), or that it may have missed some. */
export interface ChangeSubscriber {
  /** A notification on the channel, with its payload. */
  changed(payload: string): void;
  /**
   * The listening connection was lost or is not there yet: changes may go unheard until
   * `listening` is true again. The cache must forget everything and not keep what it reads.
   */
  reset(): void;
}

const RECONNECT_DELAY_MS = 1_000;

/**
 * One dedicated PostgreSQL connection that LISTENs to one channel and tells its subscriber, for
 * caches kept in memory beside the database (several app processes each keep their own, and
 * each hears every change at its commit). Until the connection listens, and from the moment it
 * is lost until it listens again, `listening` is false and the subscriber has been reset: the
 * cache then reads through to the database. Reconnects by itself every second.
 */
export class ChangeListener {
  private client: Client | null = null;
  private closed = false;
  private retry: NodeJS.Timeout | null = null;
  private live = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly channel: string,
    private readonly subscriber: ChangeSubscriber,
    private readonly log: (message: string) => void,
  ) {
    if (!/^[a-z_]+$/.test(channel)) throw new Error(`channel name ${channel} is not an identifier`);
  }

  /** True while every change is heard. */
  get listening(): boolean {
    return this.live;
  }

  /** Connects and listens; resolves once listening (or once the first attempt failed). */
  async start(): Promise<void> {
    this.closed = false;
    // No database to listen to (the OpenAPI build's stand-in): nothing is cached, nothing heard.
    if (!this.dataSource.isInitialized) return;
    await this.connect();
  }

  async stop(): Promise<void> {
    this.closed = true;
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
    this.lost();
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const options = this.dataSource.options as { url?: string; extra?: Record<string, unknown> };
    const extra = options.extra ?? {};
    const client = new Client({
      connectionString: options.url,
      application_name: `${String(extra['application_name'] ?? 'tsumugu')} listener`,
      connectionTimeoutMillis: extra['connectionTimeoutMillis'],
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
    });
    this.client = client;
    client.on('notification', (message) => {
      if (message.channel === this.channel) this.subscriber.changed(message.payload ?? '');
    });
    client.on('error', () => this.fail(client));
    client.on('end', () => this.fail(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${this.channel}`);
      if (this.client !== client || this.closed) return;
      // Whatever was read before listening may already be stale: start from nothing.
      this.subscriber.reset();
      this.live = true;
    } catch (error) {
      this.log(
        `not listening to ${this.channel} (${error instanceof Error ? error.message : String(error)}); reading through`,
      );
      this.fail(client);
    }
  }

  private lost(): void {
    this.live = false;
    this.subscriber.reset();
  }

  private fail(client: Client): void {
    if (this.client !== client) return;
    this.client = null;
    this.lost();
    void client.end().catch(() => undefined);
    if (this.closed || this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = null;
      if (!this.closed) void this.connect();
    }, RECONNECT_DELAY_MS);
    this.retry.unref();
  }
}
