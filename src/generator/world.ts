/**
 * The synthetic registry the generator builds before writing it out: public entities with
 * their bodies and seats, people, private entities, positions, relatives and interests. The
 * meetings are generated from it body by body while writing, so they are never all in memory.
 */
import type { Membership, Organization, OtherName } from '../import/validation/dataset.types';
import type { BodyRole } from '../common/vocabulary';

export type EntityKind = 'municipality' | 'county' | 'regional_council' | 'municipal_enterprise' | 'county_enterprise';

export type BodyKind = 'council' | 'board' | 'audit' | 'election' | 'committee' | 'division' | 'enterprise_board';

/** A council or board term: the dates every seat of that term is filled for. */
export interface Term {
  readonly index: 0 | 1;
  readonly start: string;
  /** Last day; undefined for the current term (open-ended in registries). */
  readonly end?: string;
}

export interface Seat {
  readonly id: string;
  readonly person: number;
  readonly role: BodyRole;
  readonly start: string;
  end?: string;
  readonly group?: string;
  readonly deputyOrder?: number;
  /** For a personal deputy: the principal's seat. */
  readonly principal?: Seat;
  /** For a principal: the personal deputy's seat(s), the current one last. */
  readonly deputies: Seat[];
}

export interface Body {
  readonly id: string;
  readonly name: string;
  readonly svName: string;
  readonly classification: Organization['classification'];
  readonly kind: BodyKind;
  readonly entity: PublicEntity;
  readonly parentId: string;
  readonly seats: number;
  /** Seats by term (index 0: the previous term, 1: the current one). */
  readonly terms: [Seat[], Seat[]];
  readonly meetingsPerYear: number;
  /** 1 = Monday … 5 = Friday. */
  readonly weekday: number;
  readonly hour: number;
  /** Subject area, for agenda texts (e.g. "tekninen"). */
  readonly topic: string;
  /** Presenter (esittelijä) and minute-taker: employees of the entity. */
  presenter: number;
  minuteTaker: number;
}

export interface PublicEntity {
  readonly id: string;
  readonly name: string;
  readonly svName: string;
  /** The genitive of the place, for texts: "Koivujoen". */
  readonly genitive: string;
  readonly kind: EntityKind;
  readonly classification: Organization['classification'];
  readonly parentId?: string;
  readonly population: number;
  readonly region: Region;
  readonly city: boolean;
  readonly bilingual: boolean;
  readonly bodies: Body[];
  readonly identifiers: { scheme: string; identifier: string }[];
  readonly otherNames: OtherName[];
  readonly memberIds?: string[];
  /** Employees who present, take minutes and prepare. */
  readonly officials: number[];
  /** Private entities based here (companies, associations, foundations). */
  readonly localOrgs: string[];
  /** Companies this entity owns (no KL 97.4 exception since 1.6.2017). */
  readonly ownedCompanies: string[];
  /** People living here, politicians first. */
  readonly residents: number[];
  /** Politicians of this entity by group, across both terms. */
  readonly partyMembers: Map<string, number[]>;
}

export interface Region {
  readonly index: number;
  readonly name: string;
  readonly genitive: string;
  readonly svName: string;
  readonly bilingual: boolean;
  county: PublicEntity;
  regionalCouncil?: PublicEntity;
  readonly municipalities: PublicEntity[];
  readonly enterprises: PublicEntity[];
}

export interface PersonRecord {
  readonly id: string;
  readonly given: string;
  readonly family: string;
  readonly formerFamily?: string;
  readonly home: PublicEntity;
  politician: boolean;
}

export interface PrivateEntity {
  readonly record: Organization;
  readonly home: PublicEntity;
}

/** A position (board, CEO) or employment in an entity; `membership.person_id` is set. */
export interface Position {
  readonly person: number;
  readonly membership: Membership;
}

/** A circle-1 link the generator knows about, to plant conflicts in agendas. */
export interface CloseRelative {
  readonly person: number;
  readonly relationshipId: string;
}
