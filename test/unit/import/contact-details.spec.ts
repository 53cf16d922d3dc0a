import { type BrokenCase, expectBrokenCase, problemsAfter } from './fixtures/broken-case';

const withContacts = (details: unknown[]) => (d: any) => (d.persons[0].contact_details = details);

const cases: BrokenCase[] = [
  {
    name: 'a henkilötunnus as a contact value',
    mutate: withContacts([{ type: 'phone', value: '131052-308T' }]),
    path: 'persons[0].contact_details[0].value',
    code: 'personal_identity_code',
    message: 'henkilötunnus',
    // Also not a phone number.
    total: 2,
  },
  {
    name: 'a henkilötunnus inside a contact label',
    mutate: withContacts([{ type: 'email', value: 'anna.aalto@koivula.fi', label: 'työ, hetu 131052-308T' }]),
    path: 'persons[0].contact_details[0].label',
    code: 'personal_identity_code',
    message: 'henkilötunnus',
  },
  {
    name: 'a name where the address should be',
    mutate: withContacts([{ type: 'email', value: 'Anna Aalto' }]),
    path: 'persons[0].contact_details[0].value',
    code: 'bad_format',
    message: 'is not an e-mail address',
  },
  {
    name: 'an address without a domain',
    mutate: withContacts([{ type: 'email', value: 'anna@koivula' }]),
    path: 'persons[0].contact_details[0].value',
    code: 'bad_format',
    message: 'is not an e-mail address',
  },
  {
    name: 'two addresses in one value',
    mutate: withContacts([{ type: 'email', value: 'a@koivula.fi, b@koivula.fi' }]),
    path: 'persons[0].contact_details[0].value',
    code: 'bad_format',
    message: 'is not an e-mail address',
  },
  {
    name: 'letters in a phone number',
    mutate: withContacts([{ type: 'phone', value: 'call me' }]),
    path: 'persons[0].contact_details[0].value',
    code: 'bad_format',
    message: 'is not a phone number',
  },
  {
    name: 'the same address twice, differently cased',
    mutate: withContacts([
      { type: 'email', value: 'anna.aalto@koivula.fi' },
      { type: 'email', value: 'Anna.Aalto@Koivula.fi', label: 'again' },
    ]),
    path: 'persons[0].contact_details[1].value',
    code: 'duplicate_entry',
    message: 'first at contact_details[0]',
  },
  {
    name: 'an unknown contact type',
    mutate: withContacts([{ type: 'fax', value: '+358 9 123 456' }]),
    path: 'persons[0].contact_details[0].type',
    code: 'unknown_value',
    message: 'email',
  },
  {
    name: 'an unknown preferred language',
    mutate: (d: any) => (d.persons[0].preferred_lang = 'de'),
    path: 'persons[0].preferred_lang',
    code: 'unknown_value',
    message: 'fi',
  },
];

describe('validateDataset: contact details and preferred language', () => {
  it.each(cases)('$name ($path)', (broken) => expectBrokenCase(broken));

  it('never repeats a contact value in a message (it is personal data)', () => {
    const problems = problemsAfter(withContacts([{ type: 'email', value: 'not-an-address-xyz' }]));
    expect(problems).toHaveLength(1);
    expect(problems[0].message).not.toContain('not-an-address-xyz');
  });

  it('accepts ordinary addresses and numbers, with labels, and every language', () => {
    for (const lang of ['fi', 'sv', 'en']) {
      expect(
        problemsAfter((d: any) => {
          d.persons[0].preferred_lang = lang;
          d.persons[0].contact_details = [
            { type: 'email', value: 'anna.aalto+kh@koivula.fi', label: 'työ' },
            { type: 'email', value: 'a.aalto@posti.example.com' },
            { type: 'phone', value: '+358 40 123 4567', label: 'mobile' },
            { type: 'phone', value: '(09) 310 1691' },
          ];
        }),
      ).toEqual([]);
    }
  });
});
