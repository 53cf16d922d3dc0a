import { useState } from 'preact/hooks';
import { gql, type Capabilities } from '../api';
import { ErrorMessage, Fi, Loading, NotAvailable, OrgName, PageTitle } from '../components';
import { today, useLoad } from '../hooks';
import { useI18n } from '../i18n';
import { useNames } from '../names';
import { GroundList, OutcomeBadge } from './MeetingCheck';

interface Warning {
  meetingId: string;
  meetingName: string | null;
  date: string;
  bodyId: string;
  itemId: string;
  itemTitle: string;
  personId: string;
  outcome: string;
  lean: string | null;
  grounds: string[];
  explanation: string;
}

interface SentRecusal {
  id: string;
  itemId: string;
  announcedAt: string;
  withdrawable: boolean;
}

/** The official's announcements that stand, by item (none when the service cannot list them). */
async function loadSent(caps: Capabilities): Promise<Map<string, SentRecusal>> {
  if (!caps.has('Query.myRecusals')) return new Map();
  const data = await gql<{ myRecusals: SentRecusal[] }>('query MyRecusals { myRecusals { id itemId announcedAt withdrawable } }');
  return new Map(data.myRecusals.map((r) => [r.itemId, r]));
}

async function loadWarnings(caps: Capabilities, from: string, to: string, lang: string): Promise<Warning[]> {
  const withLang = caps.argType('Query.myWarnings', 'lang', '') !== '';
  const data = await gql<{ myWarnings: Warning[] }>(
    `query MyWarnings($from: Date, $to: Date${withLang ? ', $lang: String' : ''}) { myWarnings(from: $from, to: $to${withLang ? ', lang: $lang' : ''}) {
      meetingId meetingName date bodyId itemId itemTitle personId outcome lean grounds explanation } }`,
    { from: from || null, to: to || null, ...(withLang ? { lang } : {}) },
  );
  return data.myWarnings;
}

/** An announcement as sent: when, and a way to withdraw it until the agenda goes out. */
function Sent({ sent, caps, onWithdrawn }: { sent: SentRecusal; caps: Capabilities; onWithdrawn: (m: string) => void }) {
  const { t, dateTime } = useI18n();
  const [error, setError] = useState<unknown>(null);
  return (
    <div class="decision" data-testid="sent-recusal">
      <ErrorMessage error={error} />
      <p>{t('warnings.sentAt', { at: dateTime(sent.announcedAt) })}</p>
      {sent.withdrawable && caps.has('Mutation.withdrawRecusal') ? (
        <button
          type="button"
          onClick={async () => {
            setError(null);
            try {
              await gql('mutation Withdraw($id: ID!) { withdrawRecusal(id: $id) }', { id: sent.id });
              onWithdrawn(t('warnings.withdrawn'));
            } catch (err) {
              setError(err);
            }
          }}
        >
          {t('warnings.withdraw')}
        </button>
      ) : (
        !sent.withdrawable && <p class="muted small">{t('warnings.locked')}</p>
      )}
    </div>
  );
}

function Announce({
  warning,
  caps,
  sent,
  onDone,
}: {
  warning: Warning;
  caps: Capabilities;
  sent: SentRecusal | undefined;
  onDone: (m: string) => void;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const [done, setDone] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const id = `announce-${warning.itemId}`;
  if (!caps.has('Mutation.announceRecusal')) return null;
  if (sent)
    return (
      <Sent
        sent={sent}
        caps={caps}
        onWithdrawn={(m) => {
          setDone(false);
          setOpen(false);
          onDone(m);
        }}
      />
    );
  if (done) return <p class="decision">{t('warnings.announced')}</p>;
  if (!open)
    return (
      <button type="button" onClick={() => setOpen(true)}>
        {t('warnings.announce')}
        <span class="visually-hidden">: {warning.itemTitle}</span>
      </button>
    );
  return (
    <form
      class="decision-form"
      onSubmit={async (e) => {
        e.preventDefault();
        setError(null);
        try {
          await gql(
            `mutation Announce($itemId: ID!, $grounds: [String!]!, $note: String) { announceRecusal(itemId: $itemId, grounds: $grounds, note: $note) { id } }`,
            {
              itemId: warning.itemId,
              grounds: warning.grounds,
              note: note.trim() || null,
            },
          );
          setDone(true);
          onDone(t('warnings.announced'));
        } catch (err) {
          setError(err);
        }
      }}
    >
      <ErrorMessage error={error} />
      <label for={id}>{t('warnings.announceNote')}</label>
      <textarea id={id} rows={2} value={note} onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)} />
      <div class="buttons">
        <button type="submit" class="primary">
          {t('warnings.announceSubmit')}
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

/** The official's own warnings: items of coming meetings where they may be disqualified. */
export function Warnings({ caps }: { caps: Capabilities }) {
  const { t, date, lang } = useI18n();
  const [from, setFrom] = useState(today());
  const [to, setTo] = useState('');
  const [applied, setApplied] = useState({ from: today(), to: '' });
  const available = caps.has('Query.myWarnings');
  const result = useLoad(
    () => (available ? loadWarnings(caps, applied.from, applied.to, lang) : Promise.resolve([])),
    [applied.from, applied.to, available, lang],
  );
  const sent = useLoad(() => loadSent(caps), [available]);
  // After announcing or withdrawing, the announcements are read again (shown as sent, or gone).
  const changed = (m: string) => {
    setMessage(m);
    sent.reload();
  };
  useNames('organization', result.data?.map((w) => w.bodyId) ?? []);
  const [message, setMessage] = useState('');
  const byMeeting = new Map<string, Warning[]>();
  for (const w of result.data ?? []) byMeeting.set(w.meetingId, [...(byMeeting.get(w.meetingId) ?? []), w]);
  return (
    <section>
      <PageTitle title={t('warnings.title')}>{t('warnings.title')}</PageTitle>
      <p>{t('warnings.intro')}</p>
      <div role="status" class="status-message">
        {message}
      </div>
      {!available ? (
        <NotAvailable what={t('warnings.unavailable')} />
      ) : (
        <>
          <form
            class="filters card"
            onSubmit={(e) => {
              e.preventDefault();
              setApplied({ from, to });
            }}
          >
            <div class="field">
              <label for="w-from">{t('filters.from')}</label>
              <input id="w-from" type="date" value={from} onInput={(e) => setFrom((e.target as HTMLInputElement).value)} />
            </div>
            <div class="field">
              <label for="w-to">{t('filters.to')}</label>
              <input id="w-to" type="date" value={to} onInput={(e) => setTo((e.target as HTMLInputElement).value)} />
            </div>
            <button type="submit">{t('filters.apply')}</button>
          </form>
          {result.loading && <Loading />}
          <ErrorMessage error={result.error} />
          {result.data && !result.loading && (
            <>
              <p role="status">{t('warnings.count', { n: result.data.length })}</p>
              {[...byMeeting.entries()].map(([meetingId, list]) => (
                <section class="card" key={meetingId} aria-labelledby={`w-${meetingId}`} data-testid="warning-meeting">
                  <h2 id={`w-${meetingId}`}>
                    <Fi>{list[0].meetingName ?? meetingId}</Fi>
                  </h2>
                  <p class="meta">
                    {date(list[0].date)} · <OrgName id={list[0].bodyId} />
                  </p>
                  <ul class="findings">
                    {list.map((w) => (
                      <li key={`${w.itemId}-${w.personId}`} class={`finding finding-${w.outcome}`} data-testid="warning">
                        <h3>
                          <Fi>{w.itemTitle}</Fi>
                        </h3>
                        <p>
                          <OutcomeBadge outcome={w.outcome} lean={w.lean} />
                        </p>
                        <GroundList grounds={w.grounds} />
                        <p class="explanation">{w.explanation}</p>
                        <Announce warning={w} caps={caps} sent={sent.data?.get(w.itemId)} onDone={changed} />
                      </li>
                    ))}
                  </ul>
                </section>
              ))}
            </>
          )}
        </>
      )}
    </section>
  );
}
