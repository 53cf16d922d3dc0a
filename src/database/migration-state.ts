import { Injectable } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { pendingMigrations } from './migrate';

/**
 * Whether the schema is up to date, for the readiness probe. With migrations at start it is
 * once they ran; with `JAAVI_MIGRATE=false` once `jaavi migrate` has applied them (checked on
 * each probe until then, and remembered: migrations are never undone under a running service).
 */
@Injectable()
export class MigrationState {
  private done = false;

  constructor(private readonly orm: MikroORM) {}

  markDone(): void {
    this.done = true;
  }

  async upToDate(): Promise<boolean> {
    if (!this.done) this.done = (await pendingMigrations(this.orm)).length === 0;
    return this.done;
  }
}
