/**
 * Notes: things worth knowing that are not findings (legal-grounds §§ 1, 4, 6): a seat that is
 * not board-type, a councillor's public ties, a cousin, a participant to review, the vice-chair
 * chairing, the HL 30 § urgency exception. Written from the language's catalogue.
 */
import type { Assessment } from './assess';
import type { ItemContext } from './context';
import { capacityLabel, kindLabel } from './explain-labels';
import { concernText, positionText } from './explain';
import type { Capacity } from './hit';
import { capitalize, catalogue, citation, fill, law } from './i18n';
import { positionsIn } from './positions';
import type { Lang, Note } from './report';
import { privateParties } from './rules/council-personal';

const PARTICIPANT: ReadonlySet<Capacity> = new Set<Capacity>(['presenter', 'minute_taker', 'attendee']);
const COUNCIL_SEATS: ReadonlySet<Capacity> = new Set<Capacity>(['chair', 'vice_chair', 'member', 'deputy']);

export function personNotes(item: ItemContext, personId: string, capacity: Capacity, a: Assessment | null, lang: Lang): Note[] {
  const { index } = item;
  const t = catalogue(lang).notes;
  const name = index.personName(personId);
  const texts: string[] = [];
  const councillor = item.council && COUNCIL_SEATS.has(capacity);
  const privatePartyIds = new Set(councillor ? privateParties(item).map((p) => p.entityId) : []);
  for (const concerned of item.concernedOrgs) {
    for (const p of positionsIn(index, personId, concerned.entityId, item.ownOrg)) {
      if (!index.countsOn(p.membership)) continue;
      const fact = `${name} ${positionText(index, p.membership, p.period, lang)}; ${concernText(index, concerned, lang)}`;
      if (p.kind === 'seat') {
        texts.push(fill(t.seatNotBoard, { fact, law: citation({ statute: 'HL', section: 28, subsection: 1, paragraph: 5 }, lang) }));
      } else if (councillor && !index.isPrivateEntity(concerned.entityId)) {
        const councilLaw = item.councilLaw === 'HVAL' ? law('HVAL', 102, lang, 1) : law('KL', 97, lang, 1);
        texts.push(fill(t.councilPersonalOnly, { fact, law: councilLaw }));
      } else if (councillor && !privatePartyIds.has(concerned.entityId)) {
        // KHO:2021:163: a seat in a private entity the matter only affects is not personal.
        const councilLaw = item.councilLaw === 'HVAL' ? law('HVAL', 102, lang, 1) : law('KL', 97, lang, 1);
        texts.push(fill(t.councilNotParty, { fact, law: councilLaw }));
      }
    }
  }
  for (const r of index.relativesOf(personId)) {
    if (r.circle !== null) continue;
    const kind = kindLabel(r.kind, lang);
    const who = fill(t.relativeOfPerson, { name, kind });
    const tie = item.persons.find((e) => e.entityId === r.personId && e.role !== 'evaluated');
    const board = item.concernedOrgs.find((c) =>
      positionsIn(index, r.personId, c.entityId, item.ownOrg).some((p) => p.kind === 'board' && index.countsOn(p.membership)),
    );
    const what = tie ? concernText(index, tie, lang) : board ? fill(t.boardPositionIn, { org: index.orgName(board.entityId, lang) }) : null;
    if (!what) continue;
    texts.push(capitalize(fill(t.notARelative, { who, what, kind, law: law('HL', 28, lang, 2) })));
  }
  if (a?.outcome === 'needs_review' && PARTICIPANT.has(capacity)) {
    texts.push(fill(t.participantReview, { name, role: capacityLabel(capacity, lang) }));
  }
  return texts.map((text) => ({ personId, text }));
}

/**
 * HL 27 § / KL 103 §: when the chair is disqualified (or, `announced`, has withdrawn by their own
 * announcement), the vice-chair chairs the item.
 */
export function chairNote(item: ItemContext, chairId: string, viceChairId: string | null, lang: Lang, announced = false): Note {
  const { index } = item;
  const t = catalogue(lang).notes;
  const chair = index.personName(chairId);
  if (viceChairId)
    return {
      personId: chairId,
      text: fill(announced ? t.chairViceAnnounced : t.chairVice, { chair, vice: index.personName(viceChairId) }),
    };
  return { personId: chairId, text: fill(announced ? t.chairNoViceAnnounced : t.chairNoVice, { chair }) };
}

/** HL 30 §: never applied automatically; the finding stays. */
export function urgentNote(lang: Lang): Note {
  return { text: fill(catalogue(lang).notes.urgent, { law: law('HL', 30, lang) }) };
}
