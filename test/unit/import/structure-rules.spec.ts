import type { Doc } from './fixtures/base-dataset';
import { type BrokenCase, expectBrokenCase, problemsAfter } from './fixtures/broken-case';

const hierarchy: BrokenCase[] = [
  {
    name: 'body without a parent',
    mutate: (d) => delete d.organizations[4].parent_id,
    path: 'organizations[4].parent_id',
    code: 'missing_parent',
    message: 'is required for a body (committee)',
  },
  {
    name: 'enterprise without a parent',
    mutate: (d) => delete d.organizations[6].parent_id,
    path: 'organizations[6].parent_id',
    code: 'missing_parent',
    message: 'is required for an enterprise (municipal_enterprise)',
  },
  {
    name: 'committee belonging to a body',
    mutate: (d) => (d.organizations[4].parent_id = 'k-kh'),
    path: 'organizations[4].parent_id',
    code: 'invalid_parent',
    message: 'a committee belongs to an entity, but "k-kh" (board) is a body',
  },
  {
    name: 'division belonging to a council',
    mutate: (d) => (d.organizations[5].parent_id = 'k-kv'),
    path: 'organizations[5].parent_id',
    code: 'invalid_parent',
    message: 'a division belongs to an entity, board, committee or other body, but "k-kv" (council) is not one',
  },
  {
    name: 'municipal enterprise run by a company',
    mutate: (d) => (d.organizations[6].parent_id = 'ktilat'),
    path: 'organizations[6].parent_id',
    code: 'invalid_parent',
    message: 'a municipal enterprise is run by a municipality or a joint municipal authority, but "ktilat" (company) is not one',
  },
  {
    name: 'entity belonging to a body',
    mutate: (d) => (d.organizations[11].parent_id = 'k-kh'),
    path: 'organizations[11].parent_id',
    code: 'invalid_parent',
    message: 'an entity cannot belong to a body, but "k-kh" (board) is one',
  },
  {
    name: 'parent links forming a loop',
    mutate: (d) => {
      d.organizations[10].parent_id = 'rakennus';
      d.organizations[11].parent_id = 'ktilat';
    },
    path: 'organizations[10].parent_id',
    code: 'parent_cycle',
    message: 'parent links form a loop: "ktilat" → "rakennus" → "ktilat"',
  },
  {
    name: 'organization that is its own parent',
    mutate: (d) => (d.organizations[4].parent_id = 'k-tl'),
    path: 'organizations[4].parent_id',
    code: 'parent_cycle',
    message: 'parent links form a loop: "k-tl" → "k-tl"',
  },
];

const memberships: BrokenCase[] = [
  {
    name: 'seat role in an entity',
    mutate: (d) => (d.memberships[6].role = 'member'),
    path: 'memberships[6].role',
    code: 'role_not_allowed',
    message: '"member" is a seat in a body, but "k" (municipality) is an entity; use board_chair, board_member',
  },
  {
    name: 'entity role in a body',
    mutate: (d) => (d.memberships[7].role = 'ceo'),
    path: 'memberships[7].role',
    code: 'role_not_allowed',
    message: '"ceo" is a position in an entity, but "k-tl" (committee) is a body; use chair, vice_chair, member, deputy',
  },
  {
    name: 'deputy_for on a member',
    mutate: (d) => (d.memberships[2].deputy_for = 'm-anna-kh'),
    path: 'memberships[2].deputy_for',
    code: 'field_not_allowed',
    message: 'only a deputy has deputy_for (role is "chair")',
  },
  {
    name: 'deputy of a deputy',
    mutate: (d) =>
      d.memberships.push({
        id: 'm-kalle-kh',
        person_id: 'kalle',
        organization_id: 'k-kh',
        role: 'deputy',
        start_date: '2025-06-01',
        deputy_for: 'm-bertta-kh',
      }),
    path: 'memberships[8].deputy_for',
    code: 'deputy_of_deputy',
    message: 'membership "m-bertta-kh" is itself a deputy',
  },
  {
    name: 'personal deputy for a seat in another body',
    mutate: (d) => (d.memberships[1].deputy_for = 'm-kaisa-tl'),
    path: 'memberships[1].deputy_for',
    code: 'deputy_other_body',
    message: 'membership "m-kaisa-tl" is a seat in "k-tl", not in "k-kh"',
  },
  {
    name: 'deputy for an entity position',
    mutate: (d) => (d.memberships[1].deputy_for = 'm-sanna-k'),
    path: 'memberships[1].deputy_for',
    code: 'wrong_reference_kind',
    message: 'membership "m-sanna-k" is an employee position',
    total: 2,
  },
  {
    name: 'deputy for oneself',
    mutate: (d) => (d.memberships[1].person_id = 'anna'),
    path: 'memberships[1].deputy_for',
    code: 'self_reference',
    message: '"anna" cannot be their own deputy',
  },
  {
    name: 'deputy_order on a member',
    mutate: (d) => (d.memberships[3].deputy_order = 1),
    path: 'memberships[3].deputy_order',
    code: 'field_not_allowed',
    message: 'only deputies have a deputy_order (role is "member")',
  },
];

const organizationKinds: BrokenCase[] = [
  {
    name: 'seats on an entity',
    mutate: (d) => (d.organizations[0].seats = 43),
    path: 'organizations[0].seats',
    code: 'field_not_allowed',
    message: 'only bodies have seats, and this is a municipality',
  },
  {
    name: 'owners on a municipality',
    mutate: (d) => (d.organizations[0].owners = [{ organization_id: 'h', share: 0.1 }]),
    path: 'organizations[0].owners',
    code: 'field_not_allowed',
    message: 'only companies, associations, foundations and other entities have owners, and this is a municipality',
  },
  {
    name: 'a body as owner',
    mutate: (d) => (d.organizations[10].owners[0].organization_id = 'k-kh'),
    path: 'organizations[10].owners[0].organization_id',
    code: 'wrong_reference_kind',
    message: '"k-kh" (board) is a body; owners are entities',
  },
  {
    name: 'a company owning itself',
    mutate: (d) => (d.organizations[10].owners[0].organization_id = 'ktilat'),
    path: 'organizations[10].owners[0].organization_id',
    code: 'self_reference',
    message: 'an organization cannot own itself',
  },
  {
    name: 'owners sharing more than the whole',
    mutate: (d) => d.organizations[10].owners.push({ organization_id: 'h', share: 0.5 }),
    path: 'organizations[10].owners',
    code: 'shares_exceed_whole',
    message: "owners' shares add up to 1.5, more than 1",
  },
  {
    name: 'an owner listed twice',
    mutate: (d) => d.organizations[10].owners.push({ organization_id: 'k' }),
    path: 'organizations[10].owners[1].organization_id',
    code: 'duplicate_entry',
    message: '"k" is listed twice',
  },
  {
    name: 'member_ids on a company',
    mutate: (d) => (d.organizations[11].member_ids = ['k']),
    path: 'organizations[11].member_ids',
    code: 'field_not_allowed',
    message: 'only joint authorities have member_ids, and this is a company',
  },
  {
    name: 'a company as member of a joint municipal authority',
    mutate: (d) => d.organizations[8].member_ids.push('ktilat'),
    path: 'organizations[8].member_ids[1]',
    code: 'wrong_reference_kind',
    message: '"ktilat" (company) cannot be a member of a joint municipal authority: members are municipalities or wellbeing counties',
  },
  {
    name: 'a municipality as member of a wellbeing joint authority',
    mutate: (d) =>
      d.organizations.push({ id: 'hy', name: 'Hyvinvointiyhtymä', classification: 'wellbeing_joint_authority', member_ids: ['h', 'k'] }),
    path: 'organizations[13].member_ids[1]',
    code: 'wrong_reference_kind',
    message: 'members are wellbeing counties',
  },
  {
    name: 'a joint authority member listed twice',
    mutate: (d) => d.organizations[8].member_ids.push('k'),
    path: 'organizations[8].member_ids[1]',
    code: 'duplicate_entry',
    message: '"k" is listed twice (first at organizations[8].member_ids[0])',
  },
];

describe('validateDataset: organization structure and memberships', () => {
  it.each([...hierarchy, ...memberships, ...organizationKinds])('$name ($path)', (broken) => expectBrokenCase(broken));

  it.each([
    ['a division of an entity', (d: Doc) => (d.organizations[5].parent_id = 'k')],
    ['a division of a board', (d: Doc) => (d.organizations[5].parent_id = 'k-kh')],
    [
      'a board of a company',
      (d: Doc) => d.organizations.push({ id: 'rak-hallitus', name: 'Hallitus', classification: 'board', parent_id: 'rakennus' }),
    ],
    ['an enterprise of a joint authority', (d: Doc) => (d.organizations[6].parent_id = 'kky')],
    ['a wellbeing county in a joint municipal authority', (d: Doc) => d.organizations[8].member_ids.push('h')],
    [
      'owners sharing exactly the whole in thirds',
      (d: Doc) => {
        d.organizations[10].owners = [
          { organization_id: 'k', share: 0.3333333 },
          { organization_id: 'h', share: 0.3333333 },
          { organization_id: 'kky', share: 0.3333334 },
        ];
      },
    ],
  ])('accepts %s', (_name, mutate) => {
    expect(problemsAfter(mutate)).toEqual([]);
  });
});
