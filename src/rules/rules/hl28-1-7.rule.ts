import { auditCommittee, distantRelativeBoard, endedOrFuture, manualConcerns } from './general-clause';
import type { Rule } from './rule';

/**
 * HL 28.1 § 7 (yleislauseke): other reasons that endanger impartiality. In a council only the
 * manual concern applies to members and deputies; elsewhere all triggers of legal-grounds §4.
 */
export const hl28_1_7: Rule = {
  code: 'HL28_1_7',
  scope: 'any',
  evaluate(ctx) {
    if (ctx.councilRules) return manualConcerns(ctx);
    return [...distantRelativeBoard(ctx), ...endedOrFuture(ctx), ...auditCommittee(ctx), ...manualConcerns(ctx)];
  },
};
