import type { Interest } from '../import/validation/dataset.types';
import { addDays } from './dates';
import type { People } from './people';
import type { PrivateEntities } from './private-entities';
import type { Prng } from './prng';
import type { PublicEntity } from './world';

const PROPERTY = ['vapaa-ajan asunnon', 'metsätilan', 'maatilan', 'rivitaloasunnon', 'liikehuoneiston', 'rakentamattoman tontin'];
const OTHER_ROLES = ['Jäsen', 'Rahastonhoitaja', 'Sihteeri', 'Kunniajäsen'];

/**
 * Declared interests (sidonnaisuusilmoitus, KL 84 §): shareholdings in local companies, real
 * estate, and other ties such as association memberships. A few shareholdings are recorded as
 * material by the body (KHO:2009:89).
 */
export class Interests {
  readonly records: Interest[] = [];
  readonly byPerson = new Map<number, Interest[]>();

  constructor(
    private readonly rng: Prng,
    private readonly people: People,
    private readonly privates: PrivateEntities,
  ) {}

  declare(home: PublicEntity, person: number): void {
    const r = this.rng.next();
    const count = r < 0.15 ? 0 : r < 0.4 ? 1 : r < 0.7 ? 2 : r < 0.9 ? 3 : 4;
    const companies = home.localOrgs.filter((id) => this.privates.byId.get(id)?.record.classification === 'company');
    const associations = home.localOrgs.filter((id) => this.privates.byId.get(id)?.record.classification === 'association');
    for (let i = 0; i < count; i++) {
      const k = this.rng.next();
      const declared = addDays('2025-06-15', this.rng.int(0, 200));
      const start = `${this.rng.int(1995, 2025)}-${String(this.rng.int(1, 5)).padStart(2, '0')}-01`;
      const base = { person_id: this.people.id(person), declared_on: declared, start_date: start };
      if (k < 0.45 && companies.length > 0) {
        const company = this.privates.byId.get(this.rng.pick(companies));
        if (!company) continue;
        const shares = this.rng.int(1, 60) * 10;
        const percent = (this.rng.int(1, 90) / 10).toFixed(1).replace('.', ',');
        this.add(person, {
          ...base,
          organization_id: company.record.id,
          kind: 'shareholding',
          description: `Omistaa ${shares} osaketta (noin ${percent} %) yhtiöstä ${company.record.name}.`,
          material: this.rng.chance(0.05),
        });
      } else if (k < 0.75 || associations.length === 0) {
        this.add(person, { ...base, kind: 'real_estate', description: `Omistaa ${this.rng.pick(PROPERTY)} ${home.genitive} alueella.` });
      } else {
        const association = this.privates.byId.get(this.rng.pick(associations));
        if (!association) continue;
        const ended = this.rng.chance(0.06) ? addDays('2025-07-01', this.rng.int(0, 400)) : undefined;
        this.add(person, {
          ...base,
          organization_id: association.record.id,
          kind: 'other',
          description: `${this.rng.pick(OTHER_ROLES)}, ${association.record.name}`,
          ...(ended && ended >= start ? { end_date: ended } : {}),
        });
      }
    }
  }

  private add(person: number, interest: Omit<Interest, 'id'>): void {
    const record: Interest = { id: `int-${String(this.records.length + 1).padStart(6, '0')}`, ...interest };
    this.records.push(record);
    const list = this.byPerson.get(person) ?? [];
    list.push(record);
    this.byPerson.set(person, list);
  }
}
