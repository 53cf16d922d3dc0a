import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from '../../../src/config/mikro-orm.config';
import type { ColumnDef } from '../../../src/database/table';
import { Person } from '../../../src/people/person.entity';
import { PersonName } from '../../../src/people/person-name.entity';
import { PersonIdentifier } from '../../../src/people/person-identifier.entity';
import { PersonContactDetail } from '../../../src/people/person-contact-detail.entity';
import { PERSON, PERSON_CONTACT_DETAILS, PERSON_IDENTIFIERS, PERSON_NAMES } from '../../../src/people/person.repository';
import { Membership } from '../../../src/memberships/membership.entity';
import { InterestHistory, MembershipHistory, RelationshipHistory } from '../../../src/history/history.entities';
import { Relationship } from '../../../src/relationships/relationship.entity';
import { Interest } from '../../../src/interests/interest.entity';
import { RELATIONSHIP } from '../../../src/relationships/relationship.repository';
import { INTEREST } from '../../../src/interests/interest.repository';
import { MEMBERSHIP } from '../../../src/memberships/membership.repository';

/** Columns the repositories manage themselves, outside the record's fields. */
const SYSTEM = new Set(['content_hash', 'recorded_at', 'version', 'history_id', 'recorded_from', 'recorded_to']);

/** A child list's own keys, written by `ChildList`: its serial id, its owner and its position. */
const CHILD = new Set(['id', 'person_id', 'organization_id', 'position']);
const CHILD_TABLES = new Set(['person_name', 'person_identifier', 'person_contact_detail', 'organization_name', 'organization_identifier']);

const TYPES: Record<ColumnDef['kind'], RegExp> = {
  id: /^varchar\(200\)$/,
  text: /^(text|varchar\(\d+\))$/,
  date: /^date$/,
  int: /^int(eger)?$/,
  float: /^(double precision|double|float8)$/,
  bool: /^boolean$/,
};

// Each repository's column list against the ORM's metadata of the same table (the entity the
// migrations are generated from), so neither can change without the other.
const PAIRS: [string, { new (): object }, { definitions(): readonly (readonly [string, ColumnDef])[] }][] = [
  ['person', Person, PERSON],
  ['person_name', PersonName, PERSON_NAMES.columns],
  ['person_identifier', PersonIdentifier, PERSON_IDENTIFIERS.columns],
  ['person_contact_detail', PersonContactDetail, PERSON_CONTACT_DETAILS.columns],
  ['membership', Membership, MEMBERSHIP],
  ['membership_history', MembershipHistory, MEMBERSHIP],
  ['relationship', Relationship, RELATIONSHIP],
  ['relationship_history', RelationshipHistory, RELATIONSHIP],
  ['interest', Interest, INTEREST],
  ['interest_history', InterestHistory, INTEREST],
];

describe('repository column lists match the entities', () => {
  let orm: MikroORM;
  beforeAll(async () => {
    orm = await MikroORM.init({ ...ormConfig('postgres://nobody@127.0.0.1:1/none', false), connect: false });
  });
  afterAll(async () => orm.close());

  it.each(PAIRS)('%s', (name, entity, table) => {
    const meta = orm.getMetadata().get(entity.name);
    const columns = new Map<string, { type: string; nullable: boolean }>();
    for (const prop of meta.props) {
      if (!prop.fieldNames || prop.persist === false) continue;
      const [field] = prop.fieldNames;
      if (CHILD_TABLES.has(name) && CHILD.has(field ?? '')) continue;
      if (field && !SYSTEM.has(field))
        columns.set(field, { type: String(prop.columnTypes?.[0] ?? prop.type), nullable: Boolean(prop.nullable) });
    }
    const declared = table.definitions().map(([, c]) => c.column);
    expect([...columns.keys()].sort()).toEqual([...declared].sort());
    for (const [, c] of table.definitions()) {
      const column = columns.get(c.column)!;
      expect({ column: c.column, nullable: column.nullable }).toEqual({ column: c.column, nullable: c.nullable });
      expect(`${c.column}: ${column.type}`).toMatch(new RegExp(`^${c.column}: ${TYPES[c.kind].source.slice(1)}`));
    }
  });
});
