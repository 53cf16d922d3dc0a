import { councilPersonalRule } from './council-personal';

/**
 * KL 97.1 (also a joint municipal authority's council, KL 60.4): a councillor is disqualified
 * when the matter concerns personally them or a relative (HL 28.1 §§ 1 and 3 read narrowly).
 */
export const kl97_1 = councilPersonalRule('KL97_1', 'KL');
