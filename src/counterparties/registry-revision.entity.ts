import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A counter that statement triggers advance on every change to names and identifiers of
 * organisations and persons: the counterparty matcher is rebuilt only when it moves.
 */
@Entity({ tableName: 'registry_revision' })
export class RegistryRevision {
  @PrimaryKey()
  id: number;

  @Property({ type: 'bigint' })
  revision: string;
}
