import type { WarningModel } from './models/warning.model';

/** One meeting's findings, by person (only persons with findings). */
export type MeetingWarnings = ReadonlyMap<string, readonly WarningModel[]>;

/** How many meetings' warnings the cache holds at most (least recently used go first). */
export const WARNINGS_CACHE_MEETINGS = 2_000;

/**
 * The warnings of each meeting, computed at most once per facts revision and shared by every
 * official's request (the rules read nothing but the facts and the meeting's date, so a result
 * stands while the revision does). Concurrent requests for the same meeting wait for the one
 * computation. When the revision moves, every entry goes; a request that read an older
 * revision than the cache's computes without caching. A derived cache, so the service stays
 * stateless: each instance has its own, checked against the database on every request.
 */
export class WarningsCache {
  private revision: bigint | null = null;
  private readonly entries = new Map<string, Promise<MeetingWarnings>>();

  constructor(private readonly capacity: number = WARNINGS_CACHE_MEETINGS) {}

  get(revision: string, meetingId: string, compute: () => Promise<MeetingWarnings>): Promise<MeetingWarnings> {
    const asked = BigInt(revision);
    if (this.revision === null || asked > this.revision) {
      this.entries.clear();
      this.revision = asked;
    } else if (asked < this.revision) {
      return compute();
    }
    const hit = this.entries.get(meetingId);
    if (hit) {
      this.entries.delete(meetingId);
      this.entries.set(meetingId, hit);
      return hit;
    }
    const pending = compute();
    this.entries.set(meetingId, pending);
    pending.catch(() => {
      if (this.entries.get(meetingId) === pending) this.entries.delete(meetingId);
    });
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
    return pending;
  }

  get size(): number {
    return this.entries.size;
  }
}
