import { preparedByEmployeeRule } from './prepared-by-employee';

/** KL 97.3 second sentence: a municipal employee who prepared or presented the matter. */
export const kl97_3 = preparedByEmployeeRule('KL97_3', 'KL');
