import { Migration } from '@mikro-orm/migrations';

/** Every table the rules read from: a change to any of them changes some check's answer. */
const FACT_TABLES = [
  'organization',
  'organization_owner',
  'joint_authority_member',
  'person',
  'membership',
  'relationship',
  'interest',
  'meeting',
  'meeting_participant',
  'expected_absence',
  'agenda_item',
  'related_entity',
  'item_preparer',
  'item_concern',
  'minutes_participant',
  'recusal',
  'substitute',
];

/**
 * The facts revision moves on every statement that changes a fact table. It is a row, not a
 * sequence, so that it commits with the change: a reader that sees revision N sees the data of
 * N or newer, and a result computed after reading N may be labelled N.
 */
export class Migration20261128073600 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create function facts_revision_bump() returns trigger language plpgsql as $$
      begin
        update registry_revision set facts_revision = facts_revision + 1 where id = 1;
        return null;
      end $$;`);
    for (const table of FACT_TABLES) {
      this.addSql(`create trigger ${table}_facts_revision after insert or update or delete or truncate on ${table}
        for each statement execute function facts_revision_bump();`);
    }
  }

  override async down(): Promise<void> {
    for (const table of FACT_TABLES) this.addSql(`drop trigger if exists ${table}_facts_revision on ${table};`);
    this.addSql('drop function if exists facts_revision_bump();');
  }
}
