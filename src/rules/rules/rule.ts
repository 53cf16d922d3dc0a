/**
 * The shape of a rule: a small declarative object citing its statute (house style). `scope`
 * says where it applies: `council` for council members and deputies (KL 97.1, HVAL 102.1),
 * `general` for every other body and for non-member participants anywhere, `any` for both.
 */
import type { PersonContext } from '../context';
import type { GroundCode } from '../grounds';
import type { Hit } from '../hit';

export type RuleScope = 'council' | 'general' | 'any';

export interface Rule {
  readonly code: GroundCode;
  /** Provisions cited besides the ground's own statute (that one is in grounds.ts), e.g. an exception. */
  readonly alsoCites?: string;
  readonly scope: RuleScope;
  /** Extra applicability test, e.g. KL vs HVAL by the entity's kind. */
  readonly applies?: (ctx: PersonContext) => boolean;
  evaluate(ctx: PersonContext): readonly Hit[];
}

export function inScope(rule: Rule, ctx: PersonContext): boolean {
  if (rule.scope === 'council' && !ctx.councilRules) return false;
  if (rule.scope === 'general' && ctx.councilRules) return false;
  return rule.applies ? rule.applies(ctx) : true;
}
