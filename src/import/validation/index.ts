export { validateDataset, type ValidationResult } from './validate-dataset';
export { formatProblem, PROBLEM_CODES, type Problem, type ProblemCode } from './problem';
export * from './dataset.types';
export { GROUND_CODES, isGroundCode, type GroundCode } from '../../common/ground-codes';
export * from '../../common/vocabulary';
export { isValidBusinessId, businessIdCheckDigit } from '../../common/ytunnus';
export { isValidHetu, containsHetu, maskHetus, hetuCheckChar } from './hetu';
export { isCalendarDate, isDateTimeWithOffset } from './calendar';
export { datasetSchema } from './schema';
