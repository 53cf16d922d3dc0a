import type { RelatedEntity } from '../import/validation/dataset.types';
import type { ItemDraft, Planted, Registry, Scene } from './agenda-context';
import { JOBS, PREMISES, PROCUREMENTS, ROUTINE, euros, fillIn } from './agenda-texts';
import { Conflicts } from './conflicts';
import { addDays, finnishDate } from './dates';
import type { PublicEntity } from './world';

type Template = (scene: Scene) => ItemDraft | undefined;

const org = (id: string, role: RelatedEntity['role'], note?: string): RelatedEntity => ({
  entity_type: 'organization',
  entity_id: id,
  role,
  ...(note ? { note } : {}),
});
const person = (id: string, role: RelatedEntity['role'], note?: string): RelatedEntity => ({
  entity_type: 'person',
  entity_id: id,
  role,
  ...(note ? { note } : {}),
});

/**
 * Drafts the substantive items of a meeting from templates that fit the body: procurements,
 * grants, land sales, agreements between the city and the county, owned companies, vacancies,
 * permits, evaluations, individual matters; each names its parties as related entities.
 */
export class AgendaWriter {
  private readonly conflicts: Conflicts;

  constructor(private readonly registry: Registry) {
    this.conflicts = new Conflicts(registry);
  }

  substantive(scene: Scene): ItemDraft {
    const templates = this.templatesFor(scene);
    for (let attempt = 0; attempt < 3; attempt++) {
      const draft = this.registry.rng.weighted(templates, ([, w]) => w)[0](scene);
      if (draft) return draft;
    }
    return this.routine(scene);
  }

  private templatesFor(scene: Scene): (readonly [Template, number])[] {
    const { body } = scene;
    switch (body.kind) {
      case 'board':
        return [
          [(s) => this.procurement(s), 22],
          [(s) => this.grant(s), 8],
          [(s) => this.landSale(s), 10],
          [(s) => this.publicDeal(s), 14],
          [(s) => this.ownedCompany(s), 12],
          [(s) => this.vacancy(s), 8],
          [(s) => this.routine(s), 18],
          [(s) => this.regionalFee(s), 4],
          [(s) => this.ownEmployeePrepared(s), 2],
        ];
      case 'committee':
        return [
          [(s) => this.procurement(s), 30],
          [(s) => this.grant(s), 18],
          [(s) => this.permit(s), body.topic === 'lupa' || body.topic === 'ympäristö' ? 40 : 12],
          [(s) => this.vacancy(s), 8],
          [(s) => this.routine(s), 20],
          [(s) => this.publicDeal(s), 4],
          [(s) => this.ownEmployeePrepared(s), 2],
        ];
      case 'audit':
        return [
          [(s) => this.evaluation(s), 60],
          [(s) => this.routine(s), 40],
        ];
      case 'division':
        if (body.topic === 'konserni')
          return [
            [(s) => this.ownedCompany(s), 60],
            [(s) => this.routine(s), 40],
          ];
        if (body.topic === 'yksilö')
          return [
            [(s) => this.individualMatter(s), 85],
            [(s) => this.routine(s), 15],
          ];
        return [
          [(s) => this.personnelMatter(s), 50],
          [(s) => this.routine(s), 50],
        ];
      case 'enterprise_board':
        return [
          [(s) => this.procurement(s), 45],
          [(s) => this.routine(s), 55],
        ];
      case 'council':
        return [
          [(s) => this.resignation(s), 12],
          [(s) => this.election(s), 15],
          [(s) => this.routine(s), 60],
          [(s) => this.publicDeal(s), 13],
        ];
      default:
        return [[(s) => this.routine(s), 1]];
    }
  }

  private get rng() {
    return this.registry.rng;
  }

  private home(scene: Scene): PublicEntity {
    const entity = scene.body.entity;
    if (entity.kind === 'municipality') return entity;
    if (entity.kind === 'municipal_enterprise' && entity.parentId) return this.registry.publicById.get(entity.parentId) ?? entity;
    return this.rng.weighted(entity.region.municipalities, (m) => m.population);
  }

  private localOrg(scene: Scene, classifications: readonly string[], planted: Planted[]): string | undefined {
    const tied = this.conflicts.organization(scene, classifications, planted);
    if (tied) return tied;
    const local = this.home(scene).localOrgs.filter((id) =>
      classifications.includes(this.registry.privates.byId.get(id)?.record.classification ?? ''),
    );
    return local.length > 0 ? this.rng.pick(local) : undefined;
  }

  private orgName(id: string): string {
    return this.registry.privates.byId.get(id)?.record.name ?? this.registry.publicById.get(id)?.name ?? id;
  }

  private decision(scene: Scene, text: string): string {
    return `\n\nEhdotus: ${scene.body.name} ${text}`;
  }

  private procurement(scene: Scene): ItemDraft | undefined {
    const things = PROCUREMENTS[scene.body.topic] ?? PROCUREMENTS.hallinto;
    const thing = this.rng.pick(things);
    const planted: Planted[] = [];
    const winner = this.localOrg(scene, ['company'], planted);
    if (!winner) return undefined;
    const others = this.rng
      .sample(this.home(scene).localOrgs, 3)
      .filter((id) => id !== winner && this.registry.privates.byId.get(id)?.record.classification === 'company')
      .slice(0, 2);
    const amount = this.rng.int(3, 400) * 5_000;
    const deadline = finnishDate(addDays(scene.date, -this.rng.int(14, 40)));
    const own = scene.body.entity;
    return {
      title: `${thing}: hankintapäätös`,
      description:
        `${own.name} kilpailutti hankinnan (${thing.toLowerCase()}) avoimella menettelyllä. Määräaikaan ${deadline} mennessä saatiin ${others.length + 1 + this.rng.int(0, 3)} tarjousta. ` +
        `Kokonaistaloudellisesti edullisimman tarjouksen teki ${this.orgName(winner)} (${euros(amount)} euroa, alv 0 %).` +
        this.decision(
          scene,
          `valitsee toimittajaksi yhtiön ${this.orgName(winner)} ja valtuuttaa viranhaltijan allekirjoittamaan sopimuksen, kun päätös on lainvoimainen.`,
        ),
      related: [
        org(own.id, 'party', 'hankintayksikkö'),
        org(winner, 'party', 'valittu toimittaja'),
        ...others.map((id) => org(id, 'affected', 'tarjoaja')),
      ],
      planted,
      forCouncil: scene.body.kind === 'board' && amount > 1_500_000,
    };
  }

  private grant(scene: Scene): ItemDraft | undefined {
    const planted: Planted[] = [];
    const applicant = this.localOrg(scene, ['association', 'foundation'], planted);
    if (!applicant) return undefined;
    const asked = this.rng.int(2, 80) * 500;
    const granted = Math.min(asked, this.rng.int(1, 60) * 500);
    return {
      title: `Avustushakemus: ${this.orgName(applicant)}`,
      description:
        `${this.orgName(applicant)} hakee ${euros(asked)} euron toiminta-avustusta vuodelle ${scene.date.slice(0, 4)}. Avustusta on käytettävissä talousarviossa, ja hakemus täyttää avustusperiaatteet.` +
        this.decision(scene, `myöntää yhdistykselle ${euros(granted)} euroa avustusta.`),
      related: [org(applicant, 'party', 'hakija')],
      planted,
    };
  }

  private landSale(scene: Scene): ItemDraft | undefined {
    const planted: Planted[] = [];
    const own = scene.body.entity;
    if (own.kind !== 'municipality') return undefined;
    const relative = this.conflicts.relative(scene, planted);
    const buyerIsPerson = relative !== undefined || this.rng.chance(0.5);
    const buyer = buyerIsPerson ? (relative ?? this.rng.pick(own.residents)) : undefined;
    const company = buyerIsPerson ? undefined : this.localOrg(scene, ['company'], planted);
    if (buyer === undefined && company === undefined) return undefined;
    const buyerName = buyer !== undefined ? this.registry.people.name(buyer) : this.orgName(company as string);
    const area = this.rng.int(6, 400) * 10;
    const price = area * this.rng.int(8, 60);
    return {
      title: `Tontin myynti, ${own.genitive} kortteli ${this.rng.int(100, 999)}`,
      description:
        `${buyerName} on tehnyt ostotarjouksen ${euros(area)} neliömetrin tontista. Kauppahinta on ${euros(price)} euroa, mikä vastaa alueen hinnoitteluperiaatteita.` +
        this.decision(scene, `hyväksyy kaupan ja valtuuttaa maankäyttöpäällikön allekirjoittamaan kauppakirjan.`),
      related: [
        org(own.id, 'party', 'myyjä'),
        buyer !== undefined ? person(this.registry.people.id(buyer), 'party', 'ostaja') : org(company as string, 'party', 'ostaja'),
      ],
      planted,
      forCouncil: scene.body.kind === 'board' && price > 200_000,
    };
  }

  /** An agreement between a municipality and its county: no exception for dual roles (planted by Meetings). */
  private publicDeal(scene: Scene): ItemDraft | undefined {
    const own = scene.body.entity;
    const region = own.region;
    const other = own.kind === 'county' ? this.rng.weighted(region.municipalities, (m) => m.population) : region.county;
    if (own.kind !== 'county' && own.kind !== 'municipality') return undefined;
    const municipality = own.kind === 'municipality' ? own : other;
    const premise = this.rng.pick(PREMISES);
    const rent = this.rng.int(20, 900) * 1_000;
    const years = this.rng.int(2, 10);
    return {
      title: `Vuokrasopimus: ${municipality.genitive} ${premise}`,
      description:
        `Sopimus koskee kohdetta ${municipality.genitive} ${premise}; vuokranantaja on ${municipality.name} ja vuokralainen ${region.county.name}. ` +
        `Sopimusta esitetään jatkettavaksi ${years} vuodella; vuosivuokra on ${euros(rent)} euroa ja sisältää ylläpidon.` +
        this.decision(scene, `hyväksyy vuokrasopimuksen.`),
      related: [
        org(own.id, 'party', own.kind === 'county' ? 'vuokralainen' : 'vuokranantaja'),
        org(other.id, 'party', own.kind === 'county' ? 'vuokranantaja' : 'vuokralainen'),
      ],
      planted: [],
      forCouncil: scene.body.kind === 'board' && years >= 5,
    };
  }

  private ownedCompany(scene: Scene): ItemDraft | undefined {
    const own = scene.body.entity;
    if (own.ownedCompanies.length === 0) return undefined;
    const company = this.rng.pick(own.ownedCompanies);
    const planted: Planted[] = [];
    for (const seat of scene.members) {
      const onBoard = (this.registry.positions.byPerson.get(seat.person) ?? []).some(
        (p) =>
          p.membership.organization_id === company &&
          p.membership.role !== 'employee' &&
          p.membership.start_date <= scene.date &&
          (p.membership.end_date ?? '9999') >= scene.date,
      );
      if (onBoard) planted.push({ person: seat.person, ground: 'HL28_1_5' });
    }
    const [what, text] = this.rng.pick([
      [
        'Pääomalainan myöntäminen',
        `Yhtiö on pyytänyt ${euros(this.rng.int(2, 60) * 50_000)} euron pääomalainaa investointien rahoittamiseen.`,
      ],
      ['Omistajaohjauksen tavoitteet', 'Yhtiölle asetetaan omistajan tavoitteet seuraavalle kolmivuotiskaudelle.'],
      [
        'Yhtiökokousedustajan nimeäminen',
        'Yhtiön varsinainen yhtiökokous pidetään toukokuussa. Omistajan edustaja nimetään ja hänelle annetaan toimintaohjeet.',
      ],
      ['Takauksen myöntäminen', `Yhtiö hakee omavelkaista takausta ${euros(this.rng.int(5, 80) * 100_000)} euron lainalle.`],
    ] as const);
    return {
      title: `${this.orgName(company)}: ${what.toLowerCase()}`,
      description: text + this.decision(scene, 'päättää asiasta esityksen mukaisesti.'),
      related: [org(company, 'party', 'tytäryhtiö'), org(own.id, 'party', 'omistaja')],
      planted,
      forCouncil: scene.body.kind === 'board' && what !== 'Yhtiökokousedustajan nimeäminen',
    };
  }

  private regionalFee(scene: Scene): ItemDraft | undefined {
    const authority = scene.body.entity.region.regionalCouncil;
    if (!authority || scene.body.entity.kind !== 'municipality') return undefined;
    return {
      title: `${authority.name}: jäsenkunnan maksuosuus vuodelle ${Number(scene.date.slice(0, 4)) + 1}`,
      description:
        `${authority.name} on pyytänyt lausuntoa talousarvioluonnoksestaan. Kunnan maksuosuus olisi ${euros(this.rng.int(20, 900) * 1_000)} euroa.` +
        this.decision(scene, 'antaa lausunnon liitteen mukaisesti.'),
      related: [org(authority.id, 'party'), org(scene.body.entity.id, 'affected', 'jäsenkunta')],
      planted: [],
    };
  }

  private vacancy(scene: Scene): ItemDraft {
    const planted: Planted[] = [];
    const relative = this.conflicts.relative(scene, planted);
    const home = this.home(scene);
    const applicants = [...(relative !== undefined ? [relative] : []), ...this.rng.sample(home.residents, this.rng.int(2, 4))];
    const unique = [...new Set(applicants)];
    const chosen = unique[0];
    const job = this.rng.pick(JOBS);
    return {
      title: `${job.replace(/virka$/, 'viran')} täyttäminen`,
      description:
        `${job} oli julkisesti haettavana. Määräaikaan mennessä hakemuksen jätti ${unique.length + this.rng.int(0, 12)} hakijaa, joista haastateltiin ${unique.length}. ` +
        `Haastattelujen ja soveltuvuusarvioinnin perusteella parhaiten tehtävään soveltuu ${this.registry.people.name(chosen)}.` +
        this.decision(scene, `valitsee virkaan ${this.registry.people.name(chosen)}.`),
      related: unique.map((p, i) => person(this.registry.people.id(p), 'party', i === 0 ? 'valittu' : 'hakija')),
      planted,
    };
  }

  private permit(scene: Scene): ItemDraft | undefined {
    const planted: Planted[] = [];
    const relative = this.conflicts.relative(scene, planted);
    const home = this.home(scene);
    const applicant = relative ?? this.rng.pick(home.residents);
    const neighbours = this.rng.sample(home.residents, this.rng.int(0, 2)).filter((p) => p !== applicant);
    const [kind, what] = this.rng.pick([
      ['Poikkeamislupa', 'omakotitalon rakentamiseen ranta-alueelle'],
      ['Maisematyölupa', 'puiden kaatamiseen asemakaava-alueella'],
      ['Ympäristölupa', 'eläinsuojan laajentamiseen'],
      ['Rakennuslupa', 'liikerakennuksen laajennukseen'],
    ] as const);
    return {
      title: `${kind}hakemus, ${this.registry.people.name(applicant)}`,
      description:
        `Hakija hakee lupaa ${what} (${home.genitive} tila ${this.rng.int(1, 99)}:${this.rng.int(1, 300)}). ` +
        `Naapureita on kuultu, ja ${neighbours.length > 0 ? `${neighbours.length} naapuria on jättänyt muistutuksen` : 'muistutuksia ei jätetty'}.` +
        this.decision(scene, 'myöntää luvan liitteen mukaisin ehdoin.'),
      related: [
        person(this.registry.people.id(applicant), 'party', 'hakija'),
        ...neighbours.map((p) => person(this.registry.people.id(p), 'affected', 'naapuri')),
      ],
      planted,
    };
  }

  /** The audit committee evaluates a body, an enterprise or an owned company (KL 121 §). */
  private evaluation(scene: Scene): ItemDraft | undefined {
    const own = scene.body.entity;
    const targets = [...own.bodies.filter((b) => b.kind === 'board' || b.kind === 'committee').map((b) => b.id), ...own.ownedCompanies];
    if (targets.length === 0) return undefined;
    const target = this.rng.pick(targets);
    const body = own.bodies.find((b) => b.id === target);
    const name = body ? body.name : this.orgName(target);
    const planted: Planted[] = [];
    for (const seat of scene.members) {
      const inTarget = body
        ? body.terms[1].some((s) => s.person === seat.person && s.start <= scene.date && (s.end ?? '9999') >= scene.date)
        : (this.registry.positions.byPerson.get(seat.person) ?? []).some((p) => p.membership.organization_id === target);
      if (inTarget) planted.push({ person: seat.person, ground: 'HL28_1_7' });
    }
    return {
      title: `Arviointikertomus: ${name}`,
      description:
        `Tarkastuslautakunta arvioi, miten toiminnalle asetetut tavoitteet ovat toteutuneet. Arvioinnissa haastateltiin ${this.rng.int(2, 9)} henkilöä.` +
        this.decision(scene, 'hyväksyy arvion osaksi arviointikertomusta.'),
      related: [org(target, 'evaluated')],
      planted,
    };
  }

  private personnelMatter(scene: Scene): ItemDraft {
    const planted: Planted[] = [];
    const relative = this.conflicts.relative(scene, planted);
    const employee = relative ?? this.rng.pick(this.home(scene).residents);
    return {
      title: `Virkavapaushakemus, ${this.registry.people.name(employee)}`,
      description:
        `Hakija hakee palkatonta virkavapautta ${this.rng.int(2, 12)} kuukaudeksi. Sijaisjärjestelyt on selvitetty.` +
        this.decision(scene, 'myöntää virkavapauden.'),
      related: [person(this.registry.people.id(employee), 'party', 'hakija')],
      planted,
    };
  }

  private individualMatter(scene: Scene): ItemDraft {
    const planted: Planted[] = [];
    const relative = this.conflicts.relative(scene, planted);
    const client = relative ?? this.rng.pick(this.home(scene).residents);
    const [what, text] = this.rng.pick([
      ['Oikaisuvaatimus asiakasmaksusta', 'Asiakas vaatii oikaisua kotihoidon asiakasmaksuun, koska tulot on arvioitu liian suuriksi.'],
      [
        'Oikaisuvaatimus omaishoidon tuesta',
        'Hakija vaatii oikaisua päätökseen, jolla omaishoidon tuen hoitopalkkio määrättiin alimpaan maksuluokkaan.',
      ],
      ['Oikaisuvaatimus toimeentulotuesta', 'Hakija vaatii oikaisua ehkäisevää toimeentulotukea koskevaan kielteiseen päätökseen.'],
    ] as const);
    return {
      title: what,
      description: text + this.decision(scene, 'hylkää oikaisuvaatimuksen.'),
      related: [person(this.registry.people.id(client), 'party', 'asiakas')],
      planted,
    };
  }

  /** A councillor's resignation concerns that councillor personally (KL 97.1). */
  private resignation(scene: Scene): ItemDraft | undefined {
    if (scene.members.length === 0) return undefined;
    const seat = this.rng.pick(scene.members);
    const ground = scene.body.entity.kind === 'county' ? 'HVAL102_1' : 'KL97_1';
    return {
      title: `Eron myöntäminen luottamustoimesta, ${this.registry.people.name(seat.person)}`,
      description:
        `${this.registry.people.name(seat.person)} pyytää eroa luottamustoimestaan muuton vuoksi.` +
        this.decision(scene, 'myöntää eron ja valitsee tilalle uuden jäsenen.'),
      related: [person(this.registry.people.id(seat.person), 'party', 'eroa pyytävä')],
      planted: [{ person: seat.person, ground }],
    };
  }

  private election(scene: Scene): ItemDraft | undefined {
    const planted: Planted[] = [];
    const relative = this.conflicts.relative(scene, planted);
    const chosen = relative ?? this.rng.pick(this.home(scene).residents);
    const target = this.rng.pick(scene.body.entity.bodies.filter((b) => b.kind !== 'council'));
    return {
      title: `Jäsenen valinta: ${target.name}`,
      description:
        `${target.name} on jäsenen eron vuoksi vajaa. Valtuustoryhmät ovat neuvotelleet paikasta.` +
        this.decision(scene, `valitsee jäseneksi ${this.registry.people.name(chosen)}.`),
      related: [person(this.registry.people.id(chosen), 'party', 'valittava')],
      planted,
    };
  }

  /** A member employed by the own organisation prepared the item (KL 97.3 / HVAL 102.3). */
  private ownEmployeePrepared(scene: Scene): ItemDraft | undefined {
    const own = scene.body.entity;
    const employee = scene.members.find((seat) =>
      (this.registry.positions.byPerson.get(seat.person) ?? []).some(
        (p) => p.membership.organization_id === own.id && p.membership.role === 'employee',
      ),
    );
    if (!employee) return undefined;
    const draft = this.routine(scene);
    const ground = own.kind === 'county' ? 'HVAL102_3' : 'KL97_3';
    return { ...draft, planted: [{ person: employee.person, ground }], preparedBy: employee.person };
  }

  private routine(scene: Scene): ItemDraft {
    const [title, text] = this.rng.pick(ROUTINE);
    return {
      title,
      description: fillIn(text, { pct: this.rng.int(2, 12), n: this.rng.int(2, 9) }) + this.decision(scene, 'hyväksyy esityksen.'),
      related: [],
      planted: [],
    };
  }
}
