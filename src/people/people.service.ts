import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../common/app-error';
import { decodeCursor, toPage, type Page } from '../common/pagination';
import { sqlRunner } from '../database/sql';
import { MembershipRepository, membershipSql } from '../memberships/membership.repository';
import { MembershipModel } from '../memberships/models/membership.model';
import type { PersonModel } from './models/person.model';
import type { Principal } from '../auth/roles';
import { jsonValue as json, type Row } from '../database/rows';

/**
 * A person who holds or held a position is public in that capacity; anyone else in the registry
 * is there as somebody's relative, and only administrators (or that person) may see them.
 */
const PUBLIC_PERSON = `(${membershipSql.holdsAnyPosition('p.id')} or p.id = ?)`;
const seesEveryone = (principal: Principal | null) => principal === null || principal.roles.includes('admin');


const PERSON_SELECT = `
  select p.id, p.name, p.given_name, p.family_name,
    coalesce((select json_agg(json_build_object('name', name, 'lang', lang, 'note', note) order by position)
              from person_name where person_id = p.id), '[]') as other_names,
    coalesce((select json_agg(json_build_object('scheme', scheme, 'identifier', identifier) order by position)
              from person_identifier where person_id = p.id), '[]') as identifiers
  from person p`;

function personModel(p: Row): PersonModel {
  return {
    id: String(p.id),
    name: String(p.name),
    givenName: (p.given_name as string | null) ?? null,
    familyName: (p.family_name as string | null) ?? null,
    otherNames: json(p.other_names),
    identifiers: json(p.identifiers),
  };
}

@Injectable()
export class PeopleService {
  constructor(private readonly em: EntityManager) {}

  async list(filter: { nameContains?: string; first?: number; after?: string }, principal: Principal | null): Promise<Page<PersonModel>> {
    const limit = filter.first ?? 50;
    const after = decodeCursor(filter.after, 2);
    const where: string[] = [];
    const params: unknown[] = [];
    if (!seesEveryone(principal)) {
      where.push(PUBLIC_PERSON);
      params.push(principal!.person ?? '');
    }
    if (filter.nameContains) {
      where.push(`p.name ilike ? escape '\\'`);
      params.push(`%${filter.nameContains.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    }
    if (after) {
      where.push('(p.name, p.id) > (?, ?)');
      params.push(after[0], after[1]);
    }
    const rows = await sqlRunner(this.em)(
      `${PERSON_SELECT} ${where.length ? `where ${where.join(' and ')}` : ''} order by p.name, p.id limit ?`,
      [...params, limit + 1],
    );
    return toPage(rows.map(personModel), limit, (p) => [p.name, p.id]);
  }

  async get(id: string, principal: Principal | null): Promise<PersonModel> {
    const [row] = seesEveryone(principal)
      ? await sqlRunner(this.em)(`${PERSON_SELECT} where p.id = ?`, [id])
      : await sqlRunner(this.em)(`${PERSON_SELECT} where p.id = ? and ${PUBLIC_PERSON}`, [id, principal!.person ?? '']);
    if (!row) throw AppError.notFound('person', id);
    return personModel(row);
  }

  /** A person's memberships over time, optionally only those overlapping [from, to]. */
  async memberships(personId: string, from?: string, to?: string): Promise<MembershipModel[]> {
    return (await new MembershipRepository(sqlRunner(this.em)).ofPerson(personId, from, to)).map(MembershipModel.from);
  }
}
