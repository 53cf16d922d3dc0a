/** Every rule of ruleset fi-2026.2, in ground-table order. */
import { hl28_1_1 } from './hl28-1-1.rule';
import { hl28_1_2 } from './hl28-1-2.rule';
import { hl28_1_3 } from './hl28-1-3.rule';
import { hl28_1_4 } from './hl28-1-4.rule';
import { hl28_1_5 } from './hl28-1-5.rule';
import { hl28_1_6 } from './hl28-1-6.rule';
import { hl28_1_7 } from './hl28-1-7.rule';
import { hval102_1 } from './hval102-1.rule';
import { hval102_3 } from './hval102-3.rule';
import { kl97_1 } from './kl97-1.rule';
import { kl97_3 } from './kl97-3.rule';
import type { Rule } from './rule';

export type { Rule, RuleScope } from './rule';
export { inScope } from './rule';

export const RULES: readonly Rule[] = [
  hl28_1_1,
  hl28_1_2,
  hl28_1_3,
  hl28_1_4,
  hl28_1_5,
  hl28_1_6,
  hl28_1_7,
  kl97_1,
  hval102_1,
  kl97_3,
  hval102_3,
];
