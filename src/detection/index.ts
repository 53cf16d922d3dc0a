export { buildDetector, detectorBuilder } from './detector';
export type { DetectorBuilder } from './detector';
export { CONFIDENCE } from './confidence';
export type { AliasSource, Detector, EntityRef, EntityType, MatchReason, Mention } from './types';
