import type { SqlRunner } from './sql';
import { deleteChildren, deleteStatement, insertRows, insertStatement, type Column } from './sql-batch';
import { groupBy } from './rows';
import type { Columns, RecordOf, RowOf, Table } from './table';

/** One child row as written: its owner, its place in the owner's list, its columns. */
interface Placed<S extends Columns> {
  readonly owner: string;
  readonly position: number;
  readonly row: RowOf<S>;
}

/**
 * An ordered list of child rows under a record (a person's other names, an organisation's
 * identifiers): rewritten whole when the owner's content hash changes, read back in order.
 * `columns` names the child table and its own columns; `owner` is the foreign key column.
 */
export class ChildList<S extends Columns> {
  constructor(
    readonly columns: Table<S>,
    readonly owner: string,
  ) {}

  private batch(): Column<Placed<S>>[] {
    return [
      { name: this.owner, type: 'text[]', value: (p) => p.owner },
      { name: 'position', type: 'int[]', value: (p) => p.position },
      ...this.columns.batchColumns((p: Placed<S>) => p.row),
    ];
  }

  statements(): Record<string, string> {
    const t = this.columns.name;
    return {
      [`${t}.delete`]: deleteStatement(t, this.owner),
      [`${t}.insert`]: insertStatement(t, this.batch()),
      [`${t}.all`]: this.allSql(),
    };
  }

  /** Replaces the lists of the given owners. */
  async replace(sql: SqlRunner, lists: readonly (readonly [string, readonly RowOf<S>[]])[]): Promise<void> {
    await deleteChildren(
      sql,
      this.columns.name,
      this.owner,
      lists.map(([owner]) => owner),
    );
    const rows = lists.flatMap(([owner, items]) => items.map((row, position) => ({ owner, position, row })));
    await insertRows(sql, this.columns.name, this.batch(), rows);
  }

  /** Every list, by owner, as dataset records. */
  async all(sql: SqlRunner): Promise<Map<string, RecordOf<S>[]>> {
    const byOwner = groupBy(await sql(this.allSql(), []), this.owner);
    return new Map([...byOwner].map(([owner, rows]) => [owner, rows.map((r) => this.columns.toRecord(this.columns.decode(r)))]));
  }

  /** A json array of the owner's list (`ownerExpr` is the owner's id), keyed by property name. */
  aggregate(ownerExpr: string): string {
    const fields = this.columns
      .definitions()
      .map(([key, c]) => `'${key}', ${c.column}`)
      .join(', ');
    return `coalesce((select json_agg(json_build_object(${fields}) order by position) from ${this.columns.name} where ${this.owner} = ${ownerExpr}), '[]')`;
  }

  private allSql(): string {
    return `select ${this.owner}, ${this.columns.select(this.columns.name)} from ${this.columns.name} order by ${this.owner}, position`;
  }
}
