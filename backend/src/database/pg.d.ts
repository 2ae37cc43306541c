/** The little of node-postgres (which ships no types) that the database code uses directly. */
declare module 'pg' {
  export class Client {
    constructor(config?: object);
    query(...args: unknown[]): unknown;
    connect(): Promise<void>;
    end(): Promise<void>;
    on(event: 'error', listener: (error: Error) => void): this;
    on(event: 'end', listener: () => void): this;
    /** LISTEN: a NOTIFY on a channel this connection listens to. */
    on(
      event: 'notification',
      listener: (message: { channel: string; payload?: string }) => void,
    ): this;
    /** The protocol connection; its socket is `stream`. */
    connection: { stream: { destroy(): void } };
  }
}
