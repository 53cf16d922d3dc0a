import { useState } from 'preact/hooks';
import { gql, type Capabilities } from '../api';
import type { Session } from '../auth';
import { Badge, ErrorMessage, Fi, Loading, NotAvailable, PageTitle } from '../components';
import { today, useLoad } from '../hooks';
import { useI18n } from '../i18n';
import { listOrganizations } from '../queries';

interface Interest {
  id: string;
  kind: string;
  description: string | null;
  organizationId: string | null;
  organizationName: string | null;
  startDate: string | null;
  endDate: string | null;
  declaredOn: string | null;
  material: boolean | null;
}

const FIELDS = 'id kind description organizationId organizationName startDate endDate declaredOn material';
const KINDS = ['shareholding', 'real_estate', 'other'];

async function loadInterests(caps: Capabilities, person: string | null): Promise<Interest[]> {
  if (caps.has('Query.myInterests')) {
    return (await gql<{ myInterests: Interest[] }>(`query MyInterests { myInterests { ${FIELDS} } }`)).myInterests;
  }
  if (!person) return [];
  return (
    await gql<{ person: { interests: Interest[] } }>(`query Interests($id: ID!) { person(id: $id) { interests { ${FIELDS} } } }`, {
      id: person,
    })
  ).person.interests;
}

function EndInterest({ interest, caps, onDone }: { interest: Interest; caps: Capabilities; onDone: (m: string) => void }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [endDate, setEndDate] = useState(today());
  const [error, setError] = useState<unknown>(null);
  if (!caps.has('Mutation.endInterest') || interest.endDate) return null;
  if (!open)
    return (
      <button type="button" onClick={() => setOpen(true)}>
        {t('interests.end')}
        <span class="visually-hidden">: {interest.organizationName ?? interest.description}</span>
      </button>
    );
  const f = 'Mutation.endInterest';
  return (
    <form
      class="inline-form"
      onSubmit={async (e) => {
        e.preventDefault();
        try {
          await gql(
            `mutation End($id: ID!, $endDate: ${caps.argType(f, 'endDate', 'Date!')}) { endInterest(id: $id, endDate: $endDate) ${caps.resultSelection(f)} }`,
            { id: interest.id, endDate },
          );
          onDone(t('interests.ended'));
        } catch (err) {
          setError(err);
        }
      }}
    >
      <ErrorMessage error={error} />
      <label for={`end-${interest.id}`}>{t('interests.endDate')}</label>
      <input
        id={`end-${interest.id}`}
        type="date"
        required
        value={endDate}
        onInput={(e) => setEndDate((e.target as HTMLInputElement).value)}
      />
      <button type="submit" class="primary">
        {t('common.save')}
      </button>
      <button type="button" onClick={() => setOpen(false)}>
        {t('common.cancel')}
      </button>
    </form>
  );
}

function DeclareForm({ caps, onDone }: { caps: Capabilities; onDone: (m: string) => void }) {
  const { t, label } = useI18n();
  const orgs = useLoad(listOrganizations, []);
  const [organizationId, setOrganizationId] = useState('');
  const [kind, setKind] = useState('shareholding');
  const [description, setDescription] = useState('');
  const [startDate, setStartDate] = useState('');
  const [error, setError] = useState<unknown>(null);
  const companies = (orgs.data ?? [])
    .filter((o) => !['council', 'board', 'committee', 'division', 'audit_committee', 'other_body'].includes(o.classification))
    .sort((a, b) => a.name.localeCompare(b.name, 'fi'));
  const f = 'Mutation.declareInterest';
  return (
    <form
      class="card"
      aria-labelledby="declare-title"
      onSubmit={async (e) => {
        e.preventDefault();
        setError(null);
        try {
          const inputType = caps.inputTypeName(f, 'input');
          await gql(
            `mutation Declare($input: ${caps.argType(f, 'input', 'DeclareInterestInput!')}) { declareInterest(input: $input) ${caps.resultSelection(f)} }`,
            {
              input: caps.onlyKnown(inputType, {
                organizationId: organizationId || null,
                kind,
                description: description.trim() || null,
                startDate: startDate || null,
              }),
            },
          );
          setDescription('');
          setOrganizationId('');
          setStartDate('');
          onDone(t('interests.declared'));
        } catch (err) {
          setError(err);
        }
      }}
    >
      <h2 id="declare-title">{t('interests.declare')}</h2>
      <ErrorMessage error={error} />
      <div class="grid">
        <div class="field">
          <label for="i-kind">{t('interests.kind')}</label>
          <select id="i-kind" value={kind} onChange={(e) => setKind((e.target as HTMLSelectElement).value)}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {label('interestKind', k)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="i-org">{t('interests.organization')}</label>
          <select id="i-org" value={organizationId} onChange={(e) => setOrganizationId((e.target as HTMLSelectElement).value)}>
            <option value="">{t('interests.noOrganization')}</option>
            {companies.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="i-start">{t('interests.startDate')}</label>
          <input id="i-start" type="date" value={startDate} onInput={(e) => setStartDate((e.target as HTMLInputElement).value)} />
        </div>
      </div>
      <div class="field">
        <label for="i-description">{t('interests.description')}</label>
        <textarea
          id="i-description"
          rows={3}
          required
          value={description}
          onInput={(e) => setDescription((e.target as HTMLTextAreaElement).value)}
        />
      </div>
      <button type="submit" class="primary">
        {t('interests.declareButton')}
      </button>
    </form>
  );
}

/** The official's declared interests (sidonnaisuudet): list, declare, end. */
export function Interests({ session, caps }: { session: Session; caps: Capabilities }) {
  const { t, date, label } = useI18n();
  const result = useLoad(() => loadInterests(caps, session.claims.person), [session.token]);
  const [message, setMessage] = useState('');
  const done = (m: string) => {
    setMessage(m);
    result.reload();
  };
  return (
    <section>
      <PageTitle title={t('interests.title')}>{t('interests.title')}</PageTitle>
      <p>{t('interests.intro')}</p>
      <div role="status" class="status-message">
        {message}
      </div>
      {result.loading && !result.data && <Loading />}
      <ErrorMessage error={result.error} />
      {result.data && (
        <div class="table-wrap">
          <table data-testid="interests-table">
            <caption>{t('interests.listCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('interests.kind')}</th>
                <th scope="col">{t('interests.organization')}</th>
                <th scope="col">{t('interests.description')}</th>
                <th scope="col">{t('interests.period')}</th>
                <th scope="col">{t('interests.declaredOn')}</th>
                <th scope="col">{t('meetings.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {result.data.length === 0 && (
                <tr>
                  <td colSpan={6}>{t('interests.none')}</td>
                </tr>
              )}
              {result.data.map((i) => (
                <tr key={i.id}>
                  <td>{label('interestKind', i.kind)}</td>
                  <td>
                    <Fi>{i.organizationName ?? '–'}</Fi>
                  </td>
                  <td>
                    <Fi>{i.description ?? ''}</Fi> {i.material && <Badge tone="amber">{t('interests.material')}</Badge>}
                  </td>
                  <td>
                    {date(i.startDate) || '…'} – {date(i.endDate)}
                  </td>
                  <td>{date(i.declaredOn)}</td>
                  <td>
                    <EndInterest interest={i} caps={caps} onDone={done} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {caps.has('Mutation.declareInterest') ? (
        <DeclareForm caps={caps} onDone={done} />
      ) : (
        <NotAvailable what={t('interests.declareUnavailable')} />
      )}
    </section>
  );
}
