import type { InterestKind } from '../common/vocabulary';
import type { InterestFact } from '../rules/facts';
import type { SqlRunner } from '../database/sql';
import { arrayLiteral, upsertById, upsertStatement } from '../database/sql-batch';
import { col, table, type RecordOf, type RowOf } from '../database/table';
import type { StatementSource } from '../database/rendered-sql';

/** The `interest` table: the one list of its columns (checked against the entity by a test). */
export const INTEREST = table('interest', {
  id: col.id('id'),
  personId: col.id('person_id'),
  organizationId: col.id('organization_id').optional(),
  kind: col.text('kind').of<InterestKind>(),
  description: col.text('description').optional(),
  /** Set when the body has judged the interest material (or not). */
  material: col.bool('material').optional(),
  declaredOn: col.date('declared_on').optional(),
  startDate: col.date('start_date').optional(),
  endDate: col.date('end_date').optional(),
});

export type InterestRow = RowOf<typeof INTEREST.columns>;
/** A declared interest in `jaavi-dataset/1`. */
export type InterestRecord = RecordOf<typeof INTEREST.columns>;
/** An interest with the organisation's name. */
export type InterestView = InterestRow & { organizationName: string | null };

/** The columns the engine reads (`InterestFact`). */
const FACT_COLUMNS = [
  'id',
  'personId',
  'organizationId',
  'kind',
  'description',
  'material',
  'declaredOn',
  'startDate',
  'endDate',
] as const satisfies readonly (keyof InterestFact)[];

/** The table to read: `interest`, or `interest_known_on(t)` (as recorded at t). */
export type InterestSource = 'interest' | `interest_known_on(${string})`;

const sqlOf = {
  /** The interests of the persons ? (the facts loader). */
  ofPersons: (source: InterestSource) => `select ${INTEREST.select('i', FACT_COLUMNS)} from ${source} i where i.person_id = any(?::text[])`,
  /** The interests of person ?, with the organisation's name. */
  ofPerson: `select ${INTEREST.select('i')}, o.name as organization_name
         from interest i left join organization o on o.id = i.organization_id where i.person_id = ? order by i.id`,
  /** Interest ?, locked for an edit. */
  forUpdate: `select ${INTEREST.select('i')} from interest i where i.id = ? for update`,
  all: `select ${INTEREST.select('i')} from interest i order by i.id`,
  upsert: upsertStatement(INTEREST.name, INTEREST.hashedColumns()),
};

/** Every statement on `interest`: the import's upsert, the export, the facts loader's read, the declarations. */
export class InterestRepository {
  static readonly source: StatementSource = {
    file: 'src/interests/interest.repository',
    statements: () => ({
      ofPersons: sqlOf.ofPersons('interest'),
      ofPerson: sqlOf.ofPerson,
      forUpdate: sqlOf.forUpdate,
      all: sqlOf.all,
      upsert: sqlOf.upsert,
    }),
  };

  constructor(private readonly sql: SqlRunner) {}

  async upsert(records: readonly InterestRecord[]): Promise<{ created: string[]; updated: string[] }> {
    const rows = records.map((r) => INTEREST.withHash(INTEREST.fromRecord(r)));
    return upsertById(this.sql, INTEREST.name, INTEREST.hashedColumns(), rows);
  }

  async exportAll(): Promise<InterestRecord[]> {
    return (await this.sql(sqlOf.all, [])).map((r) => INTEREST.toRecord(INTEREST.decode(r)));
  }

  async factsOf(source: InterestSource, personIds: readonly string[]): Promise<InterestFact[]> {
    return (await this.sql(sqlOf.ofPersons(source), [arrayLiteral(personIds)])).map((r) => INTEREST.decode(r, FACT_COLUMNS));
  }

  async ofPerson(personId: string): Promise<InterestView[]> {
    return (await this.sql(sqlOf.ofPerson, [personId])).map((r) => ({
      ...INTEREST.decode(r),
      organizationName: r.organization_name === null ? null : String(r.organization_name),
    }));
  }

  /** The interest, locked until the transaction ends; null when there is none. */
  async lock(id: string): Promise<InterestRow | null> {
    const [row] = await this.sql(sqlOf.forUpdate, [id]);
    return row ? INTEREST.decode(row) : null;
  }
}
