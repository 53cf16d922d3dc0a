import type { MembershipRole } from '../common/vocabulary';
import type { MembershipFact } from '../rules/facts';
import type { SqlRunner } from '../database/sql';
import { arrayLiteral, upsertById, upsertStatement } from '../database/sql-batch';
import { col, table, type RecordOf, type RowOf } from '../database/table';
import type { StatementSource } from '../database/rendered-sql';

/** The `membership` table: the one list of its columns (checked against the entity by a test). */
export const MEMBERSHIP = table('membership', {
  id: col.id('id'),
  personId: col.id('person_id'),
  organizationId: col.id('organization_id'),
  role: col.text('role').of<MembershipRole>(),
  startDate: col.date('start_date'),
  /** Last day in office, inclusive. */
  endDate: col.date('end_date').optional(),
  /** Personal deputy: the id of the principal's membership in the same body. */
  deputyFor: col.id('deputy_for_id', 'deputy_for').optional(),
  /** Council group (party or list). */
  group: col.text('group_name', 'group').optional(),
  /** Council deputies: 1, 2, … within the group. */
  deputyOrder: col.int('deputy_order').optional(),
  label: col.text('label').optional(),
  /** A free remark on the seat (public, as the seat is). */
  note: col.text('note').optional(),
});

export type MembershipRow = RowOf<typeof MEMBERSHIP.columns>;
/** A membership in `jaavi-dataset/1`. */
export type MembershipRecord = RecordOf<typeof MEMBERSHIP.columns>;
/** A membership with the names the read API shows beside the ids. */
export type MembershipView = MembershipRow & { personName: string; organizationName: string };

/** The columns the engine reads (`MembershipFact`); a new column is not a fact until a rule needs it. */
const FACT_COLUMNS = [
  'id',
  'personId',
  'organizationId',
  'role',
  'startDate',
  'endDate',
  'deputyFor',
  'group',
  'deputyOrder',
] as const satisfies readonly (keyof MembershipFact)[];

/**
 * How long after a seat's last day the loaders still read it: KL 79 (HVAL 84) keeps an ended
 * seat in force until the successor's term begins, and a body's successors are chosen within
 * the first months of the new term (a council's term starts on 1 June after the April
 * election, its bodies are elected by the new council), so a seat that ended more than a year
 * before cannot still be held over. The extra month covers a postponed election or a late
 * appointment. Past this reach a seat's holder is not evaluated for the body.
 */
export const HOLDOVER_REACH_DAYS = 400;

/** The table to read: `membership`, or `membership_known_on(t)` (the registry as recorded at t). */
export type MembershipSource = 'membership' | `membership_known_on(${string})`;

const VIEW = `
  select ${MEMBERSHIP.select('m')}, p.name as person_name, o.name as organization_name
  from membership m join person p on p.id = m.person_id join organization o on o.id = m.organization_id`;

const sqlOf = {
  /** The persons holding a seat of body ? around date ?: every seat not ended beyond the holdover's reach. */
  seatHolders: (source: MembershipSource) =>
    `select distinct person_id from ${source} where organization_id = ? and (end_date is null or end_date >= ?::date - ${HOLDOVER_REACH_DAYS})`,
  /**
   * The memberships that matter for a meeting of body ? (1, 4) on date ? (5) with named
   * organisations ? (2) and persons ? (3): the named ones and the body's own chain, and
   * everything below them (each step an index lookup on parent_id). The seats in them, by
   * person, and every seat of the body. Then, for each ended body seat, the earliest later seat
   * in the same body: all the holdover rule needs (KL 79: it holds over until the next term
   * begins, so the earliest start decides).
   */
  factsOfMeeting: (source: MembershipSource) => {
    const columns = MEMBERSHIP.names(FACT_COLUMNS, 'm');
    return `with recursive own(id) as (
           select ?::text
           union select o.parent_id from own cross join lateral (select parent_id from organization where id = own.id offset 0) o
                 where o.parent_id is not null
         ), counted(id) as (
           select unnest(?::text[]) union select id from own
           union select o.id from counted c cross join lateral (select id from organization where parent_id = c.id offset 0) o
         ), seats as (
           select ${columns} from ${source} m where m.person_id = any(?::text[]) and m.organization_id in (select id from counted)
           union select ${columns} from ${source} m where m.organization_id = ?
         )
         select ${MEMBERSHIP.select('x', FACT_COLUMNS)}
         from (select * from seats
               union select n.* from (
                 select distinct organization_id, end_date from seats
                 where end_date < ?::date and role in ('chair', 'vice_chair', 'member', 'deputy')) e
               cross join lateral (
                 select ${columns} from ${source} m where m.organization_id = e.organization_id and m.start_date > e.end_date
                 order by m.start_date, m.id limit 1) n) x`;
  },
  /** A person's memberships (?), optionally only those overlapping [from ?, to ?]. */
  ofPerson: `${VIEW} where m.person_id = ?
         and (?::date is null or m.end_date is null or m.end_date >= ?::date)
         and (?::date is null or m.start_date <= ?::date)
       order by m.start_date, m.id`,
  /** The seats of body ? in force on date ?: chairs first, then members, then deputies by group and order. */
  seatsOn: `${VIEW} where m.organization_id = ? and m.start_date <= ?::date and (m.end_date is null or m.end_date >= ?::date)
       order by case m.role when 'chair' then 0 when 'vice_chair' then 1 when 'member' then 2 else 3 end, m.group_name nulls last,
                m.deputy_order nulls last, p.name, m.id`,
  all: `select ${MEMBERSHIP.select('m')} from membership m order by m.id`,
  upsert: upsertStatement(MEMBERSHIP.name, MEMBERSHIP.hashedColumns()),
};

/**
 * SQL fragments other statements embed: the bodies a person (`?`) sits in, not ended beyond
 * the holdover's reach before date `?`; whether the person `personColumn` ever held a position.
 */
export const membershipSql = {
  bodiesOf: `select organization_id from membership where person_id = ? and (end_date is null or end_date >= ?::date - ${HOLDOVER_REACH_DAYS})`,
  holdsAnyPosition: (personColumn: string) => `exists (select 1 from membership pm where pm.person_id = ${personColumn})`,
};

/** Every statement on `membership`: the import's upsert, the export, the facts loader's and the read API's reads. */
export class MembershipRepository {
  static readonly source: StatementSource = {
    file: 'src/memberships/membership.repository',
    statements: () => ({
      seatHolders: sqlOf.seatHolders('membership'),
      factsOfMeeting: sqlOf.factsOfMeeting('membership'),
      ofPerson: sqlOf.ofPerson,
      seatsOn: sqlOf.seatsOn,
      all: sqlOf.all,
      upsert: sqlOf.upsert,
      ...membershipSql,
      holdsAnyPosition: membershipSql.holdsAnyPosition('p.id'),
    }),
  };

  constructor(private readonly sql: SqlRunner) {}

  /** Writes records by id (unchanged ones untouched); the ids created and updated. */
  async upsert(records: readonly MembershipRecord[]): Promise<{ created: string[]; updated: string[] }> {
    const rows = records.map((r) => MEMBERSHIP.withHash(MEMBERSHIP.fromRecord(r)));
    return upsertById(this.sql, MEMBERSHIP.name, MEMBERSHIP.hashedColumns(), rows);
  }

  /** Every membership as dataset records, by id. */
  async exportAll(): Promise<MembershipRecord[]> {
    return (await this.sql(sqlOf.all, [])).map((r) => MEMBERSHIP.toRecord(MEMBERSHIP.decode(r)));
  }

  async seatHolders(source: MembershipSource, bodyId: string, date: string): Promise<string[]> {
    return (await this.sql(sqlOf.seatHolders(source), [bodyId, date])).map((r) => String(r.person_id));
  }

  async factsOfMeeting(
    source: MembershipSource,
    bodyId: string,
    date: string,
    named: readonly string[],
    personIds: readonly string[],
  ): Promise<MembershipFact[]> {
    const rows = await this.sql(sqlOf.factsOfMeeting(source), [bodyId, arrayLiteral(named), arrayLiteral(personIds), bodyId, date]);
    return rows.map((r) => MEMBERSHIP.decode(r, FACT_COLUMNS));
  }

  async ofPerson(personId: string, from?: string, to?: string): Promise<MembershipView[]> {
    return (await this.sql(sqlOf.ofPerson, [personId, from ?? null, from ?? null, to ?? null, to ?? null])).map(view);
  }

  async seatsOn(bodyId: string, date: string): Promise<MembershipView[]> {
    return (await this.sql(sqlOf.seatsOn, [bodyId, date, date])).map(view);
  }
}

const view = (r: Record<string, unknown>): MembershipView => ({
  ...MEMBERSHIP.decode(r),
  personName: String(r.person_name),
  organizationName: String(r.organization_name),
});
