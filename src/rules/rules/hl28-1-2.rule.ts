import { personEntityHits } from './person-entity';
import type { Rule } from './rule';

/** HL 28.1 § 2 (edustusjäävi): the official or a relative (circles 1–3) represents a party. */
export const hl28_1_2: Rule = {
  code: 'HL28_1_2',
  scope: 'general',
  evaluate: (ctx) => personEntityHits(ctx, ['representative'], 3, 'HL28_1_2'),
};
