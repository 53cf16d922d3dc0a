import { readFileSync } from 'node:fs';
import { AppError } from '../common/app-error';

/** The options every database command takes. */
export interface DbOptions {
  inMemory?: boolean;
  dataset?: string;
  verbose?: boolean;
}

/** The filters of `recusals` and `missed-recusals`. */
export interface HistoryOptions {
  person?: string;
  body?: string;
  organization?: string;
  ground?: string;
  from?: string;
  to?: string;
  out?: string;
  format: string;
  lang: Lang;
}

export type Lang = 'fi' | 'sv' | 'en';

/** A usage mistake (exit code 2), as opposed to bad input (1). */
export class UsageError extends Error {}

export function print(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

/** A file's text, or a BAD_USER_INPUT error naming the file and why it cannot be read. */
export function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new AppError('BAD_USER_INPUT', `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}
