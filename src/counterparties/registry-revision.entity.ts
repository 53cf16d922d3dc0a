import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Counters that statement triggers advance (one row, id 1). `revision` moves on every change
 * to names and identifiers of organisations and persons: the counterparty matcher is rebuilt
 * only when it moves. `factsRevision` moves on every change to anything the rules read (the
 * registry, meetings, agendas, minutes): a derived result labelled with it is current while
 * it stands (the officials' warnings cache).
 */
@Entity({ tableName: 'registry_revision' })
export class RegistryRevision {
  @PrimaryKey()
  id: number;

  @Property({ type: 'bigint' })
  revision: string;

  @Property({ type: 'bigint', default: 1 })
  factsRevision: string;
}
