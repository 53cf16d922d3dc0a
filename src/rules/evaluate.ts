/**
 * The engine: `evaluate(facts, date) → CheckReport`. Pure: facts in, report out; the meeting
 * date is passed in or read from the meeting, never from a clock (house style; KL 135.2 makes
 * every participant's disqualification matter, so every item is checked for every person).
 */
import { type Assessment, assess } from './assess';
import { type ItemContext, itemContext } from './context';
import { Verdicts } from './decisions';
import { findDeputies, participantSubstitution, type Replaced } from './deputies';
import { explainFinding } from './explain';
import { FactIndex } from './fact-index';
import type { AgendaItemFact, Facts, OrganizationFact } from './facts';
import { RULESET } from './grounds';
import { CAPACITY_ORDER } from './hit';
import { seatedMembers } from './members';
import { chairNote, personNotes, urgentNote } from './notes';
import { cmp } from './order';
import { itemParticipants } from './participants';
import { quorum } from './quorum';
import type { CheckReport, EvaluateOptions, Finding, ItemReport, Lang, Note, Substitution } from './report';

/** The local date of the meeting: the date part of its ISO start (written in local time). */
export function meetingDateOf(facts: Facts): string {
  return facts.meeting.startDate.slice(0, 10);
}

export function bodyOf(index: FactIndex, facts: Facts): OrganizationFact {
  const body = index.org(facts.meeting.organizationId);
  if (!body) throw new Error(`meeting ${facts.meeting.id}: body ${facts.meeting.organizationId} is not in the facts`);
  return body;
}

export function sortedAgenda(facts: Facts): AgendaItemFact[] {
  return [...facts.meeting.agenda].sort((a, b) => a.order - b.order || cmp(a.id, b.id));
}

/**
 * Checks every agenda item of `facts.meeting` as of `meetingDate` (default: the meeting's own
 * date) under HL 27–30, KL 97 and HVAL 102, with deputies (KL 17, 31.3) and quorum (KL 103).
 * The body's decisions and the officials' announcements in `facts` decide who is replaced (HL 29).
 */
export function evaluate(facts: Facts, meetingDate?: string, options: EvaluateOptions = {}): CheckReport {
  const date = meetingDate ?? meetingDateOf(facts);
  const index = new FactIndex(facts, date);
  const body = bodyOf(index, facts);
  const lang = options.lang ?? 'fi';
  const verdicts = new Verdicts(facts);
  return {
    format: 'jaavi-check/1',
    ruleset: RULESET,
    meetingId: facts.meeting.id,
    bodyId: body.id,
    date,
    items: sortedAgenda(facts).map((item) => evaluateItem(itemContext(index, body, item), facts, verdicts, lang)),
  };
}

function evaluateItem(ctx: ItemContext, facts: Facts, verdicts: Verdicts, lang: Lang): ItemReport {
  const { index } = ctx;
  const itemId = ctx.item.id;
  const absent = new Set(facts.meeting.expectedAbsent);
  const members = seatedMembers(index, ctx.body.id);
  const memberIds = new Set(members.map((s) => s.personId));
  const assessments: Assessment[] = [];
  const notes: Note[] = [];
  const replaced: Replaced[] = [];
  let membersUnderReview = 0;

  for (const seat of members) {
    if (absent.has(seat.personId)) {
      replaced.push({ seat, reason: 'expected_absent' });
      continue;
    }
    const a = assess(ctx, seat.personId, seat.capacity);
    notes.push(...personNotes(ctx, seat.personId, seat.capacity, a, lang));
    if (a) assessments.push(a);
    const reason = verdicts.reasonFor(itemId, seat.personId, a);
    if (reason) replaced.push({ seat, reason });
    else if (verdicts.underReview(itemId, a)) membersUnderReview++;
  }

  const deputies = findDeputies(ctx, replaced, new Set([...absent, ...memberIds]), verdicts);
  assessments.push(...deputies.assessments);
  const substitutions: Substitution[] = [...deputies.substitutions];

  for (const p of itemParticipants(facts.meeting, ctx.item)) {
    if (memberIds.has(p.personId) || absent.has(p.personId)) continue;
    const a = assess(ctx, p.personId, p.capacity);
    notes.push(...personNotes(ctx, p.personId, p.capacity, a, lang));
    if (a) assessments.push(a);
    const substitution = participantSubstitution(p.personId, p.capacity, verdicts.reasonFor(itemId, p.personId, a));
    if (substitution) substitutions.push(substitution);
  }

  // The chair who withdraws for any reason but absence hands the item to the vice-chair (HL 27).
  const withdrawn = new Map(replaced.filter((r) => r.reason !== 'expected_absent').map((r) => [r.seat.personId, r.reason]));
  const chair = members.find((s) => s.capacity === 'chair');
  const chairReason = chair ? withdrawn.get(chair.personId) : undefined;
  if (chair && chairReason) {
    const vice = members.find((s) => s.capacity === 'vice_chair' && !withdrawn.has(s.personId) && !absent.has(s.personId));
    notes.push(chairNote(ctx, chair.personId, vice?.personId ?? null, lang, chairReason === 'announcement'));
  }
  if (ctx.item.urgent && assessments.length > 0) notes.push(urgentNote(lang));

  const filled = new Set(['summon', 'summon_with_warning']);
  const q = quorum(index, ctx.body, {
    memberCount: members.length,
    unfilled: deputies.substitutions.filter((s) => !filled.has(s.status)).length,
    presentUnderReview: membersUnderReview + deputies.substitutions.filter((s) => s.status === 'summon_with_warning').length,
  });

  return {
    itemId,
    findings: sortFindings(assessments.map((a) => explainFinding(index, a, lang))),
    substitutions,
    quorum: q,
    notes: sortNotes(notes),
  };
}

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) => cmp(a.personId, b.personId) || CAPACITY_ORDER.indexOf(a.capacity) - CAPACITY_ORDER.indexOf(b.capacity),
  );
}

function sortNotes(notes: readonly Note[]): Note[] {
  const seen = new Set<string>();
  return [...notes]
    .filter((n) => {
      const key = `${n.personId ?? ''}\u0000${n.text}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => cmp(a.personId ?? '', b.personId ?? '') || cmp(a.text, b.text));
}
