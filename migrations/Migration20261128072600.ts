import { Migration } from '@mikro-orm/migrations';

/**
 * System-time history for meetings and agenda items. A meeting or an item is written with its
 * children (participants, counterparties, preparers, concerns, minutes) and one content hash
 * covering them all, so the version kept is the whole aggregate: when the hash changes or the
 * row is deleted, a trigger stores the old version as a document, in the shape the facts
 * loader reads, with the interval it was the recorded truth. The children are still in place
 * when the trigger runs: the writer updates the parent row before it rewrites the children,
 * and a cascade removes them only after the parent row is gone.
 */
export class Migration20261128072600 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create function meeting_document(m meeting) returns jsonb language sql stable as $$
        select jsonb_build_object(
          'id', m.id, 'organizationId', m.body_id, 'name', m.name, 'startDate', m.starts_at, 'status', m.status,
          'participants', coalesce((select jsonb_agg(jsonb_build_object('personId', person_id, 'role', role) order by person_id, role)
                                    from meeting_participant where meeting_id = m.id), '[]'),
          'expectedAbsent', coalesce((select jsonb_agg(person_id order by person_id) from expected_absence where meeting_id = m.id), '[]'))
      $$;`);
    this.addSql(`
      create function agenda_item_document(i agenda_item) returns jsonb language sql stable as $$
        select jsonb_build_object(
          'id', i.id, 'order', i.item_order, 'title', i.title, 'description', i.description,
          'presentedBy', i.presented_by_id, 'preparedIn', i.prepared_in_id, 'urgent', i.urgent,
          'relatedEntities', coalesce((select jsonb_agg(jsonb_build_object('entityType', entity_type,
              'entityId', coalesce(organization_id, person_id), 'role', role, 'onBehalfOf', on_behalf_of, 'note', note) order by position)
              from related_entity where item_id = i.id), '[]'),
          'preparedBy', coalesce((select jsonb_agg(person_id order by position) from item_preparer where item_id = i.id), '[]'),
          'concerns', coalesce((select jsonb_agg(jsonb_build_object('personId', person_id, 'text', text) order by position)
              from item_concern where item_id = i.id), '[]'),
          'record', case when i.has_record then jsonb_build_object(
            'participants', coalesce((select jsonb_agg(person_id order by position) from minutes_participant where item_id = i.id), '[]'),
            'recusals', coalesce((select jsonb_agg(jsonb_build_object('personId', person_id, 'grounds', to_jsonb(grounds), 'decidedBy', decided_by)
                order by position) from recusal where item_id = i.id), '[]'),
            'substitutes', coalesce((select jsonb_agg(jsonb_build_object('personId', person_id, 'forPersonId', for_person_id) order by position)
                from substitute where item_id = i.id), '[]')) end)
      $$;`);
    // Each history row keeps the document and the columns it is looked up by.
    const kept: Record<'meeting' | 'agenda_item', string[]> = { meeting: ['id'], agenda_item: ['id', 'meeting_id'] };
    for (const [table, columns] of Object.entries(kept)) {
      this.addSql(`
        create function ${table}_keep_history() returns trigger language plpgsql as $$
        begin
          if tg_op = 'UPDATE' and old.content_hash = new.content_hash then
            return new;
          end if;
          insert into ${table}_history (${columns.join(', ')}, document, recorded_from, recorded_to)
            values (${columns.map((c) => `old.${c}`).join(', ')}, ${table}_document(old), old.recorded_at, clock_timestamp());
          if tg_op = 'UPDATE' then
            new.recorded_at := clock_timestamp();
            return new;
          end if;
          return old;
        end $$;`);
      this.addSql(`create trigger ${table}_keep_history before update or delete on ${table}
        for each row execute function ${table}_keep_history();`);
    }
  }

  override async down(): Promise<void> {
    this.addSql('drop trigger if exists agenda_item_keep_history on agenda_item;');
    this.addSql('drop function if exists agenda_item_keep_history();');
    this.addSql('drop trigger if exists meeting_keep_history on meeting;');
    this.addSql('drop function if exists meeting_keep_history();');
    this.addSql('drop function if exists agenda_item_document(agenda_item);');
    this.addSql('drop function if exists meeting_document(meeting);');
  }
}
