import { DeferMode, Entity, ManyToOne, type Rel } from '@mikro-orm/core';
import { Organization } from './organization.entity';

/** A municipality or county that belongs to a joint authority (kuntayhtymä, KL 97.4). */
@Entity({ tableName: 'joint_authority_member' })
export class JointAuthorityMember {
  @ManyToOne(() => Organization, { primary: true, deleteRule: 'cascade' })
  authority: Rel<Organization>;

  @ManyToOne(() => Organization, { primary: true, deferMode: DeferMode.INITIALLY_DEFERRED, index: true })
  member: Rel<Organization>;
}
