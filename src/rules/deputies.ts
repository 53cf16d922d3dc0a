/**
 * Who replaces a member who is disqualified or expected absent (legal-grounds §6): in boards,
 * committees and other bodies only the member's personal deputy (KL 31.3); in councils the next
 * deputy of the member's group in list order (KL 17, HVAL 25).
 */
import { type Assessment, assess } from './assess';
import type { ItemContext } from './context';
import type { MembershipFact } from './facts';
import { deputyMemberships, type Seat } from './members';
import { cmp, cmpName } from './order';
import type { Substitution } from './report';

export interface DeputyOutcome {
  readonly substitutions: readonly Substitution[];
  /** Findings of deputies considered as substitutes (capacity `deputy`). */
  readonly assessments: readonly Assessment[];
}

interface Pool {
  readonly item: ItemContext;
  readonly cache: Map<string, Assessment | null>;
}

function assessDeputy(pool: Pool, personId: string): Assessment | null {
  if (!pool.cache.has(personId)) pool.cache.set(personId, assess(pool.item, personId, 'deputy'));
  return pool.cache.get(personId) ?? null;
}

/**
 * Replaces `replaced` (sorted by person id). `unavailable` holds persons who cannot be summoned:
 * the expected absent and the body's sitting members.
 */
export function findDeputies(item: ItemContext, replaced: readonly Seat[], unavailable: ReadonlySet<string>): DeputyOutcome {
  const pool: Pool = { item, cache: new Map() };
  const deputies = deputyMemberships(item.index, item.body.id).filter((m) => !unavailable.has(m.personId));
  const summoned = new Set<string>();
  const substitutions: Substitution[] = [];
  for (const seat of replaced) {
    const candidates = item.council ? councilList(item, seat, deputies) : personalDeputies(seat, deputies);
    substitutions.push(choose(pool, seat.personId, candidates, summoned));
  }
  const assessments = [...pool.cache.values()].filter((a): a is Assessment => a !== null);
  return { substitutions, assessments };
}

function choose(pool: Pool, forPersonId: string, candidates: readonly string[], summoned: Set<string>): Substitution {
  let firstDisqualified: string | null = null;
  for (const personId of candidates) {
    if (summoned.has(personId)) continue;
    const a = assessDeputy(pool, personId);
    if (a?.outcome === 'disqualified') {
      firstDisqualified ??= personId;
      continue;
    }
    summoned.add(personId);
    return { forPersonId, deputyPersonId: personId, status: a ? 'summon_with_warning' : 'summon' };
  }
  // A council group with nobody left has no deputy; a personal deputy who is disqualified
  // leaves the seat empty (KL 31.3 allows no other deputy).
  if (firstDisqualified && !pool.item.council) return { forPersonId, deputyPersonId: firstDisqualified, status: 'deputy_disqualified' };
  return { forPersonId, deputyPersonId: null, status: 'no_deputy' };
}

/** KL 31.3: only the deputy named for one of the member's own memberships. */
function personalDeputies(seat: Seat, deputies: readonly MembershipFact[]): string[] {
  const own = new Set(seat.memberships.map((m) => m.id));
  return unique(sortDeputies(deputies.filter((d) => d.deputyFor && own.has(d.deputyFor)), () => ''));
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
 * HL 27: a disqualified presenter or minute-taker must be replaced for the item; nobody is
 * named automatically. Attendees simply leave; `needs_review` gets a note instead.
 */
export function participantSubstitution(a: Assessment): Substitution | null {
  if (a.outcome !== 'disqualified') return null;
  if (a.capacity === 'presenter') return { forPersonId: a.personId, deputyPersonId: null, status: 'substitute_presenter_needed' };
  if (a.capacity === 'minute_taker') return { forPersonId: a.personId, deputyPersonId: null, status: 'substitute_minute_taker_needed' };
  return null;
}

function unique(list: readonly string[]): string[] {
  return [...new Set(list)];
}
