import { personEntityHits } from './person-entity';
import type { Rule } from './rule';

/** HL 28.1 § 1 (asianosaisjäävi): the official or a relative (HL 28.2–3, circles 1–3) is a party. */
export const hl28_1_1: Rule = {
  code: 'HL28_1_1',
  scope: 'general',
  evaluate: (ctx) => personEntityHits(ctx, ['party'], 3, 'HL28_1_1'),
};
