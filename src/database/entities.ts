import { Organization } from '../organizations/organization.entity';
import { OrganizationName } from '../organizations/organization-name.entity';
import { OrganizationIdentifier } from '../organizations/organization-identifier.entity';
import { OrganizationOwner } from '../organizations/organization-owner.entity';
import { JointAuthorityMember } from '../organizations/joint-authority-member.entity';
import { Person } from '../people/person.entity';
import { PersonName } from '../people/person-name.entity';
import { PersonIdentifier } from '../people/person-identifier.entity';
import { PersonContactDetail } from '../people/person-contact-detail.entity';
import { Membership } from '../memberships/membership.entity';
import { Relationship } from '../relationships/relationship.entity';
import { Interest } from '../interests/interest.entity';
import { Meeting } from '../meetings/meeting.entity';
import { MeetingParticipant } from '../meetings/meeting-participant.entity';
import { ExpectedAbsence } from '../meetings/expected-absence.entity';
import { AgendaItem } from '../meetings/agenda-item.entity';
import { RelatedEntity } from '../meetings/related-entity.entity';
import { ItemPreparer } from '../meetings/item-preparer.entity';
import { ItemConcern } from '../meetings/item-concern.entity';
import { MinutesParticipant } from '../meetings/minutes-participant.entity';
import { Recusal } from '../meetings/recusal.entity';
import { Substitute } from '../meetings/substitute.entity';
import { CheckRun } from '../checks/check-run.entity';
import { Finding } from '../checks/finding.entity';
import { AuditEvent } from '../audit/audit-event.entity';
import { FindingDecision } from '../checks/finding-decision.entity';
import { SelfRecusal } from '../meetings/self-recusal.entity';
import { AgendaItemHistory, InterestHistory, MeetingHistory, MembershipHistory, RelationshipHistory } from '../history/history.entities';
import { RegistryRevision } from '../counterparties/registry-revision.entity';
import { CounterpartyDecision } from '../counterparties/counterparty-decision.entity';
import { RateLimitWindow } from '../auth/rate-limit-window.entity';

/** Every entity, listed once for the ORM configuration. */
export const ENTITIES = [
  Organization,
  OrganizationName,
  OrganizationIdentifier,
  OrganizationOwner,
  JointAuthorityMember,
  Person,
  PersonName,
  PersonIdentifier,
  PersonContactDetail,
  Membership,
  Relationship,
  Interest,
  Meeting,
  MeetingParticipant,
  ExpectedAbsence,
  AgendaItem,
  RelatedEntity,
  ItemPreparer,
  ItemConcern,
  MinutesParticipant,
  Recusal,
  Substitute,
  CheckRun,
  Finding,
  AuditEvent,
  FindingDecision,
  SelfRecusal,
  MembershipHistory,
  RelationshipHistory,
  InterestHistory,
  MeetingHistory,
  AgendaItemHistory,
  RegistryRevision,
  CounterpartyDecision,
  RateLimitWindow,
];
