import { useState } from 'preact/hooks';
import { allPages, gql, type Capabilities } from '../api';
import { BarChart } from '../chart';
import { ErrorMessage, Fi, Loading, OrgName, PageTitle } from '../components';
import { downloadBase64, downloadText, recusalsCsv } from '../csv';
import { today, useLoad } from '../hooks';
import { useI18n } from '../i18n';
import { rememberNames, useNames } from '../names';
import { BODY_KINDS, listMeetings, listOrganizations, type PageInfo } from '../queries';
import { Link } from '../router';

export const GROUNDS = [
  'HL28_1_1',
  'HL28_1_2',
  'HL28_1_3',
  'HL28_1_4',
  'HL28_1_5',
  'HL28_1_6',
  'HL28_1_7',
  'KL97_1',
  'HVAL102_1',
  'KL97_3',
  'HVAL102_3',
];

interface Row {
  kind: 'recusal' | 'missed';
  meetingId: string;
  date: string;
  bodyId: string;
  itemId: string;
  itemTitle: string;
  personId: string;
  grounds: string[];
  decidedBy: string | null;
}

interface Filter {
  personId: string;
  bodyId: string;
  organizationId: string;
  ground: string;
  from: string;
  to: string;
}

interface History {
  rows: Row[];
  source: 'api' | 'derived';
  truncated: boolean;
}

const LIMIT = 2000;
const DERIVED_MEETINGS = 60;

async function fromApi(caps: Capabilities, filter: Filter): Promise<History> {
  const f = Object.fromEntries(Object.entries(filter).filter(([, v]) => v)) as Partial<Filter>;
  const fetchKind = async (op: 'recusals' | 'missedRecusals', kind: Row['kind']) => {
    const connection = caps.namedType(`Query.${op}`);
    const node = connection ? caps.namedType(`${connection}.nodes`) : null;
    const extra = ['decidedBy', 'personName', 'bodyName'].filter((f) => node && caps.has(`${node}.${f}`)).join(' ');
    const filterType = caps.argType(`Query.${op}`, 'filter', 'RecusalFilter');
    const result = await allPages(async (after) => {
      const data = await gql<Record<string, { nodes: Omit<Row, 'kind'>[]; pageInfo: PageInfo }>>(
        `query History($filter: ${filterType}, $after: String) { ${op}(filter: $filter, first: 100, after: $after) {
          nodes { meetingId date bodyId itemId itemTitle personId grounds ${extra} } pageInfo { endCursor hasNextPage } } }`,
        { filter: caps.onlyKnown(caps.inputTypeName(`Query.${op}`, 'filter'), f), after },
      );
      return data[op];
    }, LIMIT);
    const nodes = result.nodes as (Omit<Row, 'kind'> & { personName?: string; bodyName?: string })[];
    rememberNames(
      'person',
      nodes.filter((n) => n.personName).map((n) => [n.personId, n.personName as string]),
    );
    rememberNames(
      'organization',
      nodes.filter((n) => n.bodyName).map((n) => [n.bodyId, n.bodyName as string]),
    );
    return {
      rows: nodes.map(({ personName: _p, bodyName: _b, ...n }) => ({ ...n, decidedBy: n.decidedBy ?? null, kind })),
      truncated: result.truncated,
    };
  };
  const [recusals, missed] = await Promise.all([fetchKind('recusals', 'recusal'), fetchKind('missedRecusals', 'missed')]);
  return { rows: [...recusals.rows, ...missed.rows], source: 'api', truncated: recusals.truncated || missed.truncated };
}

/**
 * For services without `recusals`: the recusals recorded in the minutes and the missed ones found
 * by the audit, meeting by meeting (at most DERIVED_MEETINGS held meetings).
 */
async function derived(filter: Filter): Promise<History> {
  const organizations = await listOrganizations();
  const parentOf = new Map(organizations.map((o) => [o.id, o.parentId]));
  const meetings = await listMeetings(
    { status: 'held', bodyId: filter.bodyId || null, from: filter.from || null, to: filter.to || null },
    DERIVED_MEETINGS,
  );
  const list = meetings.nodes
    .filter((m) => !filter.organizationId || m.bodyId === filter.organizationId || parentOf.get(m.bodyId) === filter.organizationId)
    .slice(-DERIVED_MEETINGS);
  const rows: Row[] = [];
  const queue = [...list];
  const worker = async () => {
    for (let m = queue.shift(); m; m = queue.shift()) {
      const data = await gql<{
        meeting: {
          agenda: {
            id: string;
            title: string;
            record: { recusals: { personId: string; grounds: string[]; decidedBy: string | null }[] } | null;
          }[];
        };
        meetingAudit: { items: { itemId: string; missedRecusals: { personId: string; grounds: string[] }[] }[] };
      }>(
        `query Derived($id: ID!) {
          meeting(id: $id) { agenda { id title record { recusals { personId grounds decidedBy } } } }
          meetingAudit(meetingId: $id) { items { itemId missedRecusals { personId grounds } } } }`,
        { id: m.id },
      );
      const titles = new Map(data.meeting.agenda.map((i) => [i.id, i.title]));
      const base = { meetingId: m.id, date: m.date, bodyId: m.bodyId };
      for (const item of data.meeting.agenda)
        for (const r of item.record?.recusals ?? [])
          rows.push({
            ...base,
            kind: 'recusal',
            itemId: item.id,
            itemTitle: item.title,
            personId: r.personId,
            grounds: r.grounds,
            decidedBy: r.decidedBy,
          });
      for (const item of data.meetingAudit.items)
        for (const r of item.missedRecusals)
          rows.push({
            ...base,
            kind: 'missed',
            itemId: item.itemId,
            itemTitle: titles.get(item.itemId) ?? item.itemId,
            personId: r.personId,
            grounds: r.grounds,
            decidedBy: null,
          });
    }
  };
  await Promise.all([worker(), worker(), worker()]);
  const filtered = rows.filter(
    (r) => (!filter.personId || r.personId === filter.personId) && (!filter.ground || r.grounds.includes(filter.ground)),
  );
  return { rows: filtered, source: 'derived', truncated: meetings.truncated || meetings.nodes.length > list.length };
}

function load(caps: Capabilities, filter: Filter): Promise<History> {
  return caps.has('Query.recusals') && caps.has('Query.missedRecusals') ? fromApi(caps, filter) : derived(filter);
}

async function loadPersons(): Promise<{ id: string; name: string }[]> {
  const result = await allPages(async (after) => {
    const data = await gql<{ persons: { nodes: { id: string; name: string }[]; pageInfo: PageInfo } }>(
      `query Persons($after: String) { persons(first: 200, after: $after) { nodes { id name } pageInfo { endCursor hasNextPage } } }`,
      { after },
    );
    return data.persons;
  }, 5000);
  rememberNames(
    'person',
    result.nodes.map((p) => [p.id, p.name]),
  );
  return result.nodes;
}

function initialFilter(): Filter {
  return { personId: '', bodyId: '', organizationId: '', ground: '', from: today(-730), to: today() };
}

/** The auditor's recusal history: filters, charts by month and by body, the rows, CSV. */
export function HistoryPage({ caps }: { caps: Capabilities }) {
  const { t, date, month, label, lang } = useI18n();
  const [xlsxError, setXlsxError] = useState<unknown>(null);
  const [draft, setDraft] = useState<Filter>(initialFilter);
  const [filter, setFilter] = useState<Filter>(initialFilter);
  const [shown, setShown] = useState(100);
  const result = useLoad(() => load(caps, filter), [JSON.stringify(filter)]);
  const orgs = useLoad(listOrganizations, []);
  const persons = useLoad(loadPersons, []);
  const rows = (result.data?.rows ?? [])
    .slice()
    .sort((a, b) => b.date.localeCompare(a.date) || a.itemId.localeCompare(b.itemId) || a.kind.localeCompare(b.kind));
  const personName = useNames(
    'person',
    rows.map((r) => r.personId),
  );
  const bodyName = useNames(
    'organization',
    rows.map((r) => r.bodyId),
  );
  rememberNames(
    'organization',
    (orgs.data ?? []).map((o) => [o.id, o.name]),
  );

  const bodies = (orgs.data ?? []).filter((o) => BODY_KINDS.has(o.classification) || o.seats !== null);
  const parents = (orgs.data ?? []).filter((o) => bodies.some((b) => b.parentId === o.id));
  const set = (key: keyof Filter) => (e: Event) => setDraft({ ...draft, [key]: (e.target as HTMLInputElement).value });

  // Months from the first to the last row (gaps shown as zero), and bodies with any row.
  const months: string[] = [];
  if (rows.length > 0) {
    const first = rows[rows.length - 1].date.slice(0, 7);
    const last = rows[0].date.slice(0, 7);
    for (let m = first; m <= last && months.length < 120;) {
      months.push(m);
      const [y, mm] = m.split('-').map(Number);
      m = mm === 12 ? `${y + 1}-01` : `${y}-${String(mm + 1).padStart(2, '0')}`;
    }
  }
  const count = (kind: Row['kind'], key: (r: Row) => string, values: string[]) =>
    values.map((v) => rows.filter((r) => r.kind === kind && key(r) === v).length);
  const bodyIds = [...new Set(rows.map((r) => r.bodyId))].sort();
  const recusalName = t('history.recusals');
  const missedName = t('history.missed');

  const exportRows = () =>
    rows.map((r) => ({
      ...r,
      kind: r.kind === 'missed' ? ('missed' as const) : ('recorded' as const),
      bodyName: bodyName(r.bodyId),
      personName: personName(r.personId),
    }));
  const exportCsv = () => {
    downloadText(`jaavi-recusals-${today()}.csv`, 'text/csv;charset=utf-8', recusalsCsv(exportRows(), lang));
  };
  const exportXlsx = async () => {
    setXlsxError(null);
    try {
      const f = Object.fromEntries(Object.entries(filter).filter(([, v]) => v));
      const data = await gql<{ recusalsWorkbook: string }>(
        'query Workbook($filter: RecusalFilter, $lang: String) { recusalsWorkbook(filter: $filter, lang: $lang) }',
        { filter: f, lang },
      );
      downloadBase64(
        `jaavi-recusals-${today()}.xlsx`,
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        data.recusalsWorkbook,
      );
    } catch (e) {
      setXlsxError(e);
    }
  };

  return (
    <section>
      <PageTitle title={t('history.title')}>{t('history.title')}</PageTitle>
      <p>{t('history.intro')}</p>
      <form
        class="filters card"
        aria-label={t('filters.title')}
        onSubmit={(e) => {
          e.preventDefault();
          setShown(100);
          setFilter(draft);
        }}
      >
        <div class="field">
          <label for="h-person">{t('filters.person')}</label>
          <select id="h-person" value={draft.personId} onChange={set('personId')}>
            <option value="">{t('filters.all')}</option>
            {(persons.data ?? [])
              .slice()
              .sort((a, b) => a.name.localeCompare(b.name, 'fi'))
              .map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
          </select>
        </div>
        <div class="field">
          <label for="h-body">{t('filters.body')}</label>
          <select id="h-body" value={draft.bodyId} onChange={set('bodyId')}>
            <option value="">{t('filters.all')}</option>
            {bodies.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name}
                {b.parentId ? ` (${orgs.data?.find((o) => o.id === b.parentId)?.name ?? b.parentId})` : ''}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="h-org">{t('filters.organization')}</label>
          <select id="h-org" value={draft.organizationId} onChange={set('organizationId')}>
            <option value="">{t('filters.all')}</option>
            {parents.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="h-ground">{t('filters.ground')}</label>
          <select id="h-ground" value={draft.ground} onChange={set('ground')}>
            <option value="">{t('filters.all')}</option>
            {GROUNDS.map((g) => (
              <option key={g} value={g}>
                {label('ground', g)} – {label('groundTitle', g)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="h-from">{t('filters.from')}</label>
          <input id="h-from" type="date" value={draft.from} onInput={set('from')} />
        </div>
        <div class="field">
          <label for="h-to">{t('filters.to')}</label>
          <input id="h-to" type="date" value={draft.to} onInput={set('to')} />
        </div>
        <div class="buttons">
          <button type="submit" class="primary">
            {t('filters.apply')}
          </button>
          <button
            type="button"
            onClick={() => {
              setDraft(initialFilter());
              setFilter(initialFilter());
            }}
          >
            {t('filters.reset')}
          </button>
        </div>
      </form>
      {result.loading && <Loading />}
      <ErrorMessage error={result.error} />
      {result.data && !result.loading && (
        <>
          {result.data.source === 'derived' && (
            <p class="alert alert-info" data-testid="derived-note">
              {t('history.derived', { n: DERIVED_MEETINGS })}
            </p>
          )}
          {result.data.truncated && <p class="alert alert-warning">{t('history.truncated')}</p>}
          <p role="status" data-testid="history-count">
            {t('history.count', {
              recusals: rows.filter((r) => r.kind === 'recusal').length,
              missed: rows.filter((r) => r.kind === 'missed').length,
            })}
          </p>
          {rows.length > 0 && (
            <>
              <div class="buttons">
                <button type="button" onClick={exportCsv}>
                  {t('history.csv')}
                </button>
                {caps.has('Query.recusalsWorkbook') && (
                  <button type="button" onClick={exportXlsx}>
                    {t('history.xlsx')}
                  </button>
                )}
              </div>
              <ErrorMessage error={xlsxError} />
              <div class="charts">
                <BarChart
                  id="chart-month"
                  title={t('history.byMonth')}
                  categories={months.map(month)}
                  series={[
                    { name: recusalName, values: count('recusal', (r) => r.date.slice(0, 7), months), style: 'a' },
                    { name: missedName, values: count('missed', (r) => r.date.slice(0, 7), months), style: 'b' },
                  ]}
                />
                <BarChart
                  id="chart-body"
                  title={t('history.byBody')}
                  categories={bodyIds.map(bodyName)}
                  series={[
                    { name: recusalName, values: count('recusal', (r) => r.bodyId, bodyIds), style: 'a' },
                    { name: missedName, values: count('missed', (r) => r.bodyId, bodyIds), style: 'b' },
                  ]}
                />
              </div>
              <div class="table-wrap">
                <table data-testid="history-table">
                  <caption>{t('history.tableCaption')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('meetings.date')}</th>
                      <th scope="col">{t('history.type')}</th>
                      <th scope="col">{t('filters.person')}</th>
                      <th scope="col">{t('meetings.body')}</th>
                      <th scope="col">{t('summons.item')}</th>
                      <th scope="col">{t('filters.ground')}</th>
                      <th scope="col">{t('history.decidedBy')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.slice(0, shown).map((r) => (
                      <tr key={`${r.kind}-${r.itemId}-${r.personId}`} class={r.kind === 'missed' ? 'row-missed' : undefined}>
                        <td>{date(r.date)}</td>
                        <td>{r.kind === 'missed' ? <strong>{t('history.kindMissed')}</strong> : t('history.kindRecusal')}</td>
                        <td>{personName(r.personId)}</td>
                        <td>
                          <OrgName id={r.bodyId} />
                        </td>
                        <td>
                          <Link href={`/audit/${encodeURIComponent(r.meetingId)}`}>
                            <Fi>{r.itemTitle}</Fi>
                          </Link>
                        </td>
                        <td>{r.grounds.map((g) => label('ground', g)).join(', ') || '–'}</td>
                        <td>{r.decidedBy ? label('decidedBy', r.decidedBy) : '–'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              {rows.length > shown && (
                <button type="button" onClick={() => setShown(shown + 100)}>
                  {t('history.showMore', { n: rows.length - shown })}
                </button>
              )}
            </>
          )}
        </>
      )}
    </section>
  );
}
