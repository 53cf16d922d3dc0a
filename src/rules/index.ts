/** Public API of the pure rules engine (ruleset fi-2026.2). Imports nothing outside src/rules. */
export * from './facts';
export * from './report';
export { RULESET, GROUNDS, ground, isGroundCode, sortGrounds, type Ground, type GroundCode } from './grounds';
export { circleOf, inverseOf, composeChain, RELATIONSHIP_KINDS, CHAIN_STOPS, CHAIN_KINDS, type Circle } from './kinship';
export { findRelatives, relationshipGraph, kindOnDate, MAX_CHAIN, type Relative, type ChainStep } from './relatives';
export { holdsOver, periodOf, inRange, daysBetween, type Period, type PeriodStatus } from './period';
export { evaluate, meetingDateOf } from './evaluate';
export { audit, MAX_UPSTREAM_STAGES } from './audit';
export { toCheckDocument, toAuditDocument, type CheckDocument, type AuditDocument } from './interchange';
export { factsFromDataset, upstreamFactsFromDataset } from './dataset-facts';
export { RULES, type Rule, type RuleScope } from './rules';
export { requiredFor, fallbackFor } from './quorum';
export { STATUTES, type Statute, type StatuteCode, type StatuteRef, type TextLang } from './grounds';
export {
  CATALOGUES,
  LANGS,
  catalogue,
  isLang,
  fill,
  plural,
  citation,
  groundCitation,
  groundTitle,
  groundText,
  finlexUrl,
  formatDate,
  formatDateTime,
  law,
  type Catalogue,
  type Plural,
} from './i18n';
