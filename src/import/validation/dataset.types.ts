import type { PersonRecord } from '../../people/person.repository';
import type { RelationshipRecord } from '../../relationships/relationship.repository';
import type { InterestRecord } from '../../interests/interest.repository';
import type { MembershipRecord } from '../../memberships/membership.repository';
/**
 * A `jaavi-dataset/1` document as it is written in files (snake_case), mirroring
 * `dataset.schema.json`. `validateDataset` returns this type only after every check passed.
 */
import type {
  Classification,
  EntityType,
  EventStatus,
  NameLanguage,
  ParticipantRole,
  RecusalDecider,
  RelatedEntityRole,
} from '../../common/vocabulary';

/** A calendar date `YYYY-MM-DD`. */
export type IsoDate = string;

/** An RFC 3339 date-time with an offset, e.g. `2026-03-10T14:00:00+02:00`. */
export type IsoDateTime = string;

export const DATASET_FORMAT = 'jaavi-dataset/1';

export interface OtherName {
  readonly name: string;
  readonly lang?: NameLanguage;
  readonly note?: string;
}

export interface Identifier {
  /** `fi:ytunnus` (business ID, checksum-validated), `fi:kuntanumero`, or another scheme. */
  readonly scheme: string;
  readonly identifier: string;
}

export interface Owner {
  readonly organization_id: string;
  /** Fraction owned, 0–1. */
  readonly share?: number;
}

export interface Organization {
  readonly id: string;
  readonly name: string;
  readonly classification: Classification;
  /** The entity a body belongs to, or the municipality/county running an enterprise. */
  readonly parent_id?: string;
  /** Regular seats of a body. */
  readonly seats?: number;
  readonly other_names?: readonly OtherName[];
  readonly identifiers?: readonly Identifier[];
  /** Joint authorities: their member municipalities or counties. */
  readonly member_ids?: readonly string[];
  readonly owners?: readonly Owner[];
}

/** A person: the `person` table's columns (`PERSON`), with other names and identifiers. */
export type Person = PersonRecord;

/** A membership: its fields are the `membership` table's columns (`MEMBERSHIP`). */
export type Membership = MembershipRecord;

/** A relationship: the `relationship` table's columns (`RELATIONSHIP`). */
export type Relationship = RelationshipRecord;

/** A declared interest: the `interest` table's columns (`INTEREST`). */
export type Interest = InterestRecord;

export interface EventParticipant {
  readonly person_id: string;
  readonly role: ParticipantRole;
}

export interface RelatedEntity {
  readonly entity_type: EntityType;
  readonly entity_id: string;
  readonly role: RelatedEntityRole;
  /** For a representative: the organization or person represented. */
  readonly on_behalf_of?: string;
  readonly note?: string;
}

export interface Concern {
  readonly person_id: string;
  readonly text: string;
}

export interface Recusal {
  readonly person_id: string;
  /** Ground codes, see `GROUND_CODES`. */
  readonly grounds?: readonly string[];
  readonly decided_by?: RecusalDecider;
}

export interface Substitute {
  readonly person_id: string;
  readonly for_person_id: string;
}

export interface ItemRecord {
  readonly participants?: readonly string[];
  readonly recusals?: readonly Recusal[];
  readonly substitutes?: readonly Substitute[];
}

export interface AgendaItem {
  /** Unique across the whole document: `prepared_in` refers to it. */
  readonly id: string;
  readonly order: number;
  readonly title: string;
  readonly description?: string;
  readonly related_entities?: readonly RelatedEntity[];
  readonly prepared_by?: readonly string[];
  readonly presented_by?: string;
  /** The item in an earlier meeting that prepared this one. */
  readonly prepared_in?: string;
  readonly urgent?: boolean;
  readonly concerns?: readonly Concern[];
  /** Minutes, for held meetings. */
  readonly record?: ItemRecord;
}

export interface Event {
  readonly id: string;
  /** The body holding the meeting. */
  readonly organization_id: string;
  readonly name?: string;
  readonly start_date: IsoDateTime;
  readonly status?: EventStatus;
  readonly expected_absent?: readonly string[];
  readonly participants?: readonly EventParticipant[];
  readonly agenda: readonly AgendaItem[];
}

export interface Dataset {
  readonly format: typeof DATASET_FORMAT;
  readonly organizations?: readonly Organization[];
  readonly persons?: readonly Person[];
  readonly memberships?: readonly Membership[];
  readonly relationships?: readonly Relationship[];
  readonly interests?: readonly Interest[];
  readonly events?: readonly Event[];
}
