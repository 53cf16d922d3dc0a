import { useState } from 'preact/hooks';
import type { Capabilities } from '../api';
import { ErrorMessage, Fi, Loading, OrgName, PageTitle } from '../components';
import { useLoad } from '../hooks';
import { useI18n } from '../i18n';
import { useNames } from '../names';
import { fetchMeeting, fetchSummons, fetchSummonsDocument, runCheck, summonsFromCheck, type MeetingCheck } from '../queries';
import { Link } from '../router';
import { SummonsTable } from './MeetingCheck';
import { downloadText as download } from '../csv';

async function load(caps: Capabilities, id: string, lang: string) {
  const meeting = await fetchMeeting(caps, id);
  const summons = caps.has('Query.summonsList') ? await fetchSummons(caps, id, lang) : null;
  // Without summonsList the list is read off a check run.
  const check: MeetingCheck | null = summons ? null : await runCheck(caps, id, lang);
  return { meeting, summons, check };
}

/** The deputies to summon, laid out for printing (the browser's print dialog, or the service's HTML document). */
export function SummonsPrint({ id, caps }: { id: string; caps: Capabilities }) {
  const { t, apiLang, date, dateTime } = useI18n();
  const result = useLoad(() => load(caps, id, apiLang), [id, apiLang]);
  const [docError, setDocError] = useState<unknown>(null);
  const data = result.data;
  const fromCheck = data?.check;
  const personIds = fromCheck
    ? fromCheck.items.flatMap((i) => i.substitutions.flatMap((s) => [s.forPersonId, s.deputyPersonId]))
    : (data?.summons ?? []).flatMap((s) => [s.deputyPersonId, ...s.items.map((i) => i.forPersonId)]);
  const nameOf = useNames('person', personIds);
  // Fetch the body names with the page's data, in one batch (OrgName reads them).
  useNames('organization', data ? [data.meeting.bodyId] : []);
  const summons = data ? (data.summons ?? (fromCheck ? summonsFromCheck(fromCheck, data.meeting, nameOf) : [])) : [];
  const titleOf = (itemId: string) => data?.meeting.agenda.find((i) => i.id === itemId)?.title ?? itemId;
  const title = t('summons.title');

  return (
    <section class="print-page">
      <p class="breadcrumb no-print">
        <Link href="/meetings">{t('nav.meetings')}</Link> › <Link href={`/meetings/${encodeURIComponent(id)}`}>{t('check.title')}</Link>
      </p>
      <PageTitle title={title}>{title}</PageTitle>
      {result.loading && <Loading />}
      <ErrorMessage error={result.error ?? docError} />
      {data && (
        <>
          <p class="meta">
            <strong>
              <Fi>{data.meeting.name ?? data.meeting.id}</Fi>
            </strong>
            <br />
            <OrgName id={data.meeting.bodyId} /> · {dateTime(data.meeting.startsAt)}
          </p>
          <div class="buttons no-print">
            <button type="button" class="primary" onClick={() => window.print()}>
              {t('summons.printButton')}
            </button>
            {caps.has('Query.summonsDocument') && (
              <button
                type="button"
                onClick={() =>
                  fetchSummonsDocument(id, apiLang)
                    .then((html) => download(`kutsulista-${id}.html`, 'text/html;charset=utf-8', html))
                    .catch(setDocError)
                }
              >
                {t('summons.downloadDocument')}
              </button>
            )}
          </div>
          {!data.summons && <p class="muted small no-print">{t('summons.derived')}</p>}
          <SummonsTable summons={summons} nameOf={nameOf} titleOf={titleOf} />
          <p class="muted small">{t('summons.printedOn', { date: date(new Date().toISOString()) })}</p>
        </>
      )}
    </section>
  );
}
