/** What the counterparty detector reads and reports. */
export type EntityType = 'organization' | 'person';
export type MatchReason = 'exact_alias' | 'stem' | 'identifier';

export interface AliasSource {
  entityType: EntityType;
  entityId: string;
  names: { name: string; lang?: 'fi' | 'sv' | 'en' | null }[];
  identifiers?: { scheme: string; identifier: string }[];
  givenName?: string | null;
  familyName?: string | null;
}

export interface EntityRef {
  entityType: EntityType;
  entityId: string;
}

export interface Mention {
  /** UTF-16 index of the first character, inclusive. */
  start: number;
  /** UTF-16 index after the last character, exclusive: `surface === text.slice(start, end)`. */
  end: number;
  surface: string;
  /** The (first) candidate's type. */
  entityType: EntityType;
  /** The entity, or null when the mention is ambiguous. */
  entityId: string | null;
  /** Every entity the mention may refer to, best first (one when not ambiguous). */
  candidates: EntityRef[];
  ambiguous: boolean;
  /** 0–1. */
  confidence: number;
  reason: MatchReason;
}

export interface Detector {
  detect(text: string): Mention[];
  /** Name variants indexed (word orders, hyphen variants, one per entity) plus identifiers. */
  readonly aliasCount: number;
}
