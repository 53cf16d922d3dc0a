/**
 * Read-only lookups over the facts for one evaluation date. Every list is sorted by id first so
 * that no answer depends on the order the facts arrived in.
 */
import type { Classification, Facts, InterestFact, IsoDate, MembershipFact, OrganizationFact } from './facts';
import { counts, holdsOver, inRange, type Period, periodOf } from './period';
import { type ChainStep, findRelatives, type Relative, relationshipGraph } from './relatives';
import type { TextLang } from './grounds';
import { sortBy } from './order';

export const BODY_KINDS: ReadonlySet<Classification> = new Set<Classification>([
  'council',
  'board',
  'committee',
  'division',
  'audit_committee',
  'supervisory_board',
  'other_body',
]);

/** legal-grounds §3: public entities. */
export const PUBLIC_KINDS: ReadonlySet<Classification> = new Set<Classification>([
  'municipality',
  'wellbeing_county',
  'joint_municipal_authority',
  'wellbeing_joint_authority',
  'municipal_enterprise',
  'county_enterprise',
  'state_agency',
]);

const PRIVATE_KINDS: ReadonlySet<Classification> = new Set<Classification>(['company', 'association', 'foundation', 'other']);

export const ENTERPRISE_KINDS: ReadonlySet<Classification> = new Set<Classification>(['municipal_enterprise', 'county_enterprise']);

export const JOINT_KINDS: ReadonlySet<Classification> = new Set<Classification>(['joint_municipal_authority', 'wellbeing_joint_authority']);

/** Wellbeing-county family (HVAL) as opposed to the municipal one (KL). */
const COUNTY_KINDS: ReadonlySet<Classification> = new Set<Classification>([
  'wellbeing_county',
  'wellbeing_joint_authority',
  'county_enterprise',
]);

export type LawFamily = 'KL' | 'HVAL';

export class FactIndex {
  private readonly orgs: ReadonlyMap<string, OrganizationFact>;
  private readonly names: ReadonlyMap<string, string>;
  private readonly byPerson = new Map<string, MembershipFact[]>();
  private readonly byOrg = new Map<string, MembershipFact[]>();
  private readonly interests = new Map<string, InterestFact[]>();
  private readonly periods = new Map<MembershipFact, Period>();
  private readonly relatives = new Map<string, Relative[]>();
  private readonly graph: ReadonlyMap<string, readonly ChainStep[]>;

  constructor(
    readonly facts: Facts,
    readonly date: IsoDate,
  ) {
    this.orgs = new Map(facts.organizations.map((o) => [o.id, o]));
    this.names = new Map(facts.persons.map((p) => [p.id, p.name]));
    for (const m of sortBy(facts.memberships, (x) => x.id)) {
      push(this.byPerson, m.personId, m);
      push(this.byOrg, m.organizationId, m);
    }
    for (const i of sortBy(facts.interests, (x) => x.id)) push(this.interests, i.personId, i);
    this.graph = relationshipGraph(facts.relationships, date);
  }

  org(id: string): OrganizationFact | undefined {
    return this.orgs.get(id);
  }

  /** The organisation's name in the reader's language: Swedish where the registry has one. */
  orgName(id: string, lang: TextLang = 'fi'): string {
    const o = this.orgs.get(id);
    if (!o) return id;
    return lang === 'sv' && o.nameSv ? o.nameSv : o.name;
  }

  personName(id: string): string {
    return this.names.get(id) ?? id;
  }

  isBody(id: string): boolean {
    const o = this.orgs.get(id);
    return !!o && BODY_KINDS.has(o.classification);
  }

  /** The legal entity an organisation belongs to: itself, or the entity above its bodies. */
  entityOf(id: string): string {
    let current = id;
    for (let guard = 0; guard < 16 && this.isBody(current); guard++) {
      const parent = this.orgs.get(current)?.parentId;
      if (!parent) break;
      current = parent;
    }
    return current;
  }

  /** legal-grounds §3: the body's entity; for a body of an enterprise, its municipality or county. */
  ownOrgOf(bodyId: string): string | null {
    const entity = this.entityOf(bodyId);
    const o = this.orgs.get(entity);
    if (!o) return null;
    if (ENTERPRISE_KINDS.has(o.classification) && o.parentId) return o.parentId;
    return entity;
  }

  /** The own organisation and its enterprises, which are legally part of it (KL 97.3). */
  familyOf(ownOrg: string | null): ReadonlySet<string> {
    if (!ownOrg) return new Set();
    const family = new Set([ownOrg]);
    for (const o of this.facts.organizations) {
      if (ENTERPRISE_KINDS.has(o.classification) && o.parentId === ownOrg) family.add(o.id);
    }
    return family;
  }

  lawFamily(entityId: string | null | undefined): LawFamily {
    const o = entityId ? this.orgs.get(entityId) : undefined;
    return o && COUNTY_KINDS.has(o.classification) ? 'HVAL' : 'KL';
  }

  isPublicEntity(id: string): boolean {
    const o = this.orgs.get(this.entityOf(id));
    return !!o && PUBLIC_KINDS.has(o.classification);
  }

  /** A company, association, foundation or other entity with no public owner recorded. */
  isPrivateEntity(id: string): boolean {
    const o = this.orgs.get(this.entityOf(id));
    if (!o || !PRIVATE_KINDS.has(o.classification)) return false;
    return !(o.owners ?? []).some((w) => this.isPublicEntity(w.organizationId));
  }

  membershipsOf(personId: string): readonly MembershipFact[] {
    return this.byPerson.get(personId) ?? [];
  }

  membershipsIn(orgId: string): readonly MembershipFact[] {
    return this.byOrg.get(orgId) ?? [];
  }

  /** Where the membership stands on D, with the KL 79 holdover for seats in public bodies. */
  period(m: MembershipFact): Period {
    let p = this.periods.get(m);
    if (!p) {
      const publicSeat = this.isBody(m.organizationId) && this.isPublicEntity(m.organizationId);
      const holdover = holdsOver(m, this.date, this.membershipsIn(m.organizationId), publicSeat);
      p = periodOf(m, this.date, holdover);
      this.periods.set(m, p);
    }
    return p;
  }

  countsOn(m: MembershipFact): boolean {
    return counts(this.period(m));
  }

  /** Declared interests in force on D. */
  interestsOf(personId: string): readonly InterestFact[] {
    return (this.interests.get(personId) ?? []).filter((i) => inRange(i.startDate, i.endDate, this.date));
  }

  relativesOf(personId: string): readonly Relative[] {
    let list = this.relatives.get(personId);
    if (!list) {
      list = findRelatives(personId, this.graph);
      this.relatives.set(personId, list);
    }
    return list;
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
