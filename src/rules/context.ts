/**
 * The situation a rule looks at: one agenda item of one meeting, and one person in one capacity.
 */
import { type FactIndex, type LawFamily } from './fact-index';
import type { AgendaItemFact, OrganizationFact, RelatedEntityFact, RelatedEntityRole } from './facts';
import type { Capacity, Subject } from './hit';
import type { Relative } from './relatives';
import { cmp } from './order';

export interface ItemContext {
  readonly index: FactIndex;
  readonly item: AgendaItemFact;
  readonly body: OrganizationFact;
  readonly council: boolean;
  /** legal-grounds §3: the entity the body belongs to (the municipality or county). */
  readonly ownOrg: string | null;
  /** The own organisation and its enterprises. */
  readonly ownFamily: ReadonlySet<string>;
  /** KL 97 or HVAL 102 for the own-organisation rules. */
  readonly law: LawFamily;
  /** KL 97.1 or HVAL 102.1, chosen by the council's entity. */
  readonly councilLaw: LawFamily;
  /** Organisations with role party, affected or representative; one entry each, strongest role. */
  readonly concernedOrgs: readonly RelatedEntityFact[];
  /** Person related entities (party, affected, representative, evaluated). */
  readonly persons: readonly RelatedEntityFact[];
  /** Organisations an audit committee item evaluates. */
  readonly evaluatedOrgs: readonly RelatedEntityFact[];
  readonly partyOrgIds: ReadonlySet<string>;
}

export interface PersonContext {
  readonly index: FactIndex;
  readonly item: ItemContext;
  readonly personId: string;
  readonly capacity: Capacity;
  /** A council member or deputy: only KL 97.1 / HVAL 102.1 and manual concerns apply. */
  readonly councilRules: boolean;
  readonly relatives: readonly Relative[];
}

const ROLE_STRENGTH: Readonly<Record<RelatedEntityRole, number>> = {
  party: 0,
  affected: 1,
  representative: 2,
  evaluated: 3,
};

export function itemContext(index: FactIndex, body: OrganizationFact, item: AgendaItemFact): ItemContext {
  const related = [...item.relatedEntities].sort(
    (a, b) => cmp(a.entityId, b.entityId) || ROLE_STRENGTH[a.role] - ROLE_STRENGTH[b.role] || cmp(a.note ?? '', b.note ?? ''),
  );
  const concerned = new Map<string, RelatedEntityFact>();
  for (const e of related) {
    if (e.entityType !== 'organization' || e.role === 'evaluated' || concerned.has(e.entityId)) continue;
    concerned.set(e.entityId, e);
  }
  const ownOrg = index.ownOrgOf(body.id);
  const councilEntity = index.entityOf(body.id);
  return {
    index,
    item,
    body,
    council: body.classification === 'council',
    ownOrg,
    ownFamily: index.familyOf(ownOrg),
    law: index.lawFamily(ownOrg),
    councilLaw: index.lawFamily(councilEntity),
    concernedOrgs: [...concerned.values()],
    persons: related.filter((e) => e.entityType === 'person'),
    evaluatedOrgs: related.filter((e) => e.entityType === 'organization' && e.role === 'evaluated'),
    partyOrgIds: new Set(related.filter((e) => e.entityType === 'organization' && e.role === 'party').map((e) => e.entityId)),
  };
}

const COUNCIL_CAPACITIES: ReadonlySet<Capacity> = new Set<Capacity>(['chair', 'vice_chair', 'member', 'deputy']);

export function personContext(item: ItemContext, personId: string, capacity: Capacity): PersonContext {
  return {
    index: item.index,
    item,
    personId,
    capacity,
    councilRules: item.council && COUNCIL_CAPACITIES.has(capacity),
    relatives: item.index.relativesOf(personId),
  };
}

/** The person and their relatives up to `maxCircle` (HL 28.2–3), self first. */
export function subjects(ctx: PersonContext, minCircle: number, maxCircle: number): { subject: Subject; personId: string }[] {
  const out: { subject: Subject; personId: string }[] = [];
  if (minCircle <= 0) out.push({ subject: { kind: 'self' }, personId: ctx.personId });
  for (const r of ctx.relatives) {
    if (r.circle !== null && r.circle >= Math.max(minCircle, 1) && r.circle <= maxCircle) {
      out.push({ subject: { kind: 'relative', relative: r }, personId: r.personId });
    }
  }
  return out;
}
