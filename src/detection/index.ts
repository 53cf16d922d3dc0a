export { CONFIDENCE, buildDetector, detectorBuilder } from './detector';
export type { AliasSource, Detector, DetectorBuilder, EntityRef, EntityType, MatchReason, Mention } from './detector';
