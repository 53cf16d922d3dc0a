import { preparedByEmployeeRule } from './prepared-by-employee';

/** HVAL 102.3: a wellbeing-county employee who prepared or presented the matter. */
export const hval102_3 = preparedByEmployeeRule('HVAL102_3', 'HVAL');
