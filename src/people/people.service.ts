import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../common/app-error';
import { decodeCursor, toPage, type Page } from '../common/pagination';
import { sqlRunner } from '../database/sql';
import { MembershipRepository } from '../memberships/membership.repository';
import { MembershipModel } from '../memberships/models/membership.model';
import { PersonRepository } from './person.repository';
import type { PersonModel } from './models/person.model';
import type { Principal } from '../auth/roles';

/**
 * A person who holds or held a position is public in that capacity; anyone else in the registry
 * is there as somebody's relative, and only administrators (or that person) may see them.
 * The viewer: null for administrators (everyone), else the principal's own person id.
 */
const viewerOf = (principal: Principal | null): string | null =>
  principal === null || principal.roles.includes('admin') ? null : (principal.person ?? '');

@Injectable()
export class PeopleService {
  constructor(private readonly em: EntityManager) {}

  async list(filter: { nameContains?: string; first?: number; after?: string }, principal: Principal | null): Promise<Page<PersonModel>> {
    const limit = filter.first ?? 50;
    const after = decodeCursor(filter.after, 2);
    const rows = await new PersonRepository(sqlRunner(this.em)).list({
      viewer: viewerOf(principal),
      nameContains: filter.nameContains,
      after: after ? [String(after[0]), String(after[1])] : undefined,
      limit,
    });
    return toPage(rows, limit, (p) => [p.name, p.id]);
  }

  async get(id: string, principal: Principal | null): Promise<PersonModel> {
    const person = await new PersonRepository(sqlRunner(this.em)).get(id, viewerOf(principal));
    if (!person) throw AppError.notFound('person', id);
    return person;
  }

  /** A person's memberships over time, optionally only those overlapping [from, to]. */
  async memberships(personId: string, from?: string, to?: string): Promise<MembershipModel[]> {
    return (await new MembershipRepository(sqlRunner(this.em)).ofPerson(personId, from, to)).map((m) => MembershipModel.from(m));
  }
}
