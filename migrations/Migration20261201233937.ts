import { Migration } from '@mikro-orm/migrations';

export class Migration20261201233937 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "person_contact_detail" ("id" serial primary key, "person_id" varchar(200) not null, "position" int not null, "type" text check ("type" in ('email', 'phone')) not null, "value" text not null, "label" text null);`,
    );
    this.addSql(`create index "person_contact_detail_person_id_index" on "person_contact_detail" ("person_id");`);

    this.addSql(
      `alter table "person_contact_detail" add constraint "person_contact_detail_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(`alter table "person" add column "preferred_lang" text check ("preferred_lang" in ('fi', 'sv', 'en')) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "person_contact_detail" cascade;`);

    this.addSql(`alter table "person" drop column "preferred_lang";`);
  }
}
