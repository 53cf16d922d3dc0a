import { councilPersonalRule } from './council-personal';

/**
 * HVAL 102.1 (also a wellbeing joint authority's council): a regional councillor is disqualified
 * when the matter concerns personally them or a relative.
 */
export const hval102_1 = councilPersonalRule('HVAL102_1', 'HVAL');
