export { CONFIDENCE, buildDetector } from './detector';
export type { AliasSource, Detector, EntityRef, EntityType, MatchReason, Mention } from './detector';
