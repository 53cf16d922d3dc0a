import { gql, type Capabilities } from '../api';
import { Badge, ErrorMessage, Fi, Loading, OrgName, PageTitle } from '../components';
import { useLoad } from '../hooks';
import { useI18n } from '../i18n';
import { useNames } from '../names';
import { fetchMeeting, listMeetings } from '../queries';
import { Link } from '../router';
import { GroundList } from './MeetingCheck';

interface Explained {
  personId: string;
  capacity: string;
  grounds: string[];
  explanation: string;
  evidence: { kind: string; id: string | null; text: string }[];
}

interface ItemAudit {
  itemId: string;
  missedRecusals: Explained[];
  unfoundedRecusals: { personId: string }[];
  upstreamDefects: (Explained & { itemId: string; meetingId: string; date: string; stage: number })[];
  ungroundedRecusals: { personId: string }[];
}

const EXPLAINED = 'personId capacity grounds explanation evidence { kind id text }';

/** Held meetings to audit, newest first. */
export function AuditList() {
  const { t, date } = useI18n();
  const result = useLoad(() => listMeetings({ status: 'held' }), []);
  const meetings = (result.data?.nodes ?? []).slice().sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  // Fetch the body names with the page's data, in one batch (OrgName reads them).
  useNames(
    'organization',
    meetings.map((m) => m.bodyId),
  );
  return (
    <section>
      <PageTitle title={t('audit.listTitle')}>{t('audit.listTitle')}</PageTitle>
      <p>{t('audit.listIntro')}</p>
      {result.loading && <Loading />}
      <ErrorMessage error={result.error} />
      {result.data && meetings.length === 0 && <p>{t('audit.noneHeld')}</p>}
      {meetings.length > 0 && (
        <div class="table-wrap">
          <table>
            <caption>{t('audit.heldMeetings')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('meetings.date')}</th>
                <th scope="col">{t('meetings.meeting')}</th>
                <th scope="col">{t('meetings.body')}</th>
                <th scope="col">{t('meetings.items')}</th>
              </tr>
            </thead>
            <tbody>
              {meetings.map((m) => (
                <tr key={m.id}>
                  <td>{date(m.date)}</td>
                  <th scope="row">
                    <Link href={`/audit/${encodeURIComponent(m.id)}`}>
                      <Fi>{m.name ?? m.id}</Fi>
                    </Link>
                  </th>
                  <td>
                    <OrgName id={m.bodyId} />
                  </td>
                  <td>{m.itemCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

async function loadAudit(caps: Capabilities, id: string, lang: string) {
  const [meeting, audit] = await Promise.all([
    fetchMeeting(caps, id, { record: true }),
    gql<{ meetingAudit: { date: string; ruleset: string; items: ItemAudit[] } }>(
      `query Audit($id: ID!, $lang: String) { meetingAudit(meetingId: $id, lang: $lang) { date ruleset
        items { itemId missedRecusals { ${EXPLAINED} } unfoundedRecusals { personId }
          upstreamDefects { itemId meetingId date stage ${EXPLAINED} } ungroundedRecusals { personId } } } }`,
      { id, lang },
    ),
  ]);
  return { meeting, audit: audit.meetingAudit };
}

/** Why the rules find a person disqualified: the check's explanation and its evidence. */
function Explanation({ finding }: { finding: Explained }) {
  const { t, label, apiLang, lang } = useI18n();
  const explanationLang = apiLang !== lang ? apiLang : undefined;
  return (
    <>
      <GroundList grounds={finding.grounds} />
      <p class="explanation" lang={explanationLang}>
        {finding.explanation}
      </p>
      {finding.evidence.length > 0 && (
        <details>
          <summary>{t('check.evidence', { n: finding.evidence.length })}</summary>
          <ul class="evidence">
            {finding.evidence.map((e, i) => (
              <li key={i}>
                <span class="muted">{label('evidence', e.kind)}:</span> <span lang={explanationLang}>{e.text}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}

/** The audit of a held meeting: recusals recorded in the minutes against what the rules find. */
export function MeetingAuditPage({ id, caps }: { id: string; caps: Capabilities }) {
  const { t, date, label, apiLang } = useI18n();
  const result = useLoad(() => loadAudit(caps, id, apiLang), [id, apiLang]);
  const data = result.data;
  const items = new Map(data?.audit.items.map((i) => [i.itemId, i]) ?? []);
  const personIds = data
    ? [
        ...data.audit.items.flatMap((i) => [
          ...i.missedRecusals.map((r) => r.personId),
          ...i.unfoundedRecusals.map((r) => r.personId),
          ...i.upstreamDefects.map((r) => r.personId),
          ...i.ungroundedRecusals.map((r) => r.personId),
        ]),
        ...data.meeting.agenda.flatMap((i) => i.record?.recusals.map((r) => r.personId) ?? []),
      ]
    : [];
  const nameOf = useNames('person', personIds);
  // Fetch the body names with the page's data, in one batch (OrgName reads them).
  useNames('organization', data ? [data.meeting.bodyId] : []);
  const title = data ? `${t('audit.title')}: ${data.meeting.name ?? id}` : t('audit.title');
  const totals = data
    ? {
        missed: data.audit.items.reduce((n, i) => n + i.missedRecusals.length, 0),
        unfounded: data.audit.items.reduce((n, i) => n + i.unfoundedRecusals.length, 0),
        upstream: data.audit.items.reduce((n, i) => n + i.upstreamDefects.length, 0),
        ungrounded: data.audit.items.reduce((n, i) => n + i.ungroundedRecusals.length, 0),
        recorded: data.meeting.agenda.reduce((n, i) => n + (i.record?.recusals.length ?? 0), 0),
      }
    : null;
  return (
    <section>
      <p class="breadcrumb">
        <Link href="/audit">{t('nav.audit')}</Link>
      </p>
      <PageTitle title={title}>
        {t('audit.title')}: {data ? <Fi>{data.meeting.name ?? id}</Fi> : id}
      </PageTitle>
      {result.loading && <Loading />}
      <ErrorMessage error={result.error} />
      {data && totals && (
        <>
          <p class="meta">
            <OrgName id={data.meeting.bodyId} /> · {date(data.meeting.date)} · {t('audit.ruleset', { ruleset: data.audit.ruleset })}
          </p>
          {data.meeting.status !== 'held' && <p class="alert alert-warning">{t('audit.notHeld')}</p>}
          <section class="summary card" aria-labelledby="audit-summary">
            <h2 id="audit-summary">{t('check.summary')}</h2>
            <ul class="summary-numbers">
              <li>
                <strong>{totals.recorded}</strong> {t('audit.recorded')}
              </li>
              <li>
                <strong>{totals.missed}</strong> {t('audit.missed')}
              </li>
              <li>
                <strong>{totals.unfounded}</strong> {t('audit.unfounded')}
              </li>
              <li>
                <strong>{totals.upstream}</strong> {t('audit.upstream')}
              </li>
              <li>
                <strong>{totals.ungrounded}</strong> {t('audit.ungrounded')}
              </li>
            </ul>
          </section>
          {data.meeting.agenda.map((item) => {
            const a = items.get(item.id);
            const recusals = item.record?.recusals ?? [];
            return (
              <section class="card item" key={item.id} aria-labelledby={`audit-${item.id}`} data-testid="audit-item">
                <h2 id={`audit-${item.id}`}>
                  <span class="item-order">§ {item.order}</span> <Fi>{item.title}</Fi>
                </h2>
                <h3>{t('audit.recordedRecusals')}</h3>
                {recusals.length === 0 ? (
                  <p class="muted">{t('audit.noRecusals')}</p>
                ) : (
                  <ul>
                    {recusals.map((r) => (
                      <li key={r.personId}>
                        {nameOf(r.personId)} – {r.grounds.map((g) => label('ground', g)).join(', ') || t('audit.noGrounds')}
                        {r.decidedBy && <span class="muted"> ({label('decidedBy', r.decidedBy)})</span>}
                      </li>
                    ))}
                  </ul>
                )}
                {a && a.missedRecusals.length > 0 && (
                  <>
                    <h3>{t('audit.missed')}</h3>
                    <ul class="findings">
                      {a.missedRecusals.map((r) => (
                        <li key={r.personId} class="finding finding-disqualified" data-testid="missed-recusal">
                          <p>
                            <Badge tone="red">{t('audit.missedBadge')}</Badge> <strong>{nameOf(r.personId)}</strong>{' '}
                            <span class="muted">({label('capacity', r.capacity)})</span>
                          </p>
                          <Explanation finding={r} />
                        </li>
                      ))}
                    </ul>
                  </>
                )}
                {a && a.unfoundedRecusals.length > 0 && (
                  <>
                    <h3>{t('audit.unfounded')}</h3>
                    <ul>
                      {a.unfoundedRecusals.map((r) => (
                        <li key={r.personId}>
                          <Badge tone="amber">{t('audit.unfoundedBadge')}</Badge> {nameOf(r.personId)}
                        </li>
                      ))}
                    </ul>
                  </>
                )}
                {a && a.ungroundedRecusals.length > 0 && (
                  <>
                    <h3>{t('audit.ungrounded')}</h3>
                    <p class="muted">{t('audit.ungroundedIntro')}</p>
                    <ul>
                      {a.ungroundedRecusals.map((r) => (
                        <li key={r.personId} data-testid="ungrounded-recusal">
                          <Badge tone="amber">{t('audit.ungroundedBadge')}</Badge> {nameOf(r.personId)}
                        </li>
                      ))}
                    </ul>
                  </>
                )}
                {a && a.upstreamDefects.length > 0 && (
                  <>
                    <h3>{t('audit.upstream')}</h3>
                    <ul class="findings">
                      {a.upstreamDefects.map((r) => (
                        <li key={`${r.itemId}-${r.personId}`} class="finding finding-disqualified" data-testid="upstream-defect">
                          <p>
                            <Badge tone="red">{t('audit.missedBadge')}</Badge> <strong>{nameOf(r.personId)}</strong>{' '}
                            <span class="muted">({label('capacity', r.capacity)})</span>
                          </p>
                          <p>{t('audit.upstreamAt', { stage: r.stage, meeting: r.meetingId, item: r.itemId, date: date(r.date) })}</p>
                          <Explanation finding={r} />
                        </li>
                      ))}
                    </ul>
                  </>
                )}
                {a &&
                  a.missedRecusals.length + a.unfoundedRecusals.length + a.upstreamDefects.length + a.ungroundedRecusals.length === 0 && (
                    <p>
                      <Badge tone="green">{t('audit.ok')}</Badge>
                    </p>
                  )}
              </section>
            );
          })}
        </>
      )}
    </section>
  );
}
