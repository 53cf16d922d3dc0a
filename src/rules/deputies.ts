/**
 * Who replaces a member who is disqualified or expected absent (legal-grounds §6): in boards,
 * committees and other bodies only the member's personal deputy (KL 31.3); in councils the next
 * deputy of the member's group in list order (KL 17, HVAL 25).
 */
import { type Assessment, assess } from './assess';
import type { ItemContext } from './context';
import type { Capacity } from './hit';
import type { Verdicts } from './decisions';
import type { MembershipFact } from './facts';
import { deputyMemberships, type Seat } from './members';
import { cmp, cmpName } from './order';
import type { ReplacementReason, Substitution } from './report';

export interface DeputyOutcome {
  readonly substitutions: readonly Substitution[];
  /** Findings of deputies considered as substitutes (capacity `deputy`). */
  readonly assessments: readonly Assessment[];
}

/** A member to replace and why. */
export interface Replaced {
  readonly seat: Seat;
  readonly reason: ReplacementReason;
}

interface Pool {
  readonly item: ItemContext;
  readonly verdicts: Verdicts;
  readonly cache: Map<string, Assessment | null>;
}

function assessDeputy(pool: Pool, personId: string): Assessment | null {
  if (!pool.cache.has(personId)) pool.cache.set(personId, assess(pool.item, personId, 'deputy'));
  return pool.cache.get(personId) ?? null;
}

/**
 * Replaces `replaced` (sorted by person id). `unavailable` holds persons who cannot be summoned:
 * the expected absent and the body's sitting members. A deputy is passed over on the same terms
 * as a member is replaced (`verdicts`: a disqualified finding not dismissed, a confirmed one, or
 * their own announcement); a dismissed finding makes them a plain `summon`.
 */
export function findDeputies(
  item: ItemContext,
  replaced: readonly Replaced[],
  unavailable: ReadonlySet<string>,
  verdicts: Verdicts,
): DeputyOutcome {
  const pool: Pool = { item, verdicts, cache: new Map() };
  const deputies = deputyMemberships(item.index, item.body.id).filter((m) => !unavailable.has(m.personId));
  const summoned = new Set<string>();
  const substitutions: Substitution[] = [];
  for (const { seat, reason } of replaced) {
    const candidates = item.council ? councilList(item, seat, deputies) : personalDeputies(seat, deputies);
    substitutions.push({ ...choose(pool, seat.personId, candidates, summoned), reason });
  }
  const assessments = [...pool.cache.values()].filter((a): a is Assessment => a !== null);
  return { substitutions, assessments };
}

type Choice = Omit<Substitution, 'reason'>;

function choose(pool: Pool, forPersonId: string, candidates: readonly string[], summoned: Set<string>): Choice {
  let firstDisqualified: string | null = null;
  const itemId = pool.item.item.id;
  for (const personId of candidates) {
    if (summoned.has(personId)) continue;
    const a = assessDeputy(pool, personId);
    if (pool.verdicts.reasonFor(itemId, personId, a) !== null) {
      firstDisqualified ??= personId;
      continue;
    }
    summoned.add(personId);
    return { forPersonId, deputyPersonId: personId, status: pool.verdicts.underReview(itemId, a) ? 'summon_with_warning' : 'summon' };
  }
  // A council group with nobody left has no deputy; a personal deputy who is disqualified
  // leaves the seat empty (KL 31.3 allows no other deputy).
  if (firstDisqualified && !pool.item.council) return { forPersonId, deputyPersonId: firstDisqualified, status: 'deputy_disqualified' };
  return { forPersonId, deputyPersonId: null, status: 'no_deputy' };
}

/** KL 31.3: only the deputy named for one of the member's own memberships. */
function personalDeputies(seat: Seat, deputies: readonly MembershipFact[]): string[] {
  const own = new Set(seat.memberships.map((m) => m.id));
  return unique(
    sortDeputies(
      deputies.filter((d) => d.deputyFor && own.has(d.deputyFor)),
      () => '',
    ),
  );
}

/** KL 17 / HVAL 25: the member's group, by `deputy_order`; unordered last by name, then id. */
function councilList(item: ItemContext, seat: Seat, deputies: readonly MembershipFact[]): string[] {
  const group = seat.memberships.map((m) => m.group ?? null).find((g) => g !== null) ?? null;
  const same = deputies.filter((d) => (d.group ?? null) === group);
  return unique(sortDeputies(same, (id) => item.index.personName(id)));
}

function sortDeputies(list: readonly MembershipFact[], name: (personId: string) => string): string[] {
  return [...list]
    .sort((a, b) => {
      const oa = a.deputyOrder ?? Number.POSITIVE_INFINITY;
      const ob = b.deputyOrder ?? Number.POSITIVE_INFINITY;
      if (oa !== ob) return oa < ob ? -1 : 1;
      return cmpName(name(a.personId), name(b.personId)) || cmp(a.personId, b.personId) || cmp(a.id, b.id);
    })
    .map((m) => m.personId);
}

/**
 * HL 27: a presenter or minute-taker who must withdraw (`reason`, see `Verdicts.reasonFor`) is
 * replaced for the item; nobody is named automatically. Attendees simply leave; an undecided
 * `needs_review` gets a note instead.
 */
export function participantSubstitution(personId: string, capacity: Capacity, reason: ReplacementReason | null): Substitution | null {
  if (reason === null) return null;
  if (capacity === 'presenter') return { forPersonId: personId, deputyPersonId: null, status: 'substitute_presenter_needed', reason };
  if (capacity === 'minute_taker') return { forPersonId: personId, deputyPersonId: null, status: 'substitute_minute_taker_needed', reason };
  return null;
}

function unique(list: readonly string[]): string[] {
  return [...new Set(list)];
}
