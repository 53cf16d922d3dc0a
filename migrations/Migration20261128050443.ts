import { Migration } from '@mikro-orm/migrations';

export class Migration20261128050443 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "organization" ("id" varchar(200) not null, "name" varchar(500) not null, "classification" text check ("classification" in ('municipality', 'wellbeing_county', 'joint_municipal_authority', 'wellbeing_joint_authority', 'municipal_enterprise', 'county_enterprise', 'company', 'association', 'foundation', 'state_agency', 'other', 'council', 'board', 'committee', 'division', 'audit_committee', 'supervisory_board', 'other_body')) not null, "parent_id" varchar(200) null, "seats" int null, "content_hash" varchar(64) not null, constraint "organization_pkey" primary key ("id"), constraint organization_not_own_parent check (parent_id is null or parent_id <> id), constraint organization_seats_positive check (seats is null or seats > 0));`,
    );
    this.addSql(`create index "organization_classification_index" on "organization" ("classification");`);
    this.addSql(`create index "organization_parent_id_index" on "organization" ("parent_id");`);

    this.addSql(
      `create table "meeting" ("id" varchar(200) not null, "body_id" varchar(200) not null, "name" text null, "starts_at" text not null, "meeting_date" date not null, "status" text check ("status" in ('planned', 'held')) not null, "content_hash" varchar(64) not null, constraint "meeting_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "meeting_meeting_date_index" on "meeting" ("meeting_date");`);
    this.addSql(`create index "meeting_body_date_idx" on "meeting" ("body_id", "meeting_date");`);

    this.addSql(
      `create table "check_run" ("id" uuid not null default gen_random_uuid(), "meeting_id" varchar(200) not null, "ruleset" text not null, "meeting_date" date not null, "created_at" timestamptz not null default now(), "requested_by" text null, "lang" varchar(2) not null, "report" jsonb not null, constraint "check_run_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "check_run_meeting_created_idx" on "check_run" ("meeting_id", "created_at");`);

    this.addSql(
      `create table "joint_authority_member" ("authority_id" varchar(200) not null, "member_id" varchar(200) not null, constraint "joint_authority_member_pkey" primary key ("authority_id", "member_id"));`,
    );
    this.addSql(`create index "joint_authority_member_member_id_index" on "joint_authority_member" ("member_id");`);

    this.addSql(
      `create table "organization_identifier" ("id" serial primary key, "organization_id" varchar(200) not null, "position" int not null, "scheme" text not null, "identifier" text not null);`,
    );
    this.addSql(`create index "organization_identifier_organization_id_index" on "organization_identifier" ("organization_id");`);
    this.addSql(`create index "organization_identifier_scheme_identifier_index" on "organization_identifier" ("scheme", "identifier");`);

    this.addSql(
      `create table "organization_name" ("id" serial primary key, "organization_id" varchar(200) not null, "position" int not null, "name" varchar(500) not null, "lang" text check ("lang" in ('fi', 'sv', 'en')) null, "note" text null);`,
    );
    this.addSql(`create index "organization_name_organization_id_index" on "organization_name" ("organization_id");`);

    this.addSql(
      `create table "organization_owner" ("company_id" varchar(200) not null, "owner_id" varchar(200) not null, "share" double precision null, constraint "organization_owner_pkey" primary key ("company_id", "owner_id"));`,
    );
    this.addSql(`create index "organization_owner_owner_id_index" on "organization_owner" ("owner_id");`);

    this.addSql(
      `create table "person" ("id" varchar(200) not null, "name" varchar(500) not null, "given_name" text null, "family_name" text null, "content_hash" varchar(64) not null, constraint "person_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "membership" ("id" varchar(200) not null, "person_id" varchar(200) not null, "organization_id" varchar(200) not null, "role" text check ("role" in ('chair', 'vice_chair', 'member', 'deputy', 'board_chair', 'board_member', 'deputy_board_member', 'supervisory_board_member', 'ceo', 'deputy_ceo', 'employee', 'contractor')) not null, "start_date" date not null, "end_date" date null, "deputy_for_id" varchar(200) null, "group_name" text null, "deputy_order" int null, "label" text null, "content_hash" varchar(64) not null, constraint "membership_pkey" primary key ("id"), constraint membership_deputy_order_positive check (deputy_order is null or deputy_order >= 1), constraint membership_deputy_for_only_deputies check (deputy_for_id is null or role = 'deputy'), constraint membership_dates_ordered check (end_date is null or end_date >= start_date));`,
    );
    this.addSql(`create index "membership_deputy_for_id_index" on "membership" ("deputy_for_id");`);
    this.addSql(`create index "membership_organization_dates_idx" on "membership" ("organization_id", "start_date", "end_date");`);
    this.addSql(`create index "membership_person_dates_idx" on "membership" ("person_id", "start_date", "end_date");`);

    this.addSql(
      `create table "meeting_participant" ("meeting_id" varchar(200) not null, "person_id" varchar(200) not null, "role" text check ("role" in ('presenter', 'minute_taker', 'attendee')) not null, constraint "meeting_participant_pkey" primary key ("meeting_id", "person_id", "role"));`,
    );
    this.addSql(`create index "meeting_participant_person_id_index" on "meeting_participant" ("person_id");`);

    this.addSql(
      `create table "interest" ("id" varchar(200) not null, "person_id" varchar(200) not null, "organization_id" varchar(200) null, "kind" text check ("kind" in ('shareholding', 'real_estate', 'other')) not null, "description" text null, "material" boolean null, "declared_on" date null, "start_date" date null, "end_date" date null, "content_hash" varchar(64) not null, constraint "interest_pkey" primary key ("id"), constraint interest_dates_ordered check (end_date is null or start_date is null or end_date >= start_date));`,
    );
    this.addSql(`create index "interest_person_id_index" on "interest" ("person_id");`);
    this.addSql(`create index "interest_organization_id_index" on "interest" ("organization_id");`);

    this.addSql(
      `create table "expected_absence" ("meeting_id" varchar(200) not null, "person_id" varchar(200) not null, constraint "expected_absence_pkey" primary key ("meeting_id", "person_id"));`,
    );

    this.addSql(
      `create table "agenda_item" ("id" varchar(200) not null, "meeting_id" varchar(200) not null, "item_order" int not null, "title" varchar(500) not null, "description" text null, "presented_by_id" varchar(200) null, "prepared_in_id" varchar(200) null, "urgent" boolean not null default false, "has_record" boolean not null default false, "content_hash" varchar(64) not null, constraint "agenda_item_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "agenda_item_meeting_id_index" on "agenda_item" ("meeting_id");`);
    this.addSql(`create index "agenda_item_prepared_in_id_index" on "agenda_item" ("prepared_in_id");`);

    this.addSql(
      `create table "minutes_participant" ("item_id" varchar(200) not null, "person_id" varchar(200) not null, "position" int not null, constraint "minutes_participant_pkey" primary key ("item_id", "person_id"));`,
    );
    this.addSql(`create index "minutes_participant_person_id_index" on "minutes_participant" ("person_id");`);

    this.addSql(
      `create table "item_preparer" ("item_id" varchar(200) not null, "person_id" varchar(200) not null, "position" int not null, constraint "item_preparer_pkey" primary key ("item_id", "person_id"));`,
    );
    this.addSql(`create index "item_preparer_person_id_index" on "item_preparer" ("person_id");`);

    this.addSql(
      `create table "item_concern" ("id" serial primary key, "item_id" varchar(200) not null, "position" int not null, "person_id" varchar(200) not null, "text" text not null);`,
    );
    this.addSql(`create index "item_concern_item_id_index" on "item_concern" ("item_id");`);

    this.addSql(
      `create table "finding" ("id" uuid not null default gen_random_uuid(), "run_id" uuid not null, "item_id" varchar(200) not null, "person_id" varchar(200) not null, "capacity" text not null, "outcome" text not null, "lean" text null, "grounds" text[] not null, "explanation" text not null, "evidence" jsonb not null, constraint "finding_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "finding_run_id_index" on "finding" ("run_id");`);
    this.addSql(`create index "finding_item_id_index" on "finding" ("item_id");`);
    this.addSql(`create index "finding_person_idx" on "finding" ("person_id", "run_id");`);

    this.addSql(
      `create table "person_identifier" ("id" serial primary key, "person_id" varchar(200) not null, "position" int not null, "scheme" text not null, "identifier" text not null);`,
    );
    this.addSql(`create index "person_identifier_person_id_index" on "person_identifier" ("person_id");`);

    this.addSql(
      `create table "person_name" ("id" serial primary key, "person_id" varchar(200) not null, "position" int not null, "name" varchar(500) not null, "lang" text check ("lang" in ('fi', 'sv', 'en')) null, "note" text null);`,
    );
    this.addSql(`create index "person_name_person_id_index" on "person_name" ("person_id");`);

    this.addSql(
      `create table "recusal" ("id" serial primary key, "item_id" varchar(200) not null, "position" int not null, "person_id" varchar(200) not null, "grounds" text[] not null, "decided_by" text check ("decided_by" in ('self', 'body')) null);`,
    );
    this.addSql(`create index "recusal_item_id_index" on "recusal" ("item_id");`);
    this.addSql(`create index "recusal_person_id_index" on "recusal" ("person_id");`);

    this.addSql(
      `create table "related_entity" ("id" serial primary key, "item_id" varchar(200) not null, "position" int not null, "entity_type" text check ("entity_type" in ('organization', 'person')) not null, "organization_id" varchar(200) null, "person_id" varchar(200) null, "role" text check ("role" in ('party', 'affected', 'representative', 'evaluated')) not null, "on_behalf_of" varchar(200) null, "note" text null, constraint related_entity_one_target check ((entity_type = 'organization' and organization_id is not null and person_id is null) or (entity_type = 'person' and person_id is not null and organization_id is null)));`,
    );
    this.addSql(`create index "related_entity_item_id_index" on "related_entity" ("item_id");`);
    this.addSql(`create index "related_entity_organization_id_index" on "related_entity" ("organization_id");`);
    this.addSql(`create index "related_entity_person_id_index" on "related_entity" ("person_id");`);

    this.addSql(
      `create table "relationship" ("id" varchar(200) not null, "person_id" varchar(200) not null, "relative_id" varchar(200) not null, "kind" text check ("kind" in ('spouse', 'cohabiting_partner', 'child', 'grandchild', 'sibling', 'parent', 'grandparent', 'especially_close', 'child_spouse', 'grandchild_spouse', 'sibling_spouse', 'parent_spouse', 'grandparent_spouse', 'aunt_uncle', 'aunt_uncle_spouse', 'niece_nephew', 'former_spouse', 'spouse_child', 'spouse_grandchild', 'spouse_sibling', 'spouse_parent', 'spouse_grandparent', 'spouse_child_spouse', 'spouse_grandchild_spouse', 'spouse_sibling_spouse', 'spouse_parent_spouse', 'spouse_grandparent_spouse', 'spouse_niece_nephew', 'cousin', 'other')) not null, "half" boolean null, "start_date" date null, "end_date" date null, "content_hash" varchar(64) not null, constraint "relationship_pkey" primary key ("id"), constraint relationship_not_self check (person_id <> relative_id), constraint relationship_dates_ordered check (end_date is null or start_date is null or end_date >= start_date));`,
    );
    this.addSql(`create index "relationship_person_id_index" on "relationship" ("person_id");`);
    this.addSql(`create index "relationship_relative_id_index" on "relationship" ("relative_id");`);

    this.addSql(
      `create table "substitute" ("id" serial primary key, "item_id" varchar(200) not null, "position" int not null, "person_id" varchar(200) not null, "for_person_id" varchar(200) not null);`,
    );
    this.addSql(`create index "substitute_item_id_index" on "substitute" ("item_id");`);

    this.addSql(
      `alter table "organization" add constraint "organization_parent_id_foreign" foreign key ("parent_id") references "organization" ("id") on update cascade on delete set null deferrable initially deferred;`,
    );

    this.addSql(
      `alter table "meeting" add constraint "meeting_body_id_foreign" foreign key ("body_id") references "organization" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "check_run" add constraint "check_run_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "joint_authority_member" add constraint "joint_authority_member_authority_id_foreign" foreign key ("authority_id") references "organization" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "joint_authority_member" add constraint "joint_authority_member_member_id_foreign" foreign key ("member_id") references "organization" ("id") on update cascade deferrable initially deferred;`,
    );

    this.addSql(
      `alter table "organization_identifier" add constraint "organization_identifier_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "organization_name" add constraint "organization_name_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "organization_owner" add constraint "organization_owner_company_id_foreign" foreign key ("company_id") references "organization" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "organization_owner" add constraint "organization_owner_owner_id_foreign" foreign key ("owner_id") references "organization" ("id") on update cascade deferrable initially deferred;`,
    );

    this.addSql(
      `alter table "membership" add constraint "membership_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "membership" add constraint "membership_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "membership" add constraint "membership_deputy_for_id_foreign" foreign key ("deputy_for_id") references "membership" ("id") on update cascade on delete set null deferrable initially deferred;`,
    );

    this.addSql(
      `alter table "meeting_participant" add constraint "meeting_participant_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "meeting_participant" add constraint "meeting_participant_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "interest" add constraint "interest_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "interest" add constraint "interest_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "expected_absence" add constraint "expected_absence_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "expected_absence" add constraint "expected_absence_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "agenda_item" add constraint "agenda_item_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "agenda_item" add constraint "agenda_item_presented_by_id_foreign" foreign key ("presented_by_id") references "person" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "agenda_item" add constraint "agenda_item_prepared_in_id_foreign" foreign key ("prepared_in_id") references "agenda_item" ("id") on update cascade on delete set null deferrable initially deferred;`,
    );

    this.addSql(
      `alter table "minutes_participant" add constraint "minutes_participant_item_id_foreign" foreign key ("item_id") references "agenda_item" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "minutes_participant" add constraint "minutes_participant_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "item_preparer" add constraint "item_preparer_item_id_foreign" foreign key ("item_id") references "agenda_item" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "item_preparer" add constraint "item_preparer_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "item_concern" add constraint "item_concern_item_id_foreign" foreign key ("item_id") references "agenda_item" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "item_concern" add constraint "item_concern_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "finding" add constraint "finding_run_id_foreign" foreign key ("run_id") references "check_run" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "finding" add constraint "finding_item_id_foreign" foreign key ("item_id") references "agenda_item" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "finding" add constraint "finding_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "person_identifier" add constraint "person_identifier_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "person_name" add constraint "person_name_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "recusal" add constraint "recusal_item_id_foreign" foreign key ("item_id") references "agenda_item" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "recusal" add constraint "recusal_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "related_entity" add constraint "related_entity_item_id_foreign" foreign key ("item_id") references "agenda_item" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "related_entity" add constraint "related_entity_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "related_entity" add constraint "related_entity_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "relationship" add constraint "relationship_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "relationship" add constraint "relationship_relative_id_foreign" foreign key ("relative_id") references "person" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "substitute" add constraint "substitute_item_id_foreign" foreign key ("item_id") references "agenda_item" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "substitute" add constraint "substitute_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "substitute" add constraint "substitute_for_person_id_foreign" foreign key ("for_person_id") references "person" ("id") on update cascade;`,
    );
  }
}
