import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../common/app-error';
import { decodeCursor, toPage, type Page } from '../common/pagination';
import { sqlRunner } from '../database/sql';
import type { OrganizationModel } from './models/organization.model';
import { MembershipModel } from '../memberships/models/membership.model';
import { MembershipRepository } from '../memberships/membership.repository';
import { jsonValue as json, type Row } from '../database/rows';

const ORGANIZATION_SELECT = `
  select o.id, o.name, o.classification, o.parent_id, o.seats,
    coalesce((select json_agg(json_build_object('name', name, 'lang', lang, 'note', note) order by position)
              from organization_name where organization_id = o.id), '[]') as other_names,
    coalesce((select json_agg(json_build_object('scheme', scheme, 'identifier', identifier) order by position)
              from organization_identifier where organization_id = o.id), '[]') as identifiers,
    coalesce((select json_agg(member_id order by member_id) from joint_authority_member where authority_id = o.id), '[]') as member_ids,
    coalesce((select json_agg(json_build_object('organizationId', owner_id, 'share', share) order by owner_id)
              from organization_owner where company_id = o.id), '[]') as owners
  from organization o`;

function organizationModel(o: Row): OrganizationModel {
  return {
    id: String(o.id),
    name: String(o.name),
    classification: String(o.classification),
    parentId: (o.parent_id as string | null) ?? null,
    seats: o.seats === null ? null : Number(o.seats),
    otherNames: json(o.other_names),
    identifiers: json(o.identifiers),
    memberIds: json(o.member_ids),
    owners: json(o.owners),
  };
}

@Injectable()
export class OrganizationsService {
  constructor(private readonly em: EntityManager) {}

  async list(filter: { classification?: string; parentId?: string; first?: number; after?: string }): Promise<Page<OrganizationModel>> {
    const limit = filter.first ?? 50;
    const after = decodeCursor(filter.after, 1);
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.classification) {
      where.push('o.classification = ?');
      params.push(filter.classification);
    }
    if (filter.parentId) {
      where.push('o.parent_id = ?');
      params.push(filter.parentId);
    }
    if (after) {
      where.push('o.id > ?');
      params.push(after[0]);
    }
    const rows = await sqlRunner(this.em)(
      `${ORGANIZATION_SELECT} ${where.length ? `where ${where.join(' and ')}` : ''} order by o.id limit ?`,
      [...params, limit + 1],
    );
    return toPage(rows.map(organizationModel), limit, (o) => [o.id]);
  }

  async get(id: string): Promise<OrganizationModel> {
    const [row] = await sqlRunner(this.em)(`${ORGANIZATION_SELECT} where o.id = ?`, [id]);
    if (!row) throw AppError.notFound('organization', id);
    return organizationModel(row);
  }

  /** The seats of a body in force on a date: members, chairs and deputies (legal-grounds §5). */
  async seatsOn(bodyId: string, date: string): Promise<MembershipModel[]> {
    return (await new MembershipRepository(sqlRunner(this.em)).seatsOn(bodyId, date)).map((m) => MembershipModel.from(m));
  }
}
