/**
 * After the meeting (legal-grounds §8): compare the minutes with what the rules say, each item
 * as of its meeting's date. Missed recusals make a decision voidable (KL 135.2); so do those in
 * the board that prepared a council decision (KHO:2018:24); recusing without grounds is an
 * error too (KHO:2020:80).
 */
import { type Assessment, assess } from './assess';
import { type ItemContext, itemContext } from './context';
import { bodyOf, meetingDateOf, sortedAgenda } from './evaluate';
import { FactIndex } from './fact-index';
import type { AgendaItemFact, Facts } from './facts';
import { RULESET } from './grounds';
import type { Capacity } from './hit';
import { seatedMembers } from './members';
import { cmp } from './order';
import { itemPresenters } from './participants';
import type { AuditItem, AuditReport } from './report';

/** Audits a held meeting; `upstream` holds the facts of the meetings its items were prepared in. */
export function audit(facts: Facts, upstream: readonly Facts[] = []): AuditReport {
  const date = meetingDateOf(facts);
  const index = new FactIndex(facts, date);
  const body = bodyOf(index, facts);
  const items = sortedAgenda(facts).map((item): AuditItem => {
    const ctx = itemContext(index, body, item);
    const { missed, unfounded } = compare(ctx, facts);
    return {
      itemId: item.id,
      missedRecusals: missed,
      unfoundedRecusals: unfounded.map((personId) => ({ personId })),
      upstreamDefects: item.preparedIn ? upstreamDefects(item.preparedIn, upstream) : [],
    };
  });
  return { format: 'jaavi-audit/1', ruleset: RULESET, meetingId: facts.meeting.id, date, items };
}

function compare(ctx: ItemContext, facts: Facts) {
  const record = ctx.item.record;
  const participants = [...new Set(record?.participants ?? [])].sort(cmp);
  const recused = new Set((record?.recusals ?? []).map((r) => r.personId));
  const cache = new Map<string, Assessment | null>();
  const assessOnce = (personId: string) => {
    if (!cache.has(personId)) cache.set(personId, assess(ctx, personId, capacityOf(ctx, facts, personId)));
    return cache.get(personId) ?? null;
  };
  const missed = participants
    .filter((p) => !recused.has(p))
    .map((p) => ({ p, a: assessOnce(p) }))
    .filter(({ a }) => a?.outcome === 'disqualified')
    .map(({ p, a }) => ({ personId: p, grounds: a?.grounds ?? [] }));
  const unfounded = [...recused].sort(cmp).filter((p) => assessOnce(p) === null);
  return { missed, unfounded };
}

/** Each recorded participant in their capacity: member, deputy, the item's presenter or minute-taker, else attendee. */
export function capacityOf(ctx: ItemContext, facts: Facts, personId: string): Capacity {
  const { index } = ctx;
  const seat = seatedMembers(index, ctx.body.id).find((s) => s.personId === personId);
  if (seat) return seat.capacity;
  const substitute = (ctx.item.record?.substitutes ?? []).some((s) => s.personId === personId);
  const deputy = index.membershipsIn(ctx.body.id).some((m) => m.personId === personId && m.role === 'deputy' && index.countsOn(m));
  if (substitute || deputy) return 'deputy';
  if (itemPresenters(facts.meeting, ctx.item).includes(personId)) return 'presenter';
  if (facts.meeting.participants.some((p) => p.personId === personId && p.role === 'minute_taker')) return 'minute_taker';
  return 'attendee';
}

/** One level up (KHO:2018:24): missed recusals in the preparing item, as of its own meeting. */
function upstreamDefects(itemId: string, upstream: readonly Facts[]): AuditItem['upstreamDefects'] {
  const facts = [...upstream].sort((a, b) => cmp(a.meeting.id, b.meeting.id))
    .find((f) => f.meeting.agenda.some((i) => i.id === itemId));
  if (!facts) return [];
  const index = new FactIndex(facts, meetingDateOf(facts));
  const item = facts.meeting.agenda.find((i) => i.id === itemId) as AgendaItemFact;
  const { missed } = compare(itemContext(index, bodyOf(index, facts), item), facts);
  return missed.map((m) => ({ itemId, personId: m.personId }));
}
