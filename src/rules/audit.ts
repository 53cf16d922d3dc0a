/**
 * After the meeting (legal-grounds §8): compare the minutes with what the rules say, each item
 * as of its meeting's date. Missed recusals make a decision voidable (KL 135.2); so do those at
 * any stage that prepared it (KHO:2018:24; a plan's every stage, KHO 17.8.2017 T 3890);
 * recusing without grounds is an error too (KHO:2020:80), and the minutes must state the ground
 * of a recusal (HL 29; OKV/1691/1/2015).
 */
import { type Assessment, assess } from './assess';
import { type ItemContext, itemContext } from './context';
import { bodyOf, meetingDateOf, sortedAgenda } from './evaluate';
import { explainFinding } from './explain';
import { FactIndex } from './fact-index';
import type { AgendaItemFact, Facts } from './facts';
import { RULESET } from './grounds';
import type { Capacity } from './hit';
import { seatedMembers } from './members';
import { cmp } from './order';
import { itemPresenters } from './participants';
import type { AuditItem, AuditReport, EvaluateOptions, Lang, MissedRecusal, UpstreamDefect } from './report';

/** At most this many `prepared_in` stages are followed up from an item (legal-grounds §8). */
export const MAX_UPSTREAM_STAGES = 20;

/**
 * Audits a held meeting; `upstream` holds the facts of the meetings its items were prepared in,
 * at every stage of the `prepared_in` chain.
 */
export function audit(facts: Facts, upstream: readonly Facts[] = [], options: EvaluateOptions = {}): AuditReport {
  const lang = options.lang ?? 'fi';
  const date = meetingDateOf(facts);
  const index = new FactIndex(facts, date);
  const body = bodyOf(index, facts);
  const chain = new UpstreamChain([facts, ...upstream], lang);
  const items = sortedAgenda(facts).map((item): AuditItem => {
    const ctx = itemContext(index, body, item);
    const { missed, unfounded } = compare(ctx, facts, lang);
    return {
      itemId: item.id,
      missedRecusals: missed,
      unfoundedRecusals: unfounded.map((personId) => ({ personId })),
      upstreamDefects: chain.defectsAbove(item),
      ungroundedRecusals: ungrounded(item).map((personId) => ({ personId })),
    };
  });
  return { format: 'jaavi-audit/1', ruleset: RULESET, meetingId: facts.meeting.id, date, items };
}

function compare(ctx: ItemContext, facts: Facts, lang: Lang) {
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
    .map((p) => assessOnce(p))
    .filter((a): a is Assessment => a?.outcome === 'disqualified')
    .map((a): MissedRecusal => {
      const f = explainFinding(ctx.index, a, lang);
      return {
        personId: a.personId,
        capacity: a.capacity,
        grounds: a.grounds,
        explanation: f.explanation,
        restrictedExplanation: f.restrictedExplanation,
        evidence: f.evidence,
      };
    });
  const unfounded = [...recused].sort(cmp).filter((p) => assessOnce(p) === null);
  return { missed, unfounded };
}

/** Recorded recusals whose `grounds` is empty or missing, one per person. */
function ungrounded(item: AgendaItemFact): string[] {
  const persons = (item.record?.recusals ?? []).filter((r) => (r.grounds ?? []).length === 0).map((r) => r.personId);
  return [...new Set(persons)].sort(cmp);
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

/**
 * The `prepared_in` chain above an item: each stage's missed recusals, as of that stage's own
 * meeting. A stage without minutes yields nothing, but the walk goes on past it; an item seen
 * twice ends the walk (import refuses cycles; this guards stored data), as does the stage limit.
 */
class UpstreamChain {
  private readonly byItem = new Map<string, { facts: Facts; item: AgendaItemFact }>();
  private readonly indexes = new Map<Facts, FactIndex>();
  private readonly stages = new Map<string, UpstreamDefect[]>();

  constructor(
    meetings: readonly Facts[],
    private readonly lang: Lang,
  ) {
    // Sorted so that an item found in two fact sets always resolves to the same one.
    for (const facts of [...meetings].sort((a, b) => cmp(a.meeting.id, b.meeting.id))) {
      for (const item of facts.meeting.agenda) if (!this.byItem.has(item.id)) this.byItem.set(item.id, { facts, item });
    }
  }

  defectsAbove(item: AgendaItemFact): UpstreamDefect[] {
    const out: UpstreamDefect[] = [];
    const seen = new Set([item.id]);
    let next = item.preparedIn ?? null;
    for (let stage = 1; next && stage <= MAX_UPSTREAM_STAGES && !seen.has(next); stage++) {
      seen.add(next);
      const found = this.byItem.get(next);
      if (!found) break;
      out.push(...this.stage(found.facts, found.item, stage));
      next = found.item.preparedIn ?? null;
    }
    return out;
  }

  private stage(facts: Facts, item: AgendaItemFact, stage: number): UpstreamDefect[] {
    let defects = this.stages.get(item.id);
    if (!defects) {
      let index = this.indexes.get(facts);
      if (!index) {
        index = new FactIndex(facts, meetingDateOf(facts));
        this.indexes.set(facts, index);
      }
      const { missed } = compare(itemContext(index, bodyOf(index, facts), item), facts, this.lang);
      defects = missed.map((m) => ({ ...m, itemId: item.id, meetingId: facts.meeting.id, date: meetingDateOf(facts), stage }));
      this.stages.set(item.id, defects);
    }
    // The stage number is relative to the audited item; a cached stage may sit at another depth.
    return defects.map((d) => ({ ...d, stage }));
  }
}
