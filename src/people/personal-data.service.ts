import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { sqlRunner } from '../database/sql';
import { appendAudit } from '../audit/audit-log';
import type { Actor } from '../audit/actor';
import { assertMayReadPersonalData } from '../auth/personal-data.policy';
import type { RelationshipModel } from '../relationships/models/relationship.model';
import type { InterestModel } from '../interests/models/interest.model';

/** Reads of relatives and declared interests: allowed by the policy, and every read is logged. */
@Injectable()
export class PersonalDataService {
  constructor(private readonly em: EntityManager) {}

  async relationships(actor: Actor, personId: string): Promise<RelationshipModel[]> {
    assertMayReadPersonalData(actor.principal, personId);
    return this.em.fork().transactional(async (tem) => {
      const sql = sqlRunner(tem);
      const rows = await sql(
        `select r.id, r.person_id, r.relative_id, p.name as relative_name, r.kind, r.half, r.start_date::text, r.end_date::text
         from relationship r join person p on p.id = case when r.person_id = ? then r.relative_id else r.person_id end
         where r.person_id = ? or r.relative_id = ? order by r.id`,
        [personId, personId, personId],
      );
      await appendAudit(sql, actor, { action: 'personal_data.read', subjectType: 'person', subjectId: personId, details: { what: 'relationships', count: rows.length } });
      return rows.map((r) => ({
        id: String(r.id),
        personId: String(r.person_id),
        relativeId: String(r.relative_id),
        relativeName: String(r.relative_name),
        kind: String(r.kind),
        half: (r.half as boolean | null) ?? null,
        startDate: (r.start_date as string | null) ?? null,
        endDate: (r.end_date as string | null) ?? null,
      }));
    });
  }

  async interests(actor: Actor, personId: string): Promise<InterestModel[]> {
    assertMayReadPersonalData(actor.principal, personId);
    return this.em.fork().transactional(async (tem) => {
      const sql = sqlRunner(tem);
      const rows = await sql(
        `select i.id, i.person_id, i.organization_id, o.name as organization_name, i.kind, i.description, i.material,
                i.declared_on::text, i.start_date::text, i.end_date::text
         from interest i left join organization o on o.id = i.organization_id where i.person_id = ? order by i.id`,
        [personId],
      );
      await appendAudit(sql, actor, { action: 'personal_data.read', subjectType: 'person', subjectId: personId, details: { what: 'interests', count: rows.length } });
      return rows.map((r) => ({
        id: String(r.id),
        personId: String(r.person_id),
        organizationId: (r.organization_id as string | null) ?? null,
        organizationName: (r.organization_name as string | null) ?? null,
        kind: String(r.kind),
        description: (r.description as string | null) ?? null,
        material: (r.material as boolean | null) ?? null,
        declaredOn: (r.declared_on as string | null) ?? null,
        startDate: (r.start_date as string | null) ?? null,
        endDate: (r.end_date as string | null) ?? null,
      }));
    });
  }
}
