export { recusalsCsv } from '../common/recusals-table';
