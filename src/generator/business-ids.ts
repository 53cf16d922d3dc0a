import { businessIdCheckDigit } from '../common/ytunnus';
import type { Prng } from './prng';

/**
 * Unique, valid business IDs (Y-tunnus): seven digits and the check digit (weights 7, 9, 10,
 * 5, 8, 4, 2; remainder 0 gives 0, remainder 1 is never issued, so those numbers are skipped).
 * Numbers grow by a random step, so they do not look like a counter.
 */
export class BusinessIds {
  private next: number;

  constructor(private readonly rng: Prng) {
    this.next = 1_000_000 + rng.int(0, 99_999);
  }

  issue(): string {
    for (;;) {
      const digits = String(this.next).padStart(7, '0');
      this.next += 1 + this.rng.int(0, 23);
      const check = businessIdCheckDigit(digits);
      if (check !== undefined) return `${digits}-${check}`;
    }
  }
}
