import type { StatementSource } from './rendered-sql';
import { PersonRepository } from '../people/person.repository';
import { MembershipRepository } from '../memberships/membership.repository';
import { RelationshipRepository } from '../relationships/relationship.repository';
import { InterestRepository } from '../interests/interest.repository';

/** Every repository whose statements are rendered beside it (`npm run sql`). */
export const STATEMENT_SOURCES: readonly StatementSource[] = [
  PersonRepository.source,
  MembershipRepository.source,
  RelationshipRepository.source,
  InterestRepository.source,
];
