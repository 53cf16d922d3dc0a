import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '../../common/date.scalar';
import { Capacity, DecisionStatus, Lean, Outcome, SubstitutionStatus } from '../../common/graphql-enums';

@ObjectType('FindingDecision')
export class FindingDecisionModel {
  @Field(() => DecisionStatus, { description: 'confirmed or dismissed (HL 29: the body decides)' })
  status: string;

  @Field(() => String, { nullable: true, description: 'The note, or for a dismissal the reason.' })
  note: string | null;

  @Field({ description: 'Who recorded it (token subject).' })
  by: string;

  @Field({ description: 'When (ISO timestamp).' })
  at: string;
}

@ObjectType('FindingRef')
export class FindingRefModel {
  @Field(() => ID)
  itemId: string;

  @Field(() => ID)
  personId: string;

  @Field()
  capacity: string;
}

@ObjectType('DeputyChange')
export class DeputyChangeModel {
  @Field(() => ID)
  itemId: string;

  @Field(() => ID)
  deputyPersonId: string;

  @Field(() => ID)
  forPersonId: string;
}

/** What changed since the meeting's previous check run. */
@ObjectType('CheckChanges')
export class CheckChangesModel {
  @Field(() => ID)
  previousRunId: string;

  @Field(() => [FindingRefModel])
  newFindings: FindingRefModel[];

  @Field(() => [FindingRefModel])
  removedFindings: FindingRefModel[];

  @Field(() => [FindingRefModel], { description: 'Same person and item, different outcome, lean or grounds.' })
  changedFindings: FindingRefModel[];

  @Field(() => [ID], { description: 'Items whose summons differ.' })
  summonsChanged: string[];

  @Field(() => [ID], { description: 'Items whose quorum differs.' })
  quorumChanged: string[];

  @Field(() => [DeputyChangeModel], { description: 'Deputies summoned now who were not then (per item).' })
  deputiesToSummon: DeputyChangeModel[];

  @Field(() => [DeputyChangeModel], { description: 'Deputies summoned then who are not now: cancel their summons for the item.' })
  deputiesToCancel: DeputyChangeModel[];
}

@ObjectType('CheckStatus')
export class CheckStatusModel {
  @Field(() => ID, { nullable: true })
  lastRunId: string | null;

  @Field(() => String, { nullable: true })
  lastRunAt: string | null;

  @Field({ description: 'True when the registry or the agenda changed since the last run (or it was never checked).' })
  stale: boolean;
}

@ObjectType('Evidence')
export class EvidenceModel {
  @Field({ description: 'membership, relationship, interest, related_entity or item' })
  kind: string;

  @Field(() => ID, { nullable: true })
  id: string | null;

  @Field()
  text: string;
}

@ObjectType('Finding')
export class FindingModel {
  @Field(() => ID, { description: 'The stored finding, for confirmFinding / dismissFinding.' })
  id: string;

  @Field(() => ID)
  personId: string;

  @Field(() => Capacity, { description: 'chair, vice_chair, member, deputy, presenter, minute_taker or attendee' })
  capacity: string;

  @Field(() => Outcome, { description: 'disqualified or needs_review' })
  outcome: string;

  @Field(() => Lean, { nullable: true, description: 'For needs_review: disqualified or not_disqualified.' })
  lean: string | null;

  @Field(() => [String], { description: "Ground codes (legal-grounds.md §4); `groundDetails` has each one's statute and title." })
  grounds: string[];

  @Field({ description: 'One plain sentence.' })
  explanation: string;

  @Field(() => [EvidenceModel])
  evidence: EvidenceModel[];

  @Field(() => FindingDecisionModel, { nullable: true, description: "The body's latest decision on it, if any." })
  decision: FindingDecisionModel | null;
}

@ObjectType('Substitution')
export class SubstitutionModel {
  @Field(() => ID)
  forPersonId: string;

  @Field(() => ID, { nullable: true })
  deputyPersonId: string | null;

  @Field(() => SubstitutionStatus)
  status: string;

  @Field({
    description:
      "Why the person is replaced: finding (disqualified), decision (the body confirmed a finding, HL 29), announcement (the person's own self-recusal) or expected_absent.",
  })
  reason: string;
}

@ObjectType('Quorum')
export class QuorumModel {
  @Field(() => Int)
  seats: number;

  @Field(() => Int)
  required: number;

  @Field(() => Int)
  present: number;

  @Field()
  met: boolean;

  @Field()
  dependsOnReview: boolean;

  @Field(() => String, { nullable: true, description: 'KL17_3, KL35_4, review, or null when met.' })
  fallback: string | null;
}

@ObjectType('CheckNote')
export class NoteModel {
  @Field(() => ID, { nullable: true })
  personId: string | null;

  @Field()
  text: string;
}

@ObjectType('ItemCheck')
export class ItemCheckModel {
  @Field(() => ID)
  itemId: string;

  @Field(() => [FindingModel])
  findings: FindingModel[];

  @Field(() => [SubstitutionModel])
  substitutions: SubstitutionModel[];

  @Field(() => QuorumModel)
  quorum: QuorumModel;

  @Field(() => [NoteModel])
  notes: NoteModel[];
}

/** The check report of a meeting (the content of jaavi-check/1), as stored in a run. */
@ObjectType('MeetingCheck')
export class MeetingCheckModel {
  @Field(() => ID, {
    nullable: true,
    description:
      'The stored run: the same facts and decisions give the same run. Null only when a GET request (which never stores) found a newer result.',
  })
  runId: string | null;

  @Field({ description: 'When the run was made (ISO timestamp).' })
  createdAt: string;

  @Field()
  format: string;

  @Field()
  ruleset: string;

  @Field(() => ID)
  meetingId: string;

  @Field(() => ID)
  bodyId: string;

  @Field(() => DateScalar)
  date: string;

  @Field(() => [ItemCheckModel])
  items: ItemCheckModel[];

  @Field(() => CheckChangesModel, { nullable: true, description: 'What changed since the previous run (null on the first).' })
  changes: CheckChangesModel | null;

  @Field(() => CheckChangesModel, {
    nullable: true,
    description:
      'What changed since the agenda went out (publishAgenda): what a corrected summons must say. Null before publishing and once the meeting is held.',
  })
  sinceAgenda: CheckChangesModel | null;

  @Field(() => String, { nullable: true, description: 'When the agenda went out (ISO timestamp), if it has.' })
  agendaPublishedAt: string | null;
}

/** A meeting's check re-run with the registry as it was recorded at an instant (not stored). */
@ObjectType('HistoricalCheck')
export class HistoricalCheckModel {
  @Field({ description: 'The instant whose knowledge was used (ISO timestamp).' })
  knownOn: string;

  @Field(() => DateScalar)
  date: string;

  @Field()
  ruleset: string;

  @Field(() => [ItemCheckModel], { description: 'Findings here are not stored: their ids are item:person:capacity.' })
  items: ItemCheckModel[];

  @Field(() => ID, { nullable: true, description: 'The stored run compared with.' })
  comparedRunId: string | null;

  @Field(() => String, { nullable: true })
  comparedRunAt: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The ruleset the compared run was evaluated with; a run stored under an older ruleset keeps its own.',
  })
  comparedRunRuleset: string | null;

  @Field(() => CheckChangesModel, { nullable: true, description: 'From the stored run to this result.' })
  changes: CheckChangesModel | null;
}
