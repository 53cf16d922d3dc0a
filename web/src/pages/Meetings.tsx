import { useState } from 'preact/hooks';
import { gql, type Capabilities } from '../api';
import { hasRole, type Session } from '../auth';
import { Badge, ErrorMessage, Fi, Loading, NotAvailable, OrgName, PageTitle } from '../components';
import { today, useLoad } from '../hooks';
import { useI18n } from '../i18n';
import { useNames } from '../names';
import { BODY_KINDS, listMeetings, listOrganizations, type CheckStatus, type MeetingSummary } from '../queries';
import { Link, navigate } from '../router';
import { helsinkiStartsAt } from '../time';

async function loadMeetings(session: Session, caps: Capabilities) {
  const admin = hasRole(session, 'admin');
  const lists = await Promise.all((admin ? [null] : session.claims.bodies).map((bodyId) => listMeetings({ bodyId })));
  const meetings = lists.flatMap((l) => l.nodes).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const status = new Map<string, CheckStatus | null>();
  if (caps.has('Meeting.checkStatus')) {
    const planned = meetings.filter((m) => m.status === 'planned').slice(0, 12);
    if (planned.length > 0) {
      const vars = planned.map((_, i) => `$i${i}: ID!`).join(', ');
      const fields = planned.map((_, i) => `m${i}: meeting(id: $i${i}) { checkStatus { lastRunId lastRunAt stale } }`).join(' ');
      try {
        const data = await gql<Record<string, { checkStatus: CheckStatus | null }>>(
          `query CheckStatus(${vars}) { ${fields} }`,
          Object.fromEntries(planned.map((m, i) => [`i${i}`, m.id])),
        );
        planned.forEach((m, i) => status.set(m.id, data[`m${i}`]?.checkStatus ?? null));
      } catch {
        // The list still works without the check status.
      }
    }
  }
  // An administrator may create the first meeting of any body, not only of bodies that already have meetings.
  const bodies = admin
    ? (await listOrganizations()).filter((o) => BODY_KINDS.has(o.classification)).map((o) => o.id)
    : session.claims.bodies;
  return { meetings, status, bodies: admin ? [...new Set([...meetings.map((m) => m.bodyId), ...bodies])] : bodies };
}

function CheckCell({
  meeting,
  status,
  supported,
}: {
  meeting: MeetingSummary;
  status: CheckStatus | null | undefined;
  supported: boolean;
}) {
  const { t, dateTime } = useI18n();
  if (meeting.status === 'held' || !supported) return <span class="muted">–</span>;
  if (!status || !status.lastRunAt) return <Badge tone="grey">{t('meetings.notChecked')}</Badge>;
  if (status.stale) return <Badge tone="amber">{t('meetings.stale')}</Badge>;
  return (
    <span>
      <Badge tone="green">{t('meetings.upToDate')}</Badge> <span class="muted small">{dateTime(status.lastRunAt)}</span>
    </span>
  );
}

function MeetingTable({
  caption,
  meetings,
  status,
  caps,
  bodyName,
}: {
  caption: string;
  meetings: MeetingSummary[];
  status: Map<string, CheckStatus | null>;
  caps: Capabilities;
  bodyName: (id: string) => string;
}) {
  const { t, date, label } = useI18n();
  if (meetings.length === 0) return null;
  return (
    <div class="table-wrap">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('meetings.date')}</th>
            <th scope="col">{t('meetings.meeting')}</th>
            <th scope="col">{t('meetings.body')}</th>
            <th scope="col">{t('meetings.items')}</th>
            <th scope="col">{t('meetings.checkStatus')}</th>
            <th scope="col">{t('meetings.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {meetings.map((m) => (
            <tr key={m.id}>
              <td>{date(m.date)}</td>
              <th scope="row">
                <Link href={`/meetings/${encodeURIComponent(m.id)}`}>
                  <Fi>{m.name ?? m.id}</Fi>
                </Link>
                <span class="visually-hidden">, {label('meetingStatus', m.status)}</span>
              </th>
              <td>
                <OrgName id={m.bodyId} />
              </td>
              <td>{m.itemCount}</td>
              <td>
                <CheckCell meeting={m} status={status.get(m.id)} supported={caps.has('Meeting.checkStatus')} />
              </td>
              <td class="actions">
                <Link href={`/meetings/${encodeURIComponent(m.id)}`}>{t('meetings.openCheck')}</Link>
                <Link href={`/meetings/${encodeURIComponent(m.id)}/agenda`}>{t('meetings.openAgenda')}</Link>
                <Link href={`/meetings/${encodeURIComponent(m.id)}/summons`}>{t('meetings.openSummons')}</Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function NewMeetingForm({ bodies, bodyName, caps }: { bodies: string[]; bodyName: (id: string) => string; caps: Capabilities }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [bodyId, setBodyId] = useState(bodies[0] ?? '');
  const [day, setDay] = useState(today(14));
  const [time, setTime] = useState('16:00');
  const [name, setName] = useState('');
  const [id, setId] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  if (!caps.has('Mutation.createMeeting')) return <NotAvailable what={t('meetings.createUnavailable')} />;
  if (!open)
    return (
      <button type="button" onClick={() => setOpen(true)}>
        {t('meetings.new')}
      </button>
    );
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    // Helsinki time whatever the browser's zone, e.g. 2026-12-14T16:00:00+02:00.
    const startsAt = helsinkiStartsAt(day, time);
    const inputType = caps.inputTypeName('Mutation.createMeeting', 'input');
    try {
      const input = caps.onlyKnown(inputType, { bodyId, name: name.trim() || null, startsAt, status: 'planned' });
      // Without an identifier the service makes one.
      const data = await gql<{ createMeeting: { id: string } }>(
        `mutation CreateMeeting($input: ${caps.argType('Mutation.createMeeting', 'input', 'CreateMeetingInput!')}) { createMeeting(input: $input) { id } }`,
        { input: id.trim() ? { ...input, id: id.trim() } : input },
      );
      navigate(`/meetings/${encodeURIComponent(data.createMeeting.id)}/agenda`);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };
  return (
    <form class="card" onSubmit={submit} aria-labelledby="new-meeting-title">
      <h2 id="new-meeting-title">{t('meetings.new')}</h2>
      <ErrorMessage error={error} />
      <div class="grid">
        <div class="field">
          <label for="nm-body">{t('meetings.body')}</label>
          <select id="nm-body" value={bodyId} onChange={(e) => setBodyId((e.target as HTMLSelectElement).value)}>
            {bodies.map((b) => (
              <option key={b} value={b}>
                {bodyName(b)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="nm-date">{t('meetings.date')}</label>
          <input id="nm-date" type="date" required value={day} onInput={(e) => setDay((e.target as HTMLInputElement).value)} />
        </div>
        <div class="field">
          <label for="nm-time">{t('meetings.time')}</label>
          <input id="nm-time" type="time" required value={time} onInput={(e) => setTime((e.target as HTMLInputElement).value)} />
        </div>
        <div class="field">
          <label for="nm-name">{t('meetings.name')}</label>
          <input id="nm-name" type="text" value={name} onInput={(e) => setName((e.target as HTMLInputElement).value)} />
        </div>
        <div class="field">
          <label for="nm-id">{t('meetings.id')}</label>
          <input
            id="nm-id"
            type="text"
            value={id}
            aria-describedby="nm-id-hint"
            onInput={(e) => setId((e.target as HTMLInputElement).value)}
          />
          <p class="hint" id="nm-id-hint">
            {t('meetings.idHint')}
          </p>
        </div>
      </div>
      <div class="buttons">
        <button type="submit" class="primary" disabled={busy}>
          {t('meetings.create')}
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

/** The secretary's meetings: those of the bodies they serve, upcoming first. */
export function Meetings({ session, caps }: { session: Session; caps: Capabilities }) {
  const { t } = useI18n();
  const result = useLoad(() => loadMeetings(session, caps), [session.token]);
  const bodyIds = result.data?.bodies ?? [];
  const bodyName = useNames('organization', bodyIds);
  const upcoming = result.data?.meetings.filter((m) => m.status === 'planned') ?? [];
  const held = (result.data?.meetings.filter((m) => m.status === 'held') ?? []).reverse();
  return (
    <section>
      <PageTitle title={t('meetings.title')}>{t('meetings.title')}</PageTitle>
      {bodyIds.length > 0 && !hasRole(session, 'admin') && (
        <p>
          {t('meetings.yourBodies')}{' '}
          {bodyIds.map((b, i) => (
            <span key={b}>
              {i > 0 && ', '}
              <OrgName id={b} />
            </span>
          ))}
        </p>
      )}
      {result.loading && <Loading />}
      <ErrorMessage error={result.error} />
      {result.data && (
        <>
          {result.data.meetings.length === 0 && <p>{t('meetings.none')}</p>}
          <MeetingTable caption={t('meetings.upcoming')} meetings={upcoming} status={result.data.status} caps={caps} bodyName={bodyName} />
          <MeetingTable caption={t('meetings.held')} meetings={held} status={result.data.status} caps={caps} bodyName={bodyName} />
          <NewMeetingForm bodies={bodyIds} bodyName={bodyName} caps={caps} />
        </>
      )}
    </section>
  );
}
