import { createHash } from 'node:crypto';

/**
 * The hash of a record's normalised content (children included) stored beside it, so an
 * unchanged record is never rewritten and a re-import reports exactly what changed.
 */
export function contentHash(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}
