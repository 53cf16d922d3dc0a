import type { Rule } from './rule';

/**
 * HL 28.1 § 6 (valvontajäävi): KL 97.4 and HVAL 102 disapply it in municipal and county bodies,
 * so it never produces a hit; kept so the ground table and the rule list stay one-to-one.
 */
export const hl28_1_6: Rule = {
  code: 'HL28_1_6',
  alsoCites: 'KL 97.4 §',
  scope: 'general',
  evaluate: () => [],
};
