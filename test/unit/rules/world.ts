/**
 * A tiny deterministic world for rule tests: the organisations of the worked scenarios plus a
 * few more, and helpers to add people, seats, relatives and interests. D is 10 March 2026.
 */
import type {
  AgendaItemFact,
  DecisionFact,
  Facts,
  SelfRecusalFact,
  InterestFact,
  MeetingFact,
  MembershipFact,
  MembershipRole,
  OrganizationFact,
  PersonFact,
  RelatedEntityFact,
  RelationshipFact,
  RelationshipKind,
} from '../../../src/rules';
import { evaluate } from '../../../src/rules';
import type { Finding, ItemReport } from '../../../src/rules';

export const D = '2026-03-10';
export const TERM = '2025-06-01';

export const BASE_ORGS: OrganizationFact[] = [
  { id: 'k', name: 'Kaupunki K', nameSv: 'Staden K', classification: 'municipality' },
  { id: 'h', name: 'Hyvinvointialue H', nameSv: 'Välfärdsområde H', classification: 'wellbeing_county' },
  { id: 'k-kv', name: 'Kaupunginvaltuusto', classification: 'council', parentId: 'k', seats: 43 },
  { id: 'k-kh', name: 'Kaupunginhallitus', nameSv: 'Stadsstyrelsen', classification: 'board', parentId: 'k', seats: 11 },
  { id: 'k-tl', name: 'Tekninen lautakunta', classification: 'committee', parentId: 'k', seats: 9 },
  { id: 'k-jaosto', name: 'Lupajaosto', classification: 'division', parentId: 'k-tl', seats: 5 },
  { id: 'k-tarkl', name: 'Tarkastuslautakunta', classification: 'audit_committee', parentId: 'k', seats: 7 },
  { id: 'k-muu', name: 'Vaalilautakunta', classification: 'other_body', parentId: 'k', seats: 5 },
  { id: 'h-av', name: 'Aluevaltuusto', nameSv: 'Regionfullmäktige', classification: 'council', parentId: 'h', seats: 59 },
  { id: 'h-ah', name: 'Aluehallitus', nameSv: 'Regionstyrelsen', classification: 'board', parentId: 'h', seats: 13 },
  { id: 'ktilat', name: 'K-Tilat Oy', classification: 'company', owners: [{ organizationId: 'k', share: 1 }] },
  { id: 'kvesi', name: 'K-Vesi liikelaitos', classification: 'municipal_enterprise', parentId: 'k' },
  { id: 'kvesi-jk', name: 'K-Veden johtokunta', classification: 'board', parentId: 'kvesi', seats: 7 },
  { id: 'kky', name: 'Koulutuskuntayhtymä KY', classification: 'joint_municipal_authority', memberIds: ['k'] },
  { id: 'kky-hallitus', name: 'Yhtymähallitus', classification: 'board', parentId: 'kky', seats: 9 },
  { id: 'kky-valtuusto', name: 'Yhtymävaltuusto', classification: 'council', parentId: 'kky', seats: 30 },
  { id: 'hyky', name: 'Hyvinvointiyhtymä', classification: 'wellbeing_joint_authority', memberIds: ['h'] },
  { id: 'hyky-valtuusto', name: 'Yhtymävaltuusto H', classification: 'council', parentId: 'hyky', seats: 20 },
  { id: 'hliike', name: 'H-Liikelaitos', classification: 'county_enterprise', parentId: 'h' },
  { id: 'hkiint', name: 'H-Kiinteistöt Oy', classification: 'company', owners: [{ organizationId: 'h', share: 1 }] },
  { id: 'rakennus', name: 'Rakennus Oy', classification: 'company' },
  { id: 'rak-hn', name: 'Rakennus Oy:n hallintoneuvosto', classification: 'supervisory_board', parentId: 'rakennus', seats: 5 },
  { id: 'rak-hall', name: 'Rakennus Oy:n hallitus', classification: 'board', parentId: 'rakennus', seats: 5 },
  { id: 'seura', name: 'Urheiluseura ry', classification: 'association' },
  { id: 'saatio', name: 'Säätiö sr', classification: 'foundation' },
  { id: 'virasto', name: 'Valtion virasto', classification: 'state_agency' },
];

export class World {
  readonly orgs: OrganizationFact[] = [...BASE_ORGS];
  readonly persons: PersonFact[] = [];
  readonly memberships: MembershipFact[] = [];
  readonly relationships: RelationshipFact[] = [];
  readonly interests: InterestFact[] = [];
  /** The body's decisions and the officials' announcements (legal-grounds §6). */
  readonly decisions: DecisionFact[] = [];
  readonly selfRecusals: SelfRecusalFact[] = [];
  private n = 0;

  person(...ids: string[]): this {
    for (const id of ids) {
      if (!this.persons.some((p) => p.id === id)) this.persons.push({ id, name: id.charAt(0).toUpperCase() + id.slice(1) });
    }
    return this;
  }

  named(id: string, name: string): this {
    this.persons.push({ id, name });
    return this;
  }

  /** Adds a membership and returns its id. */
  seat(personId: string, organizationId: string, role: MembershipRole = 'member', extra: Partial<MembershipFact> = {}): string {
    this.person(personId);
    const id = extra.id ?? `ms-${++this.n}`;
    this.memberships.push({ id, personId, organizationId, role, startDate: TERM, ...extra });
    return id;
  }

  rel(personId: string, relativeId: string, kind: RelationshipKind, extra: Partial<RelationshipFact> = {}): string {
    this.person(personId, relativeId);
    const id = extra.id ?? `rel-${++this.n}`;
    this.relationships.push({ id, personId, relativeId, kind, ...extra });
    return id;
  }

  interest(personId: string, organizationId: string | null, extra: Partial<InterestFact> = {}): string {
    this.person(personId);
    const id = extra.id ?? `int-${++this.n}`;
    this.interests.push({ id, personId, organizationId, kind: 'shareholding', ...extra });
    return id;
  }

  facts(meeting: Partial<MeetingFact> & { organizationId: string }, items: Partial<AgendaItemFact>[]): Facts {
    return {
      meeting: {
        id: 'm-1',
        startDate: `${D}T14:00:00+02:00`,
        status: 'planned',
        expectedAbsent: [],
        participants: [],
        ...meeting,
        agenda: items.map((it, i) => ({
          id: `i-${i + 1}`,
          order: i + 1,
          title: 'Asia',
          relatedEntities: [],
          preparedBy: [],
          concerns: [],
          ...it,
        })),
      },
      organizations: this.orgs,
      persons: this.persons,
      memberships: this.memberships,
      relationships: this.relationships,
      interests: this.interests,
      decisions: this.decisions,
      selfRecusals: this.selfRecusals,
    };
  }

  /** Evaluates one item in `bodyId` and returns its report. */
  check(bodyId: string, item: Partial<AgendaItemFact>, meeting: Partial<MeetingFact> = {}, date?: string): ItemReport {
    const report = evaluate(this.facts({ organizationId: bodyId, ...meeting }, [item]), date);
    return report.items[0];
  }
}

export const org = (entityId: string, role: RelatedEntityFact['role'] = 'party', note?: string): RelatedEntityFact => ({
  entityType: 'organization',
  entityId,
  role,
  ...(note ? { note } : {}),
});
export const who = (entityId: string, role: RelatedEntityFact['role'] = 'party'): RelatedEntityFact => ({
  entityType: 'person',
  entityId,
  role,
});

/** City sells to the county: both parties. */
export const SALE = { relatedEntities: [org('k', 'party', 'seller'), org('h', 'party', 'buyer')] };
/** A contract with Rakennus Oy. */
export const CONTRACT = { relatedEntities: [org('rakennus', 'party', 'bidder'), org('k', 'party', 'client')] };

export function findingOf(item: ItemReport, personId: string, capacity?: string): Finding | undefined {
  return item.findings.find((f) => f.personId === personId && (!capacity || f.capacity === capacity));
}

/** Compact view for table assertions: outcome, lean and grounds, or null. */
export function summary(f: Finding | undefined): string | null {
  if (!f) return null;
  return [f.outcome, f.lean, f.grounds.join('+')].filter(Boolean).join(' ');
}
