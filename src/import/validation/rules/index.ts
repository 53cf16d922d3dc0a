import { agendaItemsRule } from './agenda-items.rule';
import { businessIdsRule } from './business-ids.rule';
import { contactDetailsRule } from './contact-details.rule';
import type { DatasetRule } from './dataset-rule';
import { datesRule } from './dates.rule';
import { duplicateIdsRule } from './duplicate-ids.rule';
import { eventsRule } from './events.rule';
import { interestsRule } from './interests.rule';
import { itemRecordsRule } from './item-records.rule';
import { membershipsRule } from './memberships.rule';
import { organizationLinksRule } from './organization-links.rule';
import { organizationParentsRule } from './organization-parents.rule';
import { periodsRule } from './periods.rule';
import { personalIdentityCodesRule } from './personal-identity-codes.rule';
import { relationshipsRule } from './relationships.rule';
import { storableTextRule } from './storable-text.rule';

export type { DatasetRule } from './dataset-rule';

/** Every semantic rule, run after the JSON Schema in this order (it only breaks ties). */
export const DATASET_RULES: readonly DatasetRule[] = [
  datesRule,
  periodsRule,
  duplicateIdsRule,
  organizationParentsRule,
  organizationLinksRule,
  businessIdsRule,
  personalIdentityCodesRule,
  contactDetailsRule,
  membershipsRule,
  relationshipsRule,
  interestsRule,
  eventsRule,
  agendaItemsRule,
  itemRecordsRule,
  storableTextRule,
];
