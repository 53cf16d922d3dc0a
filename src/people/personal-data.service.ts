import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { sqlRunner } from '../database/sql';
import { appendAudit } from '../audit/audit-log';
import type { Actor } from '../audit/actor';
import { assertMayReadPersonalData } from '../auth/personal-data.policy';
import { RelationshipRepository } from '../relationships/relationship.repository';
import { InterestRepository } from '../interests/interest.repository';
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
      const rows = await new RelationshipRepository(sql).ofPerson(personId);
      await appendAudit(sql, actor, { action: 'personal_data.read', subjectType: 'person', subjectId: personId, details: { what: 'relationships', count: rows.length } });
      return rows;
    });
  }

  async interests(actor: Actor, personId: string): Promise<InterestModel[]> {
    assertMayReadPersonalData(actor.principal, personId);
    return this.em.fork().transactional(async (tem) => {
      const sql = sqlRunner(tem);
      const rows = await new InterestRepository(sql).ofPerson(personId);
      await appendAudit(sql, actor, { action: 'personal_data.read', subjectType: 'person', subjectId: personId, details: { what: 'interests', count: rows.length } });
      return rows;
    });
  }
}
