import { Injectable } from '@nestjs/common';

/** Whether this process should still be sent requests: false from the shutdown signal on. */
@Injectable()
export class Readiness {
  private shuttingDown = false;

  get isShuttingDown(): boolean {
    return this.shuttingDown;
  }

  markShuttingDown(): void {
    this.shuttingDown = true;
  }
}
