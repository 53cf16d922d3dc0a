import { validateDataset } from '../../../src/import/validation';
import { baseDataset } from './fixtures/base-dataset';
import { type BrokenCase, expectBrokenCase, problemsAfter } from './fixtures/broken-case';

const VALID_CODE = '131052-308T';

const cases: BrokenCase[] = [
  {
    name: 'business ID with a wrong check digit',
    mutate: (d) => (d.organizations[0].identifiers[0].identifier = '0204819-9'),
    path: 'organizations[0].identifiers[0].identifier',
    code: 'invalid_business_id',
    message: '"0204819-9" is not a business ID (Y-tunnus): the check digit should be 8',
  },
  {
    name: 'business ID in the old six-digit form',
    mutate: (d) => (d.organizations[0].identifiers[0].identifier = '204819-8'),
    path: 'organizations[0].identifiers[0].identifier',
    code: 'invalid_business_id',
    message: 'pad an old six-digit ID with a leading zero',
  },
  {
    name: 'business ID whose digits can have no check digit',
    mutate: (d) => (d.organizations[11].identifiers[0].identifier = '0000006-0'),
    path: 'organizations[11].identifiers[0].identifier',
    code: 'invalid_business_id',
    message: 'no ID is issued with the digits 0000006',
  },
  {
    name: 'business ID scheme written in capitals',
    mutate: (d) => (d.organizations[1].identifiers[0] = { scheme: 'FI:YTUNNUS', identifier: '3221318-3' }),
    path: 'organizations[1].identifiers[0].identifier',
    code: 'invalid_business_id',
    message: 'the check digit should be 2',
  },
  {
    name: 'business ID on a person (a sole trader)',
    mutate: (d) => (d.persons[3].identifiers = [{ scheme: 'fi:ytunnus', identifier: '1234567-8' }]),
    path: 'persons[3].identifiers[0].identifier',
    code: 'invalid_business_id',
    message: 'the check digit should be 1',
  },
  {
    name: 'person identifier scheme naming a HETU',
    mutate: (d) => (d.persons[3].identifiers[0].scheme = 'fi:hetu'),
    path: 'persons[3].identifiers[0].scheme',
    code: 'personal_identity_code',
    message: 'is a personal identity code (henkilötunnus)',
  },
  {
    name: 'person identifier scheme spelled in Finnish',
    mutate: (d) => (d.persons[3].identifiers[0].scheme = 'Henkilötunnus'),
    path: 'persons[3].identifiers[0].scheme',
    code: 'personal_identity_code',
    message: 'scheme "Henkilötunnus" is a personal identity code',
  },
  {
    name: 'person identifier scheme spelled in Swedish',
    mutate: (d) => (d.persons[3].identifiers[0].scheme = 'personbeteckning'),
    path: 'persons[3].identifiers[0].scheme',
    code: 'personal_identity_code',
    message: 'is a personal identity code (henkilötunnus)',
  },
  {
    name: 'person identifier scheme in English',
    mutate: (d) => (d.persons[3].identifiers[0].scheme = 'personal_id'),
    path: 'persons[3].identifiers[0].scheme',
    code: 'personal_identity_code',
    message: 'is a personal identity code (henkilötunnus)',
  },
  {
    name: 'HETU as a person identifier under another scheme',
    mutate: (d) => (d.persons[3].identifiers[0].identifier = VALID_CODE),
    path: 'persons[3].identifiers[0].identifier',
    code: 'personal_identity_code',
    message: 'personal identity code',
  },
  {
    name: 'mistyped HETU (bad checksum) in a person identifier',
    mutate: (d) => (d.persons[3].identifiers[0].identifier = '131052-308U'),
    path: 'persons[3].identifiers[0].identifier',
    code: 'personal_identity_code',
    message: 'personal identity code',
  },
  {
    name: 'HETU in a person name',
    mutate: (d) => (d.persons[0].name = `Anna Aalto ${VALID_CODE}`),
    path: 'persons[0].name',
    code: 'personal_identity_code',
    message: 'personal identity code',
  },
  {
    name: 'HETU in a person other name note',
    mutate: (d) => (d.persons[1].other_names[0].note = `hetu ${VALID_CODE}`),
    path: 'persons[1].other_names[0].note',
    code: 'personal_identity_code',
    message: 'personal identity code',
  },
  {
    name: 'HETU in an agenda description',
    mutate: (d) => (d.events[0].agenda[0].description = `Hakija (${VALID_CODE}) hakee lupaa.`),
    path: 'events[0].agenda[0].description',
    code: 'personal_identity_code',
    message: 'personal identity code',
  },
  {
    name: 'HETU in a concern text',
    mutate: (d) => (d.events[1].agenda[0].concerns[0].text = `Naapuri ${VALID_CODE}`),
    path: 'events[1].agenda[0].concerns[0].text',
    code: 'personal_identity_code',
    message: 'personal identity code',
  },
];

describe('validateDataset: business IDs and personal identity codes', () => {
  it.each(cases)('$name ($path)', (broken) => expectBrokenCase(broken));

  it('lets a code-shaped number with a wrong checksum through in free text', () => {
    expect(problemsAfter((d) => (d.events[0].agenda[0].description = 'Viite 131052-308U'))).toEqual([]);
  });

  it('ignores identifiers of other schemes', () => {
    expect(problemsAfter((d) => (d.organizations[0].identifiers[1].identifier = 'not checked'))).toEqual([]);
  });

  it('never repeats a personal identity code in a message', () => {
    const doc = baseDataset();
    doc.organizations[4].classification = VALID_CODE;
    doc.memberships[0].person_id = VALID_CODE;
    doc.events[0].agenda[0][`note ${VALID_CODE}`] = VALID_CODE;
    const result = validateDataset(doc);
    expect(result.ok).toBe(false);
    const text = JSON.stringify(result);
    expect(text).not.toContain('131052');
    expect(text).toContain('[henkilötunnus]');
  });
});
