/**
 * The triggers of the general clause HL 28.1 § 7 that legal-grounds §4 lists, one function each.
 */
import { type PersonContext, subjects } from '../context';
import { disqualifies, type Hit, review } from '../hit';
import { type Position, positionsIn } from '../positions';
import { isOwnEmployer, ownUnit } from './exceptions';

const CODE = 'HL28_1_7';
/** Recently ended positions lean disqualified for this many days, then not (up to a year). */
export const RECENT_DAYS = 90;
export const COOLING_OFF_DAYS = 365;

/** A circle-2 or circle-3 relative holds a board-type position in a concerned entity. */
export function distantRelativeBoard(ctx: PersonContext): Hit[] {
  const hits: Hit[] = [];
  for (const s of subjects(ctx, 2, 3)) {
    for (const concerned of ctx.item.concernedOrgs) {
      for (const position of positionsIn(ctx.index, s.personId, concerned.entityId, ctx.item.ownOrg)) {
        if (position.kind !== 'board' || !ctx.index.countsOn(position.membership)) continue;
        hits.push(review(CODE, 'not_disqualified', { type: 'position', subject: s.subject, position, concerned }));
      }
    }
  }
  return hits;
}

/**
 * The person's own board-type position or employment in a concerned entity that ended 1–365
 * days before D, or is recorded to start after D; only ones that would be a ground in force.
 */
export function endedOrFuture(ctx: PersonContext): Hit[] {
  const hits: Hit[] = [];
  const { index, item } = ctx;
  for (const concerned of item.concernedOrgs) {
    const positions = positionsIn(index, ctx.personId, concerned.entityId, item.ownOrg).filter((p) =>
      wouldBeGround(ctx, p, concerned.entityId),
    );
    const current = new Set(positions.filter((p) => index.countsOn(p.membership)).map((p) => p.kind));
    for (const position of positions) {
      if (current.has(position.kind)) continue; // the in-force position already gives the ground
      const { status, daysAgo = 0 } = position.period;
      const reason = { type: 'position', subject: { kind: 'self' }, position, concerned } as const;
      if (status === 'future') hits.push(review(CODE, 'not_disqualified', reason));
      if (status === 'ended' && daysAgo >= 1 && daysAgo <= COOLING_OFF_DAYS) {
        hits.push(review(CODE, daysAgo <= RECENT_DAYS ? 'disqualified' : 'not_disqualified', reason));
      }
    }
  }
  return hits;
}

/** Exceptions applied: own employer for employment (KL 97.3), own unit for board seats (KL 97.4). */
function wouldBeGround(ctx: PersonContext, p: Position, entityId: string): boolean {
  if (p.kind === 'employment') return !isOwnEmployer(ctx.item, p.membership.organizationId);
  return p.kind === 'board' && ownUnit(ctx.item, entityId) !== 'exempt';
}

const MEMBER_CAPACITIES = new Set(['chair', 'vice_chair', 'member', 'deputy']);

/**
 * Audit committee (municipal practice, since KL 97.4 disapplies HL 28.1 § 6): a member may not
 * evaluate a body they sit in, nor an entity other than the own organisation where they hold a
 * board-type position or are employed.
 */
export function auditCommittee(ctx: PersonContext): Hit[] {
  const { index, item } = ctx;
  if (item.body.classification !== 'audit_committee' || !MEMBER_CAPACITIES.has(ctx.capacity)) return [];
  const hits: Hit[] = [];
  for (const target of item.evaluatedOrgs) {
    for (const m of index.membershipsOf(ctx.personId)) {
      if (!index.countsOn(m)) continue;
      const seat = index.isBody(target.entityId) && m.organizationId === target.entityId;
      const position =
        !index.isBody(target.entityId) &&
        target.entityId !== item.ownOrg &&
        positionsIn(index, ctx.personId, target.entityId, null).some(
          (p) => p.membership === m && (p.kind === 'board' || p.kind === 'employment'),
        );
      if (seat || position) {
        hits.push(disqualifies(CODE, { type: 'audit_target', membership: m, period: index.period(m), target }));
      }
    }
  }
  return hits;
}

/** A manual `concerns` flag on the item for this person. */
export function manualConcerns(ctx: PersonContext): Hit[] {
  return [...ctx.item.item.concerns]
    .filter((c) => c.personId === ctx.personId)
    .sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0))
    .map((c) => review(CODE, 'disqualified', { type: 'concern', text: c.text, itemId: ctx.item.item.id }));
}
