/** Words the explanations use, Finnish and English. Relatives are named by kind only. */
import type { InterestKind, MembershipRole, RelatedEntityRole, RelationshipKind } from './facts';
import type { Capacity } from './hit';
import type { Lang } from './report';

type Labels<K extends string> = Readonly<Record<K, readonly [fi: string, en: string]>>;

export const KIND_LABELS: Labels<RelationshipKind> = {
  spouse: ['puoliso', 'spouse'],
  cohabiting_partner: ['avopuoliso', 'cohabiting partner'],
  child: ['lapsi', 'child'],
  grandchild: ['lapsenlapsi', 'grandchild'],
  sibling: ['sisarus', 'sibling'],
  parent: ['vanhempi', 'parent'],
  grandparent: ['isovanhempi', 'grandparent'],
  especially_close: ['erityisen läheinen henkilö', 'especially close person'],
  child_spouse: ['lapsen puoliso', "child's spouse"],
  grandchild_spouse: ['lapsenlapsen puoliso', "grandchild's spouse"],
  sibling_spouse: ['sisaruksen puoliso', "sibling's spouse"],
  parent_spouse: ['vanhemman puoliso', "parent's spouse"],
  grandparent_spouse: ['isovanhemman puoliso', "grandparent's spouse"],
  aunt_uncle: ['vanhemman sisarus', 'aunt or uncle'],
  aunt_uncle_spouse: ['vanhemman sisaruksen puoliso', "aunt's or uncle's spouse"],
  niece_nephew: ['sisaruksen lapsi', 'niece or nephew'],
  former_spouse: ['entinen puoliso', 'former spouse'],
  spouse_child: ['puolison lapsi', "spouse's child"],
  spouse_grandchild: ['puolison lapsenlapsi', "spouse's grandchild"],
  spouse_sibling: ['puolison sisarus', "spouse's sibling"],
  spouse_parent: ['puolison vanhempi', "spouse's parent"],
  spouse_grandparent: ['puolison isovanhempi', "spouse's grandparent"],
  spouse_child_spouse: ['puolison lapsen puoliso', "spouse's child's spouse"],
  spouse_grandchild_spouse: ['puolison lapsenlapsen puoliso', "spouse's grandchild's spouse"],
  spouse_sibling_spouse: ['puolison sisaruksen puoliso', "spouse's sibling's spouse"],
  spouse_parent_spouse: ['puolison vanhemman puoliso', "spouse's parent's spouse"],
  spouse_grandparent_spouse: ['puolison isovanhemman puoliso', "spouse's grandparent's spouse"],
  spouse_niece_nephew: ['puolison sisaruksen lapsi', "spouse's niece or nephew"],
  cousin: ['serkku', 'cousin'],
  other: ['muu henkilö', 'other person'],
};

/** Finnish: nominative title; English: title with its preposition ("a member of"). */
export const ROLE_LABELS: Labels<MembershipRole> = {
  chair: ['puheenjohtaja', 'chair of'],
  vice_chair: ['varapuheenjohtaja', 'vice-chair of'],
  member: ['jäsen', 'a member of'],
  deputy: ['varajäsen', 'a deputy member of'],
  board_chair: ['hallituksen puheenjohtaja', 'chair of the board of'],
  board_member: ['hallituksen jäsen', 'a board member of'],
  deputy_board_member: ['hallituksen varajäsen', 'a deputy board member of'],
  supervisory_board_member: ['hallintoneuvoston jäsen', 'a supervisory board member of'],
  ceo: ['toimitusjohtaja', 'CEO of'],
  deputy_ceo: ['varatoimitusjohtaja', 'deputy CEO of'],
  employee: ['työntekijä', 'employed by'],
  contractor: ['toimeksisaaja', 'a contractor of'],
};

export const CONCERN_LABELS: Labels<RelatedEntityRole> = {
  party: ['on asianosainen', 'is a party'],
  affected: ['on asiassa vaikutuksen kohteena', 'is affected by the matter'],
  representative: ['edustaa asianosaista', 'represents a party'],
  evaluated: ['on arvioinnin kohteena', 'is being evaluated'],
};

export const INTEREST_LABELS: Labels<InterestKind> = {
  shareholding: ['osakeomistus', 'shareholding'],
  real_estate: ['kiinteistö', 'real estate'],
  other: ['muu sidonnaisuus', 'other interest'],
};

export const CAPACITY_LABELS: Labels<Capacity> = {
  chair: ['puheenjohtaja', 'chair'],
  vice_chair: ['varapuheenjohtaja', 'vice-chair'],
  member: ['jäsen', 'member'],
  deputy: ['varajäsen', 'deputy'],
  presenter: ['esittelijä', 'presenter'],
  minute_taker: ['pöytäkirjanpitäjä', 'minute-taker'],
  attendee: ['läsnäolija', 'attendee'],
};

export function label<K extends string>(labels: Labels<K>, key: K, lang: Lang): string {
  return labels[key][lang === 'en' ? 1 : 0];
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
