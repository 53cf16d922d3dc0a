import type { StatementSource } from './rendered-sql';
import { MembershipRepository } from '../memberships/membership.repository';

/** Every repository whose statements are rendered beside it (`npm run sql`). */
export const STATEMENT_SOURCES: readonly StatementSource[] = [MembershipRepository.source];
