import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { sqlRunner } from '../database/sql';
import { appendAudit } from '../audit/audit-log';
import type { Actor } from '../audit/actor';
import { assertMayReadPersonalData, mayReadPersonalData } from '../auth/personal-data.policy';
import { RelationshipRepository } from '../relationships/relationship.repository';
import { InterestRepository } from '../interests/interest.repository';
import { PersonRepository } from './person.repository';
import type { RelationshipModel } from '../relationships/models/relationship.model';
import type { InterestModel } from '../interests/models/interest.model';
import type { ContactDetailModel } from './models/contact-detail.model';

/** Reads of relatives, declared interests and contact details: allowed by the policy, and every read is logged. */
@Injectable()
export class PersonalDataService {
  constructor(private readonly em: EntityManager) {}

  async relationships(actor: Actor, personId: string): Promise<RelationshipModel[]> {
    assertMayReadPersonalData(actor.principal, personId);
    return this.em.fork().transactional(async (tem) => {
      const sql = sqlRunner(tem);
      const rows = await new RelationshipRepository(sql).ofPerson(personId);
      await appendAudit(sql, actor, {
        action: 'personal_data.read',
        subjectType: 'person',
        subjectId: personId,
        details: { what: 'relationships', count: rows.length },
      });
      return rows;
    });
  }

  async interests(actor: Actor, personId: string): Promise<InterestModel[]> {
    assertMayReadPersonalData(actor.principal, personId);
    return this.em.fork().transactional(async (tem) => {
      const sql = sqlRunner(tem);
      const rows = await new InterestRepository(sql).ofPerson(personId);
      await appendAudit(sql, actor, {
        action: 'personal_data.read',
        subjectType: 'person',
        subjectId: personId,
        details: { what: 'interests', count: rows.length },
      });
      return rows;
    });
  }

  /**
   * A person's e-mail addresses and phone numbers, or null for anyone the policy does not allow
   * (a person's page is readable by every signed-in user; only this field is withheld, so the
   * rest of the page still loads). An allowed read is logged, with the count, never the values.
   */
  async contactDetails(actor: Actor, personId: string): Promise<ContactDetailModel[] | null> {
    if (!mayReadPersonalData(actor.principal, personId)) return null;
    return this.em.fork().transactional(async (tem) => {
      const sql = sqlRunner(tem);
      const rows = await new PersonRepository(sql).contactDetails(personId);
      await appendAudit(sql, actor, {
        action: 'personal_data.read',
        subjectType: 'person',
        subjectId: personId,
        details: { what: 'contact_details', count: rows.length },
      });
      return rows;
    });
  }
}
