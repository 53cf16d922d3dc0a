import type { Organization, OtherName } from '../import/validation/dataset.types';
import type { BusinessIds } from './business-ids';
import { ASSOCIATIONS, FINNISH_FAMILY_NAMES, FOUNDATIONS, INDUSTRIES, OWNED_COMPANIES, PLACE_PREFIXES } from './names';
import type { Prng } from './prng';
import { PRIVATE_ENTITIES_PER_RESIDENT } from './scales';
import type { PrivateEntity, PublicEntity, Region } from './world';

/**
 * Companies, associations and foundations, each based in a municipality, with a business ID
 * and about two other names (Swedish name, abbreviation, former or auxiliary name), plus the
 * companies that municipalities and counties own.
 */
export class PrivateEntities {
  readonly all: PrivateEntity[] = [];
  readonly byId = new Map<string, PrivateEntity>();
  private counters = { co: 0, ry: 0, sr: 0 };

  constructor(
    private readonly rng: Prng,
    private readonly businessIds: BusinessIds,
  ) {}

  buildRegion(region: Region): void {
    for (const m of region.municipalities) {
      const count = Math.max(6, Math.round(m.population * PRIVATE_ENTITIES_PER_RESIDENT));
      for (let i = 0; i < count; i++) {
        const r = this.rng.next();
        if (r < 0.68) this.company(m);
        else if (r < 0.98) this.association(m);
        else this.foundation(m);
      }
      const owned = this.rng.sample(OWNED_COMPANIES, m.population < 10_000 ? 1 : m.population < 50_000 ? 3 : OWNED_COMPANIES.length);
      for (const [fi, sv] of owned) {
        const entity = this.add(
          m,
          'co',
          'company',
          `${m.genitive} ${fi} Oy`,
          [{ name: `${m.svName.split(' ')[0]} ${sv} Ab`, lang: 'sv' }],
          [{ organization_id: m.id, share: 1 }],
        );
        m.ownedCompanies.push(entity.record.id);
      }
    }
    // Companies several municipalities own together, and one the county owns with the cities.
    const owners = region.municipalities.slice(0, Math.min(5, region.municipalities.length));
    const waste = this.add(
      region.municipalities[0],
      'co',
      'company',
      `${region.genitive} Jätehuolto Oy`,
      [{ name: `${region.svName.replace(/s$/, '')} Avfallshantering Ab`, lang: 'sv' }],
      this.shares(owners.map((o) => o.id)),
    );
    for (const o of owners) o.ownedCompanies.push(waste.record.id);
    const meals = this.add(
      region.municipalities[0],
      'co',
      'company',
      `${region.genitive} Ateriapalvelut Oy`,
      [{ name: `${region.svName.replace(/s$/, '')} Måltidstjänster Ab`, lang: 'sv' }],
      this.shares([region.county.id, region.municipalities[0].id]),
    );
    region.county.ownedCompanies.push(meals.record.id);
    region.municipalities[0].ownedCompanies.push(meals.record.id);
  }

  private shares(ids: string[]): { organization_id: string; share: number }[] {
    const base = Math.floor(1000 / ids.length) / 1000;
    return ids.map((id, i) => ({ organization_id: id, share: i === 0 ? Number((1 - base * (ids.length - 1)).toFixed(3)) : base }));
  }

  private company(home: PublicEntity): void {
    const [industry, svIndustry, trade] = this.rng.pick(INDUSTRIES);
    const byFamily = this.rng.chance(0.5);
    const base = byFamily ? this.rng.pick(FINNISH_FAMILY_NAMES) : `${home.genitive}`;
    const name = `${base} ${industry} Oy`;
    const others: OtherName[] = [];
    if (home.bilingual || this.rng.chance(0.5))
      others.push({ name: `${byFamily ? base : home.svName.split(' ')[0]} ${svIndustry} Ab`, lang: 'sv' });
    if (this.rng.chance(0.35)) others.push({ name: initials(`${base} ${industry}`), note: 'lyhenne' });
    if (this.rng.chance(0.45)) others.push({ name: `${base} ${industry} Ky`, note: 'entinen nimi' });
    if (this.rng.chance(0.45)) {
      const [prefix] = this.rng.pick(PLACE_PREFIXES);
      others.push({ name: `${prefix.replace(/n$/, '')} ${trade}`, note: 'aputoiminimi' });
    }
    if (others.length === 0) others.push({ name: `${base} ${industry}`, note: 'markkinointinimi' });
    this.add(home, 'co', 'company', name, others);
  }

  private association(home: PublicEntity): void {
    const [kind, svKind] = this.rng.pick(ASSOCIATIONS);
    const village = this.rng.chance(0.5) ? `${this.rng.pick(PLACE_PREFIXES)[0].replace(/n$/, '')}kylän` : home.genitive;
    const others: OtherName[] = [];
    if (home.bilingual || this.rng.chance(0.5)) others.push({ name: `${home.svName.split(' ')[0]} ${svKind} rf`, lang: 'sv' });
    others.push({ name: initials(`${village} ${kind}`), note: 'lyhenne' });
    if (this.rng.chance(0.3)) others.push({ name: `${village} ${kind.toLowerCase()}`, note: 'epävirallinen nimi' });
    this.add(home, 'ry', 'association', `${village} ${kind} ry`, others);
  }

  private foundation(home: PublicEntity): void {
    const [kind, svKind] = this.rng.pick(FOUNDATIONS);
    this.add(home, 'sr', 'foundation', `${home.genitive} ${kind} sr`, [
      { name: `${svKind} i ${home.svName.split(' ')[0]} sr`, lang: 'sv' },
      { name: initials(`${home.genitive} ${kind}`), note: 'lyhenne' },
    ]);
  }

  private add(
    home: PublicEntity,
    prefix: keyof PrivateEntities['counters'],
    classification: Organization['classification'],
    name: string,
    otherNames: OtherName[],
    owners?: { organization_id: string; share: number }[],
  ): PrivateEntity {
    this.counters[prefix] += 1;
    const record: Organization = {
      id: `${prefix}-${String(this.counters[prefix]).padStart(5, '0')}`,
      name,
      classification,
      other_names: otherNames,
      identifiers: [{ scheme: 'fi:ytunnus', identifier: this.businessIds.issue() }],
      ...(owners ? { owners } : {}),
    };
    const entity = { record, home };
    this.all.push(entity);
    this.byId.set(record.id, entity);
    home.localOrgs.push(record.id);
    return entity;
  }
}

function initials(text: string): string {
  return text
    .split(/[\s-]+/)
    .filter((w) => w.length > 0)
    .map((w) => w[0].toUpperCase())
    .join('');
}
