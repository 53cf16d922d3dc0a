import type { ContactDetailType, NameLanguage, PreferredLanguage } from '../common/vocabulary';
import type { SqlRunner } from '../database/sql';
import { arrayLiteral, upsertById, upsertStatement } from '../database/sql-batch';
import { ChildList } from '../database/child-list';
import { contentHash } from '../database/content-hash';
import { jsonValue } from '../database/rows';
import { col, table, type Hashed, type RecordOf, type RowOf } from '../database/table';
import type { StatementSource } from '../database/rendered-sql';
import { membershipSql } from '../memberships/membership.repository';

/** The `person` table: the one list of its columns (checked against the entity by a test). */
export const PERSON = table('person', {
  id: col.id('id'),
  name: col.text('name'),
  givenName: col.text('given_name').optional(),
  familyName: col.text('family_name').optional(),
  /** The language of what jaavi sends the person (fi, sv, en). */
  preferredLang: col.text('preferred_lang').of<PreferredLanguage>().optional(),
});

/** A person's other names (`person_name`), in order. */
export const PERSON_NAMES = new ChildList(
  table('person_name', { name: col.text('name'), lang: col.text('lang').of<NameLanguage>().optional(), note: col.text('note').optional() }),
  'person_id',
);
/** A person's identifiers (`person_identifier`), in order. */
export const PERSON_IDENTIFIERS = new ChildList(
  table('person_identifier', { scheme: col.text('scheme'), identifier: col.text('identifier') }),
  'person_id',
);

/**
 * A person's e-mail addresses and phone numbers (`person_contact_detail`), in order. Personal
 * data: never part of the public view below, read only through `contactDetails` (which the
 * personal-data service gates and logs).
 */
export const PERSON_CONTACT_DETAILS = new ChildList(
  table('person_contact_detail', {
    type: col.text('type').of<ContactDetailType>(),
    value: col.text('value'),
    label: col.text('label').optional(),
  }),
  'person_id',
);

type NameRow = RowOf<typeof PERSON_NAMES.columns.columns>;
type IdentifierRow = RowOf<typeof PERSON_IDENTIFIERS.columns.columns>;
export type ContactDetailRow = RowOf<typeof PERSON_CONTACT_DETAILS.columns.columns>;

/** A person in `jaavi-dataset/1`. */
export type PersonRecord = RecordOf<typeof PERSON.columns> & {
  readonly other_names?: readonly RecordOf<typeof PERSON_NAMES.columns.columns>[];
  readonly identifiers?: readonly RecordOf<typeof PERSON_IDENTIFIERS.columns.columns>[];
  readonly contact_details?: readonly RecordOf<typeof PERSON_CONTACT_DETAILS.columns.columns>[];
};
/** A person as the read API shows it. */
export type PersonView = RowOf<typeof PERSON.columns> & { otherNames: NameRow[]; identifiers: IdentifierRow[] };

interface PersonRows extends Hashed<RowOf<typeof PERSON.columns>> {
  readonly names: NameRow[];
  readonly identifiers: IdentifierRow[];
  readonly contactDetails: ContactDetailRow[];
}

/** Who may see whom: a person who holds or held a position, or the viewer themselves (`?`). */
const PUBLIC_PERSON = `(${membershipSql.holdsAnyPosition('p.id')} or p.id = ?)`;

const VIEW = `select ${PERSON.select('p')},
    ${PERSON_NAMES.aggregate('p.id')} as other_names,
    ${PERSON_IDENTIFIERS.aggregate('p.id')} as identifiers
  from person p`;

const sqlOf = {
  upsert: upsertStatement(PERSON.name, PERSON.hashedColumns()),
  all: `select ${PERSON.select('p')} from person p order by p.id`,
  /** The names of persons ? (the facts loader). */
  names: `select p.id, p.name from person p where p.id = any(?::text[])`,
  /** Person ?, as anyone may see them. */
  get: `${VIEW} where p.id = ?`,
  /** Person ?, if public or the viewer ?. */
  getPublic: `${VIEW} where p.id = ? and ${PUBLIC_PERSON}`,
  /** Person ?'s contact details, in order (personal data: the caller has checked the policy). */
  contactDetails: `select ${PERSON_CONTACT_DETAILS.columns.select('c')} from ${PERSON_CONTACT_DETAILS.columns.name} c where c.person_id = ? order by c.position`,
};

export interface PersonFilter {
  /** Null: every person (administrators); otherwise only public persons and this viewer's own record. */
  readonly viewer: string | null;
  readonly nameContains?: string;
  /** Keyset: the last (name, id) seen. */
  readonly after?: readonly [string, string];
  readonly limit: number;
}

/** Every statement on `person`, `person_name`, `person_identifier` and `person_contact_detail`. */
export class PersonRepository {
  static readonly source: StatementSource = {
    file: 'src/people/person.repository',
    statements: () => ({
      ...sqlOf,
      list: PersonRepository.listSql({ viewer: '', nameContains: 'x', after: ['', ''], limit: 1 }).text,
      ...PERSON_NAMES.statements(),
      ...PERSON_IDENTIFIERS.statements(),
      ...PERSON_CONTACT_DETAILS.statements(),
    }),
  };

  constructor(private readonly sql: SqlRunner) {}

  /** Writes records by id; an unchanged person (children included) is left untouched. */
  async upsert(records: readonly PersonRecord[]): Promise<{ created: string[]; updated: string[] }> {
    const rows: PersonRows[] = records.map((p) => {
      const row = PERSON.fromRecord(p);
      const names = (p.other_names ?? []).map((n) => PERSON_NAMES.columns.fromRecord(n));
      const identifiers = (p.identifiers ?? []).map((i) => PERSON_IDENTIFIERS.columns.fromRecord(i));
      const contactDetails = (p.contact_details ?? []).map((c) => PERSON_CONTACT_DETAILS.columns.fromRecord(c));
      // Contact details join the hash only when there are some, so every hash stored before
      // they existed stays valid (a re-import of an older file rewrites nothing).
      const hashed = { row: PERSON.hashed(row), names, identifiers, ...(contactDetails.length ? { contactDetails } : {}) };
      return { row, names, identifiers, contactDetails, content_hash: contentHash(hashed) };
    });
    const result = await upsertById(this.sql, PERSON.name, PERSON.hashedColumns(), rows);
    const changed = new Set([...result.created, ...result.updated]);
    const rewrite = rows.filter((p) => changed.has(p.row.id));
    await PERSON_NAMES.replace(
      this.sql,
      rewrite.map((p) => [p.row.id, p.names] as const),
    );
    await PERSON_IDENTIFIERS.replace(
      this.sql,
      rewrite.map((p) => [p.row.id, p.identifiers] as const),
    );
    await PERSON_CONTACT_DETAILS.replace(
      this.sql,
      rewrite.map((p) => [p.row.id, p.contactDetails] as const),
    );
    return result;
  }

  /** Every person as dataset records, by id (one statement per table). */
  async exportAll(): Promise<PersonRecord[]> {
    const people = await this.sql(sqlOf.all, []);
    const names = await PERSON_NAMES.all(this.sql);
    const identifiers = await PERSON_IDENTIFIERS.all(this.sql);
    const contacts = await PERSON_CONTACT_DETAILS.all(this.sql);
    return people.map((raw) => {
      const record = PERSON.toRecord(PERSON.decode(raw));
      const otherNames = names.get(record.id) ?? [];
      const ids = identifiers.get(record.id) ?? [];
      const details = contacts.get(record.id) ?? [];
      return {
        ...record,
        ...(otherNames.length ? { other_names: otherNames } : {}),
        ...(ids.length ? { identifiers: ids } : {}),
        ...(details.length ? { contact_details: details } : {}),
      };
    });
  }

  /** The names of the persons (the engine's persons). */
  async names(ids: readonly string[]): Promise<{ id: string; name: string }[]> {
    return (await this.sql(sqlOf.names, [arrayLiteral(ids)])).map((r) => ({ id: String(r.id), name: String(r.name) }));
  }

  /** Person ?'s e-mail addresses and phone numbers. Personal data: only after the policy allowed it. */
  async contactDetails(id: string): Promise<ContactDetailRow[]> {
    return (await this.sql(sqlOf.contactDetails, [id])).map((r) => PERSON_CONTACT_DETAILS.columns.decode(r));
  }

  async get(id: string, viewer: string | null): Promise<PersonView | null> {
    const [row] = viewer === null ? await this.sql(sqlOf.get, [id]) : await this.sql(sqlOf.getPublic, [id, viewer]);
    return row ? view(row) : null;
  }

  /** A page of persons by name, then id (one more than `limit`, to tell whether more follow). */
  async list(filter: PersonFilter): Promise<PersonView[]> {
    const { text, params } = PersonRepository.listSql(filter);
    return (await this.sql(text, params)).map(view);
  }

  private static listSql(filter: PersonFilter): { text: string; params: unknown[] } {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.viewer !== null) {
      where.push(PUBLIC_PERSON);
      params.push(filter.viewer);
    }
    if (filter.nameContains) {
      where.push(`p.name ilike ? escape '\\'`);
      params.push(`%${filter.nameContains.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    }
    if (filter.after) {
      where.push('(p.name, p.id) > (?, ?)');
      params.push(filter.after[0], filter.after[1]);
    }
    return {
      text: `${VIEW} ${where.length ? `where ${where.join(' and ')}` : ''} order by p.name, p.id limit ?`,
      params: [...params, filter.limit + 1],
    };
  }
}

const view = (r: Record<string, unknown>): PersonView => ({
  ...PERSON.decode(r),
  otherNames: jsonValue<NameRow[]>(r.other_names),
  identifiers: jsonValue<IdentifierRow[]>(r.identifiers),
});
