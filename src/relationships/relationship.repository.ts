import type { RelationshipKind } from '../common/vocabulary';
import type { RelationshipFact } from '../rules/facts';
import type { SqlRunner } from '../database/sql';
import { arrayLiteral, upsertById, upsertStatement } from '../database/sql-batch';
import { col, table, type RecordOf, type RowOf } from '../database/table';
import type { StatementSource } from '../database/rendered-sql';

/** The `relationship` table: the one list of its columns (checked against the entity by a test). */
export const RELATIONSHIP = table('relationship', {
  id: col.id('id'),
  personId: col.id('person_id'),
  relativeId: col.id('relative_id'),
  /** From `person`'s point of view. */
  kind: col.text('kind').of<RelationshipKind>(),
  half: col.bool('half').optional(),
  startDate: col.date('start_date').optional(),
  endDate: col.date('end_date').optional(),
});

export type RelationshipRow = RowOf<typeof RELATIONSHIP.columns>;
/** A relationship in `jaavi-dataset/1`. */
export type RelationshipRecord = RecordOf<typeof RELATIONSHIP.columns>;
/** A relationship with the other person's name, as the person concerned sees it. */
export type RelationshipView = RelationshipRow & { relativeName: string };

/** The columns the engine reads (`RelationshipFact`). */
const FACT_COLUMNS = [
  'id',
  'personId',
  'relativeId',
  'kind',
  'half',
  'startDate',
  'endDate',
] as const satisfies readonly (keyof RelationshipFact)[];

/** The table to read: `relationship`, or `relationship_known_on(t)` (as recorded at t). */
export type RelationshipSource = 'relationship' | `relationship_known_on(${string})`;

const sqlOf = {
  /** One kinship step: every relationship of the persons ? in either direction (two index lookups). */
  touching: (source: RelationshipSource) => {
    const columns = RELATIONSHIP.select('r', FACT_COLUMNS);
    return `select ${columns} from ${source} r where r.person_id = any(?::text[])
         union select ${columns} from ${source} r where r.relative_id = any(?::text[])`;
  },
  /** The relationships of person ? (?, ?), with the other person's name. */
  ofPerson: `select ${RELATIONSHIP.select('r')}, p.name as relative_name
         from relationship r join person p on p.id = case when r.person_id = ? then r.relative_id else r.person_id end
         where r.person_id = ? or r.relative_id = ? order by r.id`,
  all: `select ${RELATIONSHIP.select('r')} from relationship r order by r.id`,
  upsert: upsertStatement(RELATIONSHIP.name, RELATIONSHIP.hashedColumns()),
};

/** Every statement on `relationship`: the import's upsert, the export, the kinship walk and the personal-data read. */
export class RelationshipRepository {
  static readonly source: StatementSource = {
    file: 'src/relationships/relationship.repository',
    statements: () => ({ touching: sqlOf.touching('relationship'), ofPerson: sqlOf.ofPerson, all: sqlOf.all, upsert: sqlOf.upsert }),
  };

  constructor(private readonly sql: SqlRunner) {}

  async upsert(records: readonly RelationshipRecord[]): Promise<{ created: string[]; updated: string[] }> {
    const rows = records.map((r) => RELATIONSHIP.withHash(RELATIONSHIP.fromRecord(r)));
    return upsertById(this.sql, RELATIONSHIP.name, RELATIONSHIP.hashedColumns(), rows);
  }

  async exportAll(): Promise<RelationshipRecord[]> {
    return (await this.sql(sqlOf.all, [])).map((r) => RELATIONSHIP.toRecord(RELATIONSHIP.decode(r)));
  }

  /** The relationships touching any of `personIds`, as facts. */
  async touching(source: RelationshipSource, personIds: readonly string[]): Promise<RelationshipFact[]> {
    const ids = arrayLiteral(personIds);
    return (await this.sql(sqlOf.touching(source), [ids, ids])).map((r) => RELATIONSHIP.decode(r, FACT_COLUMNS));
  }

  async ofPerson(personId: string): Promise<RelationshipView[]> {
    return (await this.sql(sqlOf.ofPerson, [personId, personId, personId])).map((r) => ({
      ...RELATIONSHIP.decode(r),
      relativeName: String(r.relative_name),
    }));
  }
}
