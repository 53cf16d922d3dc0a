import { maskHetus } from './hetu';

const MAX_ECHO = 60;

/**
 * A value as a message may show it: strings quoted, cut to a readable length, control
 * characters escaped and any personal identity code masked (messages end up in logs).
 */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return quote(value);
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(value);
    case 'undefined':
      return 'nothing';
    case 'object':
      if (value === null) return 'null';
      return Array.isArray(value) ? 'a list' : 'an object';
    default:
      return `a ${typeof value}`;
  }
}

/** A string quoted for a message, cut and masked as in `describeValue`. */
export function quote(text: string): string {
  const masked = maskHetus(text.length > 4 * MAX_ECHO ? text.slice(0, 4 * MAX_ECHO) : text);
  const chars = Array.from(masked);
  const shown = chars.length > MAX_ECHO ? `${chars.slice(0, MAX_ECHO).join('')}…` : masked;
  return JSON.stringify(shown);
}

/** The JSON type of a value, in words: "a string", "a number", "null". */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'boolean') return 'true/false';
  if (typeof value === 'number') return Number.isInteger(value) ? 'an integer' : 'a number';
  return `a ${typeof value}`;
}
