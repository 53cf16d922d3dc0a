import type { RelatedEntity } from '../import/validation/dataset.types';
import type { Interests } from './interests';
import type { People } from './people';
import type { Positions } from './positions';
import type { PrivateEntities } from './private-entities';
import type { Prng } from './prng';
import type { Relatives } from './relatives';
import type { Body, PublicEntity, Seat } from './world';

/** A conflict the generator planted on purpose, so the minutes can record (or miss) a recusal. */
export interface Planted {
  readonly person: number;
  readonly ground: string;
}

/** One agenda item before it gets its id and order. */
export interface ItemDraft {
  readonly title: string;
  readonly description: string;
  readonly related: RelatedEntity[];
  readonly planted: Planted[];
  /** A board item that goes on to the council (the council item names it in `prepared_in`). */
  readonly forCouncil?: boolean;
  /** A member employed by the own organisation who prepared the item (KL 97.3). */
  readonly preparedBy?: number;
}

/** The meeting an item is drafted for. */
export interface Scene {
  readonly body: Body;
  readonly date: string;
  /** Chairs, vice-chairs and members in force on the date. */
  readonly members: readonly Seat[];
  /** How often an item is made to touch a member's own ties. */
  readonly plantRate: number;
}

/** Everything the agenda texts draw on. */
export interface Registry {
  readonly rng: Prng;
  readonly people: People;
  readonly privates: PrivateEntities;
  readonly positions: Positions;
  readonly relatives: Relatives;
  readonly interests: Interests;
  readonly publicById: ReadonlyMap<string, PublicEntity>;
  /** Public entities in whose board (hallitus) a person holds a seat in the current term. */
  readonly boardSeats: ReadonlyMap<number, readonly string[]>;
}
