import type { OtherName, Person } from '../import/validation/dataset.types';
import { FINNISH_FAMILY_NAMES, FINNISH_GIVEN_NAMES, SWEDISH_FAMILY_NAMES, SWEDISH_GIVEN_NAMES } from './names';
import type { Prng } from './prng';
import type { PersonRecord, PublicEntity } from './world';

/** Swedish speakers among the residents of a bilingual municipality. */
const SWEDISH_SHARE = 0.35;

/** Everyone in the data set, by index; ids are `p-000001`… in order of creation. */
export class People {
  readonly all: PersonRecord[] = [];

  constructor(private readonly rng: Prng) {}

  create(home: PublicEntity, politician: boolean): number {
    const sv = home.bilingual && this.rng.chance(SWEDISH_SHARE);
    const given = this.rng.pick(sv ? SWEDISH_GIVEN_NAMES : FINNISH_GIVEN_NAMES);
    const families = sv ? SWEDISH_FAMILY_NAMES : FINNISH_FAMILY_NAMES;
    const family = this.rng.pick(families);
    const formerFamily = this.rng.chance(0.06) ? this.rng.pick(families) : undefined;
    const index = this.all.length;
    this.all.push({
      id: `p-${String(index + 1).padStart(6, '0')}`,
      given,
      family,
      formerFamily: formerFamily === family ? undefined : formerFamily,
      home,
      politician,
    });
    home.residents.push(index);
    return index;
  }

  id(index: number): string {
    return this.all[index].id;
  }

  name(index: number): string {
    const p = this.all[index];
    return `${p.given} ${p.family}`;
  }

  record(index: number): Person {
    const p = this.all[index];
    const otherNames: OtherName[] = p.formerFamily ? [{ name: `${p.given} ${p.formerFamily}`, note: 'entinen sukunimi' }] : [];
    return {
      id: p.id,
      name: `${p.given} ${p.family}`,
      given_name: p.given,
      family_name: p.family,
      ...(otherNames.length > 0 ? { other_names: otherNames } : {}),
    };
  }
}
