import type { EntityRef, MatchReason, Mention } from './types';
import { CONFIDENCE } from './confidence';

/** A match found by the scan: a span, the entity (by index into the refs) and its confidence. */
export interface Candidate {
  start: number;
  end: number;
  ref: number;
  conf: number;
  reason: MatchReason;
}

/** Groups candidates by span, keeps the longest non-overlapping spans, reports ties as ambiguous. */
export function resolve(text: string, candidates: Candidate[], refs: readonly EntityRef[]): Mention[] {
  if (candidates.length === 0) return [];
  interface Group {
    readonly start: number;
    readonly end: number;
    readonly best: number;
    /** One candidate per entity, its best. */
    readonly members: Candidate[];
  }
  // Same span together; within it one entity's candidates together, best first.
  candidates.sort((a, b) => a.start - b.start || a.end - b.end || a.ref - b.ref || b.conf - a.conf);
  const groups: Group[] = [];
  for (let k = 0; k < candidates.length;) {
    const { start, end } = candidates[k];
    const members: Candidate[] = [];
    let best = -Infinity;
    for (; k < candidates.length && candidates[k].start === start && candidates[k].end === end; k++) {
      const c = candidates[k];
      if (members.length > 0 && members[members.length - 1].ref === c.ref) continue;
      members.push(c);
      if (c.conf > best) best = c.conf;
    }
    groups.push({ start, end, best, members });
  }
  groups.sort((a, b) => b.end - b.start - (a.end - a.start) || b.best - a.best || a.start - b.start);
  const taken = new Uint8Array(text.length);
  const mentions: Mention[] = [];
  for (const g of groups) {
    let free = true;
    for (let k = g.start; k < g.end && free; k++) if (taken[k] !== 0) free = false;
    if (!free) continue;
    taken.fill(1, g.start, g.end);
    const chosen = g.members
      .filter((c) => c.conf >= g.best - CONFIDENCE.ambiguityBand)
      .sort((a, b) => b.conf - a.conf || (refs[a.ref].entityId < refs[b.ref].entityId ? -1 : 1));
    const top = chosen[0];
    const ambiguous = chosen.length > 1;
    mentions.push({
      start: g.start,
      end: g.end,
      surface: text.slice(g.start, g.end),
      entityType: refs[top.ref].entityType,
      entityId: ambiguous ? null : refs[top.ref].entityId,
      candidates: chosen.map((c) => ({ entityType: refs[c.ref].entityType, entityId: refs[c.ref].entityId })),
      ambiguous,
      confidence: Math.round(Math.min(1, Math.max(0, top.conf)) * 100) / 100,
      reason: top.reason,
    });
  }
  return mentions.sort((a, b) => a.start - b.start);
}
