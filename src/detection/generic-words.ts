/**
 * Common nouns that also appear as (parts of) organisation names. A registry name made only of
 * these (`Kaupunginhallitus`, `Aluehallitus`, `Kaupunki`, `Oy`) is never indexed on its own; with
 * a company form (`Rakennus Oy`) it is indexed but only matches together with a form.
 */
import { FORM_WORDS } from './company-forms';
import { obliqueStems, textStems } from './inflection';
import { normalizeKey } from './normalize';

const WORDS = `
kaupunki kunta kuntayhtymä yhtymä hyvinvointialue alue maakunta seutukunta valtio
kaupunginhallitus kaupunginvaltuusto kunnanhallitus kunnanvaltuusto aluehallitus aluevaltuusto
maakuntahallitus maakuntavaltuusto yhtymähallitus yhtymävaltuusto hallitus valtuusto lautakunta
jaosto johtokunta toimikunta toimielin konsernijaosto tarkastuslautakunta kaupunginjohtaja
säätiö yhdistys yhtiö konserni liikelaitos osuuskunta osuuskauppa liitto seura rahasto
virasto ministeriö keskus palvelu palvelut rakennus rakennukset kiinteistö kiinteistöt talo
asunto asunnot tila tilat koulu päiväkoti sairaala terveyskeskus seurakunta kirkko
energia sähkö vesi vesihuolto jäte satama pysäköinti kehitys hyvinvointi sote kunnat
stad staden kommun kommunen välfärdsområde välfärdsområdet samkommun landskap staten
styrelse fullmäktige nämnd sektion stadsstyrelse stadsfullmäktige kommunstyrelse kommunfullmäktige
regionstyrelse regionfullmäktige områdesstyrelse områdesfullmäktige direktion
stiftelse förening bolag bolaget koncern affärsverk fastighet fastigheter bostäder byggnad
skola sjukhus församling ministeriet verket
city municipality county region company board council group services foundation association
`;

const GENERIC: ReadonlySet<string> = new Set([...WORDS.split(/\s+/).filter(Boolean).map(normalizeKey), ...FORM_WORDS]);
const GENERIC_STEMS: ReadonlySet<string> = new Set([...GENERIC].flatMap(obliqueStems));

/** A common word, as it is or inflected (`kaupungin`, `hyvinvointialueelle`, `staden`). */
export function isGenericKey(key: string): boolean {
  if (GENERIC.has(key)) return true;
  return textStems(key).stems.some((s) => GENERIC_STEMS.has(s));
}
