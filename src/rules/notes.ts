/**
 * Notes: things worth knowing that are not findings (legal-grounds §§ 1, 4, 6): a seat that is
 * not board-type, a councillor's public ties, a cousin, a participant to review, the vice-chair
 * chairing, the HL 30 urgency exception.
 */
import type { Assessment } from './assess';
import type { ItemContext } from './context';
import { CAPACITY_LABELS, KIND_LABELS, capitalize, label } from './explain-labels';
import { concernText, positionText } from './explain';
import type { Capacity } from './hit';
import { positionsIn } from './positions';
import type { Lang, Note } from './report';
import { privateParties } from './rules/council-personal';

const PARTICIPANT: ReadonlySet<Capacity> = new Set<Capacity>(['presenter', 'minute_taker', 'attendee']);
const COUNCIL_SEATS: ReadonlySet<Capacity> = new Set<Capacity>(['chair', 'vice_chair', 'member', 'deputy']);

export function personNotes(item: ItemContext, personId: string, capacity: Capacity, a: Assessment | null, lang: Lang): Note[] {
  const { index } = item;
  const en = lang === 'en';
  const name = index.personName(personId);
  const texts: string[] = [];
  const councillor = item.council && COUNCIL_SEATS.has(capacity);
  const privatePartyIds = new Set(councillor ? privateParties(item).map((p) => p.entityId) : []);
  for (const concerned of item.concernedOrgs) {
    for (const p of positionsIn(index, personId, concerned.entityId, item.ownOrg)) {
      if (!index.countsOn(p.membership)) continue;
      const fact = `${name} ${positionText(index, p.membership, p.period, lang)}; ${concernText(index, concerned, lang)}`;
      if (p.kind === 'seat') {
        texts.push(en
          ? `${fact}. A council or committee seat is not a board position and does not disqualify (HL 28.1 § 5).`
          : `${fact}. Valtuusto- tai lautakuntapaikka ei ole hallituspaikka eikä tee esteelliseksi (HL 28.1 § 5).`);
      } else if (councillor && !index.isPrivateEntity(concerned.entityId)) {
        const law = item.councilLaw === 'HVAL' ? 'HVAL 102.1' : 'KL 97.1';
        texts.push(en
          ? `${fact}. In the council only a personal matter disqualifies (${law}).`
          : `${fact}. Valtuustossa esteellisyyden aiheuttaa vain henkilökohtainen asia (${law} §).`);
      } else if (councillor && !privatePartyIds.has(concerned.entityId)) {
        // KHO:2021:163: a seat in a private entity the matter only affects is not personal.
        const law = item.councilLaw === 'HVAL' ? 'HVAL 102.1' : 'KL 97.1';
        texts.push(en
          ? `${fact}. The entity is not a party: in the council a position in it does not make the matter personal (${law}; KHO:2021:163).`
          : `${fact}. Yhteisö ei ole asianosainen: valtuustossa siinä oleva asema ei tee asiasta henkilökohtaista (${law} §; KHO:2021:163).`);
      }
    }
  }
  for (const r of index.relativesOf(personId)) {
    if (r.circle !== null) continue;
    const kind = label(KIND_LABELS, r.kind, lang);
    const who = en ? `${name}'s ${kind}` : `henkilön ${name} ${kind}`;
    const tie = item.persons.find((e) => e.entityId === r.personId && e.role !== 'evaluated');
    const board = item.concernedOrgs.find((c) => positionsIn(index, r.personId, c.entityId, item.ownOrg)
      .some((p) => p.kind === 'board' && index.countsOn(p.membership)));
    const what = tie ? concernText(index, tie, lang) : board ? (en ? `holds a board position in ${index.orgName(board.entityId)}` : `on hallituspaikalla: ${index.orgName(board.entityId)}`) : null;
    if (!what) continue;
    texts.push(en
      ? `${capitalize(who)} ${what}; a ${kind} is not a relative under HL 28.2, so this is no ground.`
      : `${capitalize(who)} ${what}; ${kind} ei ole HL 28.2 §:n tarkoittama läheinen, joten tämä ei ole esteellisyysperuste.`);
  }
  if (a?.outcome === 'needs_review' && PARTICIPANT.has(capacity)) {
    const role = label(CAPACITY_LABELS, capacity, lang);
    texts.push(en
      ? `${name} (${role}) may be disqualified: decide before the item is handled.`
      : `${name} (${role}) voi olla esteellinen: ratkaise ennen asian käsittelyä.`);
  }
  return texts.map((text) => ({ personId, text }));
}

/**
 * HL 27 / KL 103: when the chair is disqualified (or, `announced`, has withdrawn by their own
 * announcement), the vice-chair chairs the item.
 */
export function chairNote(item: ItemContext, chairId: string, viceChairId: string | null, lang: Lang, announced = false): Note {
  const { index } = item;
  const chair = index.personName(chairId);
  const why = announced
    ? (lang === 'en' ? 'has announced a self-recusal' : 'on ilmoittanut jäävänsä itsensä')
    : (lang === 'en' ? 'is disqualified' : 'on esteellinen');
  if (viceChairId) {
    const vice = index.personName(viceChairId);
    return {
      personId: chairId,
      text: lang === 'en'
        ? `The chair ${chair} ${why}: the vice-chair ${vice} chairs this item.`
        : `Puheenjohtaja ${chair} ${why}: varapuheenjohtaja ${vice} johtaa puhetta tämän asian käsittelyssä.`,
    };
  }
  return {
    personId: chairId,
    text: lang === 'en'
      ? `The chair ${chair} ${why} and no vice-chair is available: the body elects a temporary chair for this item.`
      : `Puheenjohtaja ${chair} ${why} eikä varapuheenjohtajaa ole käytettävissä: toimielin valitsee asiaan tilapäisen puheenjohtajan.`,
  };
}

/** HL 30: never applied automatically; the finding stays. */
export function urgentNote(lang: Lang): Note {
  return {
    text: lang === 'en'
      ? 'The item is marked urgent: HL 30 lets a disqualified person take part if the matter cannot be postponed and the disqualification cannot affect the outcome. Not applied automatically.'
      : 'Asia on merkitty kiireelliseksi: HL 30 § sallii esteellisen osallistua, jos asiaa ei voi lykätä eikä esteellisyys voi vaikuttaa ratkaisuun. Poikkeusta ei sovelleta automaattisesti.',
  };
}
