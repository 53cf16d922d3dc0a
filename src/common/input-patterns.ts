/** External ids in inputs: what the dataset format allows (1–200 characters), no control characters. */
// eslint-disable-next-line no-control-regex -- refusing control characters is the point
export const ID_PATTERN = /^[^\u0000-\u001f]{1,200}$/;

/** ISO date-time with an offset: the meeting's local date is the rules' date. */
export const DATE_TIME_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
