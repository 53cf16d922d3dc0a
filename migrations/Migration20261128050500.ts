import { Migration } from '@mikro-orm/migrations';

/**
 * Integrity rules kept out of the entity metadata, as triggers (the schema differ ignores them):
 * the owner share range (a check constraint on a double column would read back as drift), and a
 * rule a check constraint cannot express because it looks at another row:
 * a personal deputy's principal is a regular seat (chair, vice-chair or member) in the same body.
 * Deferred to the end of the transaction so an import may write rows in any order.
 */
export class Migration20261128050500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create function organization_owner_share_range() returns trigger language plpgsql as $$
      begin
        if new.share is not null and (new.share < 0 or new.share > 1) then
          raise exception 'organization_owner %/%: share % is not between 0 and 1', new.company_id, new.owner_id, new.share
            using errcode = '23514', constraint = 'organization_owner_share_range';
        end if;
        return new;
      end $$;`);
    this.addSql(`
      create trigger organization_owner_share_range before insert or update on organization_owner
        for each row execute function organization_owner_share_range();`);
    this.addSql(`
      create function membership_deputy_same_body() returns trigger language plpgsql as $$
      declare principal record;
      begin
        if new.deputy_for_id is null then return new; end if;
        select organization_id, role into principal from membership where id = new.deputy_for_id;
        if not found then return new; end if;
        if principal.organization_id <> new.organization_id then
          raise exception 'membership %: the principal % sits in another body', new.id, new.deputy_for_id
            using errcode = '23514', constraint = 'membership_deputy_same_body';
        end if;
        if principal.role not in ('chair', 'vice_chair', 'member') then
          raise exception 'membership %: % is not a regular seat (a deputy of a deputy)', new.id, new.deputy_for_id
            using errcode = '23514', constraint = 'membership_deputy_same_body';
        end if;
        return new;
      end $$;`);
    this.addSql(`
      create constraint trigger membership_deputy_same_body
        after insert or update on membership
        deferrable initially deferred
        for each row execute function membership_deputy_same_body();`);
  }

  override async down(): Promise<void> {
    this.addSql('drop trigger if exists organization_owner_share_range on organization_owner;');
    this.addSql('drop function if exists organization_owner_share_range();');
    this.addSql('drop trigger if exists membership_deputy_same_body on membership;');
    this.addSql('drop function if exists membership_deputy_same_body();');
  }
}
