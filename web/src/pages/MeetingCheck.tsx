import { useEffect, useRef, useState } from 'preact/hooks';
import type { Capabilities } from '../api';
import { Badge, ErrorMessage, Fi, Loading, NotAvailable, OrgName, PageTitle } from '../components';
import { useLoad } from '../hooks';
import { useI18n } from '../i18n';
import { useNames } from '../names';
import {
  confirmFinding,
  dismissFinding,
  fetchMeeting,
  fetchSummons,
  publishAgenda,
  runCheck,
  summonsFromCheck,
  type CheckChanges,
  type CheckStatus,
  type Decision,
  type Finding,
  type ItemCheck,
  type Meeting,
  type MeetingCheck,
  type Summons,
} from '../queries';
import { Link } from '../router';

interface CheckData {
  meeting: Meeting;
  check: MeetingCheck;
  /** The check status as it was before this run (stale = something changed since the last run). */
  before: CheckStatus | null;
  summons: Summons[] | null;
}

async function load(caps: Capabilities, id: string, lang: string): Promise<CheckData> {
  const meeting = await fetchMeeting(caps, id);
  const check = await runCheck(caps, id, lang);
  const summons = caps.has('Query.summonsList') ? await fetchSummons(caps, id, lang) : null;
  return { meeting, check, before: meeting.checkStatus ?? null, summons };
}

export function GroundList({ grounds }: { grounds: string[] }) {
  const { label, groundUrl, lang } = useI18n();
  if (grounds.length === 0) return null;
  // Each citation links to the statute on Finlex in the reader's language.
  return (
    <ul class="grounds">
      {grounds.map((g) => {
        const url = groundUrl(g);
        return (
          <li key={g}>
            {url ? (
              <a href={url} hreflang={lang} rel="noopener" target="_blank">
                {label('ground', g)}
              </a>
            ) : (
              label('ground', g)
            )}{' '}
            <span class="muted">{label('groundTitle', g)}</span>
          </li>
        );
      })}
    </ul>
  );
}

export function OutcomeBadge({ outcome, lean }: { outcome: string; lean?: string | null }) {
  const { label, t } = useI18n();
  if (outcome === 'disqualified') return <Badge tone="red">{label('outcome', outcome)}</Badge>;
  return (
    <Badge tone="amber">
      {label('outcome', outcome)}
      {lean ? ` (${t('check.lean')}: ${label('lean', lean)})` : ''}
    </Badge>
  );
}

function DecisionView({ decision }: { decision: Decision }) {
  const { t, dateTime } = useI18n();
  return (
    <p class="decision">
      {decision.status === 'confirmed' ? (
        <Badge tone="red">{t('decision.confirmed')}</Badge>
      ) : (
        <Badge tone="green">{t('decision.dismissed')}</Badge>
      )}{' '}
      {decision.note && <q data-user-text="">{decision.note}</q>}{' '}
      <span class="muted small">{[decision.by, dateTime(decision.at)].filter(Boolean).join(', ')}</span>
    </p>
  );
}

function DecisionBox({
  finding,
  caps,
  decision,
  onDecided,
}: {
  finding: Finding;
  caps: Capabilities;
  decision: Decision | null;
  onDecided: (d: Decision, message: string) => void;
}) {
  const { t } = useI18n();
  const [mode, setMode] = useState<'confirm' | 'dismiss' | null>(null);
  const [text, setText] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const canDecide = caps.has('Mutation.confirmFinding') && caps.has('Mutation.dismissFinding');
  const fieldId = `decision-${finding.id}`;
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (mode) field.current?.focus();
  }, [mode]);

  if (!canDecide) {
    return (
      <div class="decision-box">
        {decision && <DecisionView decision={decision} />}
        <p class="muted small">{t('decision.unavailable')}</p>
      </div>
    );
  }
  const submit = async (e: Event) => {
    e.preventDefault();
    if (mode === 'dismiss' && !text.trim()) {
      setMissing(true);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const d = mode === 'confirm' ? await confirmFinding(finding.id, text.trim() || null) : await dismissFinding(finding.id, text.trim());
      onDecided(d, mode === 'confirm' ? t('decision.confirmedMessage') : t('decision.dismissedMessage'));
      setMode(null);
      setText('');
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="decision-box">
      {decision && <DecisionView decision={decision} />}
      {mode === null ? (
        <div class="buttons">
          <button
            type="button"
            onClick={() => {
              setMode('confirm');
              setMissing(false);
            }}
            aria-describedby={`finding-${finding.id}-title`}
          >
            {decision?.status === 'confirmed' ? t('decision.confirmAgain') : t('decision.confirm')}
          </button>
          <button
            type="button"
            onClick={() => {
              setMode('dismiss');
              setMissing(false);
            }}
            aria-describedby={`finding-${finding.id}-title`}
          >
            {decision?.status === 'dismissed' ? t('decision.dismissAgain') : t('decision.dismiss')}
          </button>
        </div>
      ) : (
        <form onSubmit={submit} class="decision-form">
          <ErrorMessage error={error} />
          <label for={fieldId}>{mode === 'confirm' ? t('decision.noteLabel') : t('decision.reasonLabel')}</label>
          <textarea
            id={fieldId}
            rows={2}
            value={text}
            aria-required={mode === 'dismiss' ? true : undefined}
            aria-invalid={missing ? true : undefined}
            aria-describedby={missing ? `${fieldId}-error` : undefined}
            ref={field}
            onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
          />
          {missing && (
            <p class="field-error" id={`${fieldId}-error`} role="alert">
              {t('decision.reasonRequired')}
            </p>
          )}
          <div class="buttons">
            <button type="submit" class="primary" disabled={busy}>
              {mode === 'confirm' ? t('decision.confirmSubmit') : t('decision.dismissSubmit')}
            </button>
            <button
              type="button"
              onClick={() => {
                setMode(null);
                setError(null);
              }}
            >
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}

function FindingCard({
  finding,
  caps,
  nameOf,
  mark,
  decision,
  onDecided,
}: {
  finding: Finding;
  caps: Capabilities;
  nameOf: (id: string) => string;
  mark: 'new' | 'changed' | null;
  decision: Decision | null;
  onDecided: (d: Decision, message: string) => void;
}) {
  const { t, label, apiLang, lang } = useI18n();
  const explanationLang = apiLang !== lang ? apiLang : undefined;
  return (
    <li class={`finding finding-${finding.outcome}`} data-testid="finding">
      <h4 id={`finding-${finding.id}-title`}>
        {nameOf(finding.personId)} <span class="muted">({label('capacity', finding.capacity)})</span>
      </h4>
      <p>
        <OutcomeBadge outcome={finding.outcome} lean={finding.lean} />{' '}
        {mark === 'new' && <Badge tone="blue">{t('changes.newBadge')}</Badge>}
        {mark === 'changed' && <Badge tone="blue">{t('changes.changedBadge')}</Badge>}
      </p>
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
      <DecisionBox finding={finding} caps={caps} decision={decision} onDecided={onDecided} />
    </li>
  );
}

function Quorum({ quorum }: { quorum: ItemCheck['quorum'] }) {
  const { t, label } = useI18n();
  return (
    <p class="quorum">
      {quorum.met ? <Badge tone="green">{t('quorum.met')}</Badge> : <Badge tone="red">{t('quorum.notMet')}</Badge>}{' '}
      {t('quorum.numbers', { present: quorum.present, required: quorum.required, seats: quorum.seats })}
      {quorum.dependsOnReview && <> {t('quorum.dependsOnReview')}</>}
      {quorum.fallback && <> {label('fallback', quorum.fallback)}</>}
    </p>
  );
}

function ChangesPanel({
  changes,
  before,
  nameOf,
  titleOf,
  supported,
}: {
  changes: CheckChanges | null | undefined;
  before: CheckStatus | null;
  nameOf: (id: string) => string;
  titleOf: (id: string) => string;
  supported: boolean;
}) {
  const { t, dateTime } = useI18n();
  const itemsOf = (v: string[] | boolean | undefined): string[] | null => (Array.isArray(v) ? (v.length > 0 ? v : null) : v ? [] : null);
  const summonsItems = itemsOf(changes?.summonsChanged);
  const quorumItems = itemsOf(changes?.quorumChanged);
  const itemList = (ids: string[]) =>
    ids.length > 0 && (
      <ul>
        {ids.map((id) => (
          <li key={id}>
            <Fi>{titleOf(id)}</Fi>
          </li>
        ))}
      </ul>
    );
  const list = (refs: { itemId: string; personId: string }[]) =>
    refs.map((r) => (
      <li key={`${r.itemId}-${r.personId}`}>
        {nameOf(r.personId)} – <Fi>{titleOf(r.itemId)}</Fi>
      </li>
    ));
  return (
    <section class="card" aria-labelledby="changes-title">
      <h2 id="changes-title">{t('changes.title')}</h2>
      {before?.stale && before.lastRunAt && (
        <div class="alert alert-warning" data-testid="stale-warning">
          <p>
            <strong>{t('changes.staleTitle')}</strong> {t('changes.staleText', { at: dateTime(before.lastRunAt) })}
          </p>
        </div>
      )}
      {before && !before.stale && before.lastRunAt && <p>{t('changes.previousRun', { at: dateTime(before.lastRunAt) })}</p>}
      {!supported && <p class="muted">{t('changes.unavailable')}</p>}
      {supported && !changes && <p>{t('changes.firstRun')}</p>}
      {supported && changes && (
        <>
          {changes.newFindings.length + changes.removedFindings.length + changes.changedFindings.length === 0 &&
            !summonsItems &&
            !quorumItems && <p>{t('changes.none')}</p>}
          {changes.newFindings.length > 0 && (
            <>
              <h3>{t('changes.new')}</h3>
              <ul>{list(changes.newFindings)}</ul>
            </>
          )}
          {changes.changedFindings.length > 0 && (
            <>
              <h3>{t('changes.changed')}</h3>
              <ul>{list(changes.changedFindings)}</ul>
            </>
          )}
          {changes.removedFindings.length > 0 && (
            <>
              <h3>{t('changes.removed')}</h3>
              <ul>{list(changes.removedFindings)}</ul>
            </>
          )}
          {summonsItems && (
            <>
              <h3>{t('changes.summons')}</h3>
              {itemList(summonsItems)}
            </>
          )}
          {quorumItems && (
            <>
              <h3>{t('changes.quorum')}</h3>
              {itemList(quorumItems)}
            </>
          )}
        </>
      )}
    </section>
  );
}

/**
 * What changed since the agenda went out: what the secretary must act on before the meeting
 * (a corrected summons). Shown from publishing until the meeting is held.
 */
function SinceAgendaPanel({
  changes,
  publishedAt,
  nameOf,
  titleOf,
}: {
  changes: CheckChanges;
  publishedAt: string | null | undefined;
  nameOf: (id: string) => string;
  titleOf: (id: string) => string;
}) {
  const { t, dateTime } = useI18n();
  const summon = changes.deputiesToSummon ?? [];
  const cancel = changes.deputiesToCancel ?? [];
  const nothing =
    changes.newFindings.length + changes.removedFindings.length + changes.changedFindings.length + summon.length + cancel.length === 0;
  const refs = (list: { itemId: string; personId: string }[]) => (
    <ul>
      {list.map((r) => (
        <li key={`${r.itemId}-${r.personId}`}>
          {nameOf(r.personId)} – <Fi>{titleOf(r.itemId)}</Fi>
        </li>
      ))}
    </ul>
  );
  return (
    <section class={`card${nothing ? '' : ' alert alert-warning'}`} aria-labelledby="since-agenda-title" data-testid="since-agenda">
      <h2 id="since-agenda-title">{t('sinceAgenda.title')}</h2>
      {publishedAt && <p class="muted small">{t('publish.published', { at: dateTime(publishedAt) })}</p>}
      {nothing && <p>{t('sinceAgenda.none')}</p>}
      {changes.newFindings.length > 0 && (
        <>
          <h3>{t('sinceAgenda.newFindings')}</h3>
          {refs(changes.newFindings)}
        </>
      )}
      {changes.removedFindings.length > 0 && (
        <>
          <h3>{t('sinceAgenda.removedFindings')}</h3>
          {refs(changes.removedFindings)}
        </>
      )}
      {summon.length + cancel.length > 0 && (
        <>
          <h3>{t('sinceAgenda.action')}</h3>
          <ul data-testid="corrected-summons">
            {summon.map((d) => (
              <li key={`s-${d.itemId}-${d.deputyPersonId}`}>
                {t('sinceAgenda.summon', { deputy: nameOf(d.deputyPersonId), person: nameOf(d.forPersonId), item: titleOf(d.itemId) })}
              </li>
            ))}
            {cancel.map((d) => (
              <li key={`c-${d.itemId}-${d.deputyPersonId}`}>
                {t('sinceAgenda.cancel', { deputy: nameOf(d.deputyPersonId), item: titleOf(d.itemId) })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

export function SummonsTable({
  summons,
  nameOf,
  titleOf,
}: {
  summons: Summons[];
  nameOf: (id: string) => string;
  titleOf: (id: string) => string;
}) {
  const { t, label } = useI18n();
  if (summons.length === 0) return <p>{t('summons.none')}</p>;
  return (
    <div class="table-wrap">
      <table class="summons-table" data-testid="summons-table">
        <caption class="visually-hidden">{t('summons.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('summons.deputy')}</th>
            <th scope="col">{t('summons.item')}</th>
            <th scope="col">{t('summons.forPerson')}</th>
            <th scope="col">{t('summons.status')}</th>
          </tr>
        </thead>
        <tbody>
          {summons.flatMap((s) =>
            s.items.map((item, i) => (
              <tr key={`${s.deputyPersonId}-${item.itemId}`}>
                {i === 0 && (
                  <th scope="rowgroup" rowSpan={s.items.length}>
                    {s.deputyName || nameOf(s.deputyPersonId)}
                  </th>
                )}
                <td>
                  <Fi>{item.title || titleOf(item.itemId)}</Fi>
                </td>
                <td>{item.forPersonName || nameOf(item.forPersonId)}</td>
                <td>
                  {label('substitution', item.status)}
                  {item.reason && (
                    <>
                      <br />
                      <span class="muted small">{item.reason}</span>
                    </>
                  )}
                </td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </div>
  );
}

function ItemSection({
  item,
  check,
  caps,
  nameOf,
  changes,
  decisions,
  onDecided,
}: {
  item: Meeting['agenda'][number];
  check: ItemCheck | undefined;
  caps: Capabilities;
  nameOf: (id: string) => string;
  changes: CheckChanges | null | undefined;
  decisions: Map<string, Decision>;
  onDecided: (id: string, d: Decision, message: string) => void;
}) {
  const { t, label } = useI18n();
  const markOf = (personId: string): 'new' | 'changed' | null => {
    if (changes?.newFindings.some((r) => r.itemId === item.id && r.personId === personId)) return 'new';
    if (changes?.changedFindings.some((r) => r.itemId === item.id && r.personId === personId)) return 'changed';
    return null;
  };
  const headingId = `item-${item.id}`;
  return (
    <section class="item card" aria-labelledby={headingId} data-testid="item">
      <h2 id={headingId}>
        <span class="item-order">§ {item.order}</span> <Fi>{item.title}</Fi>{' '}
        {item.urgent && <Badge tone="amber">{t('agenda.urgent')}</Badge>}
      </h2>
      {!check ? (
        <p class="muted">{t('check.noResult')}</p>
      ) : (
        <>
          <h3>{t('check.findings')}</h3>
          {check.findings.length === 0 ? (
            <p>{t('check.noFindings')}</p>
          ) : (
            <ul class="findings">
              {check.findings.map((f) => (
                <FindingCard
                  key={f.id}
                  finding={f}
                  caps={caps}
                  nameOf={nameOf}
                  mark={markOf(f.personId)}
                  decision={decisions.get(f.id) ?? f.decision ?? null}
                  onDecided={(d, m) => onDecided(f.id, d, m)}
                />
              ))}
            </ul>
          )}
          {check.substitutions.length > 0 && (
            <>
              <h3>{t('check.substitutions')}</h3>
              <ul class="substitutions">
                {check.substitutions.map((s) => (
                  <li key={`${s.forPersonId}-${s.status}`}>
                    {s.deputyPersonId
                      ? t('check.substitutionFor', { deputy: nameOf(s.deputyPersonId), person: nameOf(s.forPersonId) })
                      : nameOf(s.forPersonId)}{' '}
                    – {label('substitution', s.status)}
                    {s.reason && <span class="muted"> ({label('reason', s.reason)})</span>}
                  </li>
                ))}
              </ul>
            </>
          )}
          <h3>{t('check.quorum')}</h3>
          <Quorum quorum={check.quorum} />
          {check.notes.length > 0 && (
            <>
              <h3>{t('check.notes')}</h3>
              <ul>
                {check.notes.map((n, i) => (
                  <li key={i}>{n.text}</li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}

/** The secretary's check of a meeting: findings per item, decisions, deputies to summon, quorum. */
export function MeetingCheckPage({ id, caps }: { id: string; caps: Capabilities }) {
  const { t, apiLang, date, dateTime, label } = useI18n();
  const [run, setRun] = useState(0);
  const result = useLoad(() => load(caps, id, apiLang), [id, apiLang, run]);
  const [decisions, setDecisions] = useState(new Map<string, Decision>());
  const [message, setMessage] = useState('');
  const [onlyFindings, setOnlyFindings] = useState(false);
  const [fresh, setFresh] = useState<{ check: MeetingCheck; summons: Summons[] | null; meeting?: Meeting } | null>(null);
  const [publishError, setPublishError] = useState<unknown>(null);
  const [publishing, setPublishing] = useState(false);
  useEffect(() => setFresh(null), [result.data]);

  // After a decision or publishing, the check is read again at once: decisions drive the summons.
  const loaded = result.data;
  const data =
    loaded && fresh ? { ...loaded, meeting: fresh.meeting ?? loaded.meeting, check: fresh.check, summons: fresh.summons } : loaded;
  const refresh = async (meeting?: Meeting) => {
    const check = await runCheck(caps, id, apiLang);
    const summons = caps.has('Query.summonsList') ? await fetchSummons(caps, id, apiLang) : null;
    setFresh((old) => ({ check, summons, meeting: meeting ?? old?.meeting }));
  };
  const personIds = data
    ? data.check.items.flatMap((i) => [
        ...i.findings.map((f) => f.personId),
        ...i.substitutions.flatMap((s) => [s.forPersonId, s.deputyPersonId]),
      ])
    : [];
  const since = data?.check.sinceAgenda;
  const nameOf = useNames(
    'person',
    personIds.concat(
      data?.check.changes?.removedFindings.map((r) => r.personId) ?? [],
      since?.removedFindings.map((r) => r.personId) ?? [],
      (since?.deputiesToCancel ?? []).flatMap((d) => [d.deputyPersonId, d.forPersonId]),
    ),
  );
  // Fetch the body names with the page's data, in one batch (OrgName reads them).
  useNames('organization', data ? [data.meeting.bodyId] : []);
  const title = data ? (data.meeting.name ?? data.meeting.id) : t('check.title');

  const onDecided = (findingId: string, d: Decision, m: string) => {
    setDecisions((old) => new Map(old).set(findingId, d));
    // The message once the check is read again, so what it says (deputies, quorum) is already shown.
    refresh().then(
      () => setMessage(m),
      () => setMessage(m),
    );
  };
  const publish = async () => {
    if (!data) return;
    setPublishing(true);
    setPublishError(null);
    try {
      const done = await publishAgenda(id, data.meeting.version ?? 1);
      await refresh({ ...data.meeting, version: done.version, agendaPublishedAt: done.agendaPublishedAt });
      setMessage(t('publish.done'));
    } catch (err) {
      setPublishError(err);
    } finally {
      setPublishing(false);
    }
  };
  const canPublish = caps.has('Mutation.publishAgenda') && data?.meeting.status === 'planned';

  const byItem = new Map(data?.check.items.map((i) => [i.itemId, i]) ?? []);
  const titleOf = (itemId: string) => data?.meeting.agenda.find((i) => i.id === itemId)?.title ?? itemId;
  const all = data?.check.items.flatMap((i) => i.findings) ?? [];
  const summons = data ? (data.summons ?? summonsFromCheck(data.check, data.meeting, nameOf)) : [];
  const quorumProblems = data?.check.items.filter((i) => !i.quorum.met || i.quorum.dependsOnReview).length ?? 0;
  const items = data ? data.meeting.agenda.filter((i) => !onlyFindings || (byItem.get(i.id)?.findings.length ?? 0) > 0) : [];

  return (
    <section>
      <p class="breadcrumb">
        <Link href="/meetings">{t('nav.meetings')}</Link>
      </p>
      <PageTitle title={title}>{data ? <Fi>{title}</Fi> : title}</PageTitle>
      {data && (
        <p class="meta">
          <OrgName id={data.meeting.bodyId} /> · {date(data.meeting.date)} · {label('meetingStatus', data.meeting.status)}
        </p>
      )}
      <div class="buttons">
        <button type="button" class="primary" onClick={() => setRun((n) => n + 1)} disabled={result.loading}>
          {t('check.runAgain')}
        </button>
        <Link class="button" href={`/meetings/${encodeURIComponent(id)}/agenda`}>
          {t('meetings.openAgenda')}
        </Link>
        <Link class="button" href={`/meetings/${encodeURIComponent(id)}/summons`}>
          {t('summons.print')}
        </Link>
        {canPublish && (
          <button type="button" onClick={publish} disabled={publishing || result.loading}>
            {t('publish.button')}
          </button>
        )}
      </div>
      <ErrorMessage error={publishError} />
      <div role="status" class="status-message">
        {message}
      </div>
      {result.loading && <Loading />}
      <ErrorMessage error={result.error} />
      {data && !result.loading && (
        <>
          <p class="muted small" data-testid="run-info">
            {t('check.runInfo', { at: dateTime(data.check.createdAt), date: date(data.check.date) })}
          </p>
          <section class="summary card" aria-labelledby="summary-title">
            <h2 id="summary-title">{t('check.summary')}</h2>
            <ul class="summary-numbers">
              <li>
                <strong>{all.filter((f) => f.outcome === 'disqualified').length}</strong> {t('check.countDisqualified')}
              </li>
              <li>
                <strong>{all.filter((f) => f.outcome === 'needs_review').length}</strong> {t('check.countReview')}
              </li>
              <li>
                <strong>{summons.length}</strong> {t('check.countSummons')}
              </li>
              <li>
                <strong>{quorumProblems}</strong> {t('check.countQuorum')}
              </li>
            </ul>
          </section>
          <p data-testid="publish-status">
            {data.meeting.status === 'held'
              ? t('publish.held')
              : (data.check.agendaPublishedAt ?? data.meeting.agendaPublishedAt)
                ? t('publish.published', { at: dateTime(data.check.agendaPublishedAt ?? data.meeting.agendaPublishedAt) })
                : t('publish.notYet')}
          </p>
          {data.check.sinceAgenda && (
            <SinceAgendaPanel
              changes={data.check.sinceAgenda}
              publishedAt={data.check.agendaPublishedAt}
              nameOf={nameOf}
              titleOf={titleOf}
            />
          )}
          <ChangesPanel
            changes={data.check.changes}
            before={data.before}
            nameOf={nameOf}
            titleOf={titleOf}
            supported={caps.has('MeetingCheck.changes')}
          />
          <div class="filter-row">
            <input
              id="only-findings"
              type="checkbox"
              checked={onlyFindings}
              onChange={(e) => setOnlyFindings((e.target as HTMLInputElement).checked)}
            />
            <label for="only-findings">{t('check.onlyFindings')}</label>
          </div>
          {items.map((item) => (
            <ItemSection
              key={item.id}
              item={item}
              check={byItem.get(item.id)}
              caps={caps}
              nameOf={nameOf}
              changes={data.check.changes}
              decisions={decisions}
              onDecided={onDecided}
            />
          ))}
          <section class="card" aria-labelledby="summons-title" data-testid="summons">
            <h2 id="summons-title">{t('summons.title')}</h2>
            {!data.summons && <p class="muted small">{t('summons.derived')}</p>}
            <SummonsTable summons={summons} nameOf={nameOf} titleOf={titleOf} />
            <p>
              <Link href={`/meetings/${encodeURIComponent(id)}/summons`}>{t('summons.print')}</Link>
            </p>
          </section>
          {!caps.has('Mutation.confirmFinding') && <NotAvailable what={t('decision.unavailableLong')} />}
        </>
      )}
    </section>
  );
}
