import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { AppError } from './app-error';
import { isStorableText } from '../import/validation/rules/storable-text.rule';

function firstBadPath(value: unknown, path: string): string | null {
  if (typeof value === 'string') return isStorableText(value) ? null : path;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const bad = firstBadPath(value[i], `${path}[${i}]`);
      if (bad) return bad;
    }
  } else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      const bad = firstBadPath(inner, `${path}.${key}`);
      if (bad) return bad;
    }
  }
  return null;
}

/**
 * Refuses text the database cannot store (NUL, broken surrogates) in any argument, naming the
 * argument, before it reaches a query. The dataset import reports such text with its JSON path
 * instead, so `importDataset`'s document is left to the validator.
 */
@Injectable()
export class StorableTextPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.data === 'dataset') return value;
    const bad = firstBadPath(value, metadata.data ?? 'argument');
    if (bad) {
      throw AppError.badInput(`${bad}: contains a NUL character or a broken UTF-16 surrogate`, [
        { path: bad, message: 'contains a NUL character or a broken UTF-16 surrogate' },
      ]);
    }
    return value;
  }
}
