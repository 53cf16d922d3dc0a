import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { sqlRunner, type SqlRunner } from '../database/sql';
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
    return this.readLogged(actor, personId, 'relationships', (sql) => new RelationshipRepository(sql).ofPerson(personId));
  }

  async interests(actor: Actor, personId: string): Promise<InterestModel[]> {
    assertMayReadPersonalData(actor.principal, personId);
    return this.readLogged(actor, personId, 'interests', (sql) => new InterestRepository(sql).ofPerson(personId));
  }

  /**
   * A person's e-mail addresses and phone numbers, or null for anyone the policy does not allow
   * (a person's page is readable by every signed-in user; only this field is withheld, so the
   * rest of the page still loads). An allowed read is logged, with the count, never the values.
   */
  async contactDetails(actor: Actor, personId: string): Promise<ContactDetailModel[] | null> {
    if (!mayReadPersonalData(actor.principal, personId)) return null;
    return this.readLogged(actor, personId, 'contact_details', (sql) => new PersonRepository(sql).contactDetails(personId));
  }

  /** Reads and writes the audit record in one transaction: no read of personal data goes unlogged. */
  private readLogged<T>(actor: Actor, personId: string, what: string, read: (sql: SqlRunner) => Promise<T[]>): Promise<T[]> {
    return this.em.fork().transactional(async (tem) => {
      const sql = sqlRunner(tem);
      const rows = await read(sql);
      await appendAudit(sql, actor, {
        action: 'personal_data.read',
        subjectType: 'person',
        subjectId: personId,
        details: { what, count: rows.length },
      });
      return rows;
    });
  }
}
