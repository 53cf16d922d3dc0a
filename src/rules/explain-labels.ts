/** Words the explanations use, from the language's catalogue (`i18n/`). Relatives are named by kind only. */
import type { InterestKind, MembershipRole, RelatedEntityRole, RelationshipKind } from './facts';
import type { Capacity } from './hit';
import { catalogue } from './i18n';
import type { Lang } from './report';

export { capitalize } from './i18n';

export const kindLabel = (kind: RelationshipKind, lang: Lang): string => catalogue(lang).kinds[kind];
/** A role with its preposition where the language needs one ("a member of", "ledamot i"). */
export const roleLabel = (role: MembershipRole, lang: Lang): string => catalogue(lang).roles[role];
export const roleTitle = (role: MembershipRole, lang: Lang): string => catalogue(lang).roleTitles[role];
export const concernLabel = (role: RelatedEntityRole, lang: Lang): string => catalogue(lang).concerns[role];
export const interestLabel = (kind: InterestKind, lang: Lang): string => catalogue(lang).interests[kind];
export const capacityLabel = (capacity: Capacity, lang: Lang): string => catalogue(lang).capacities[capacity];
