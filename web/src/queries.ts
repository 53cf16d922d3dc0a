import { ApiError, allPages, gql, type Capabilities } from './api';

/** Shapes of schema/schema.graphql that the pages use (optional ones come with newer services). */
export interface PageInfo {
  endCursor: string | null;
  hasNextPage: boolean;
}

export interface MeetingSummary {
  id: string;
  bodyId: string;
  name: string | null;
  date: string;
  startsAt: string;
  status: 'planned' | 'held';
  itemCount: number;
}

export interface RelatedEntity {
  entityType: 'organization' | 'person';
  entityId: string;
  role: string;
  note: string | null;
  onBehalfOf: string | null;
}

export interface RecordedRecusal {
  personId: string;
  grounds: string[];
  decidedBy: string | null;
}

export interface AgendaItem {
  id: string;
  version?: number | null;
  order: number;
  title: string;
  description: string | null;
  relatedEntities: RelatedEntity[];
  presentedBy: string | null;
  preparedBy: string[];
  urgent: boolean;
  record?: { recusals: RecordedRecusal[]; substitutes: { forPersonId: string; personId: string }[] } | null;
}

export interface CheckStatus {
  lastRunId: string | null;
  lastRunAt: string | null;
  stale: boolean;
}

export interface Meeting {
  id: string;
  version?: number | null;
  bodyId: string;
  name: string | null;
  date: string;
  startsAt: string;
  status: 'planned' | 'held';
  /** When the agenda went out (publishAgenda), if it has. */
  agendaPublishedAt?: string | null;
  checkStatus?: CheckStatus | null;
  agenda: AgendaItem[];
}

export interface Decision {
  status: 'confirmed' | 'dismissed';
  note: string | null;
  by: string | null;
  at: string | null;
}

export interface Finding {
  id: string;
  personId: string;
  capacity: string;
  outcome: 'disqualified' | 'needs_review';
  lean: string | null;
  grounds: string[];
  explanation: string;
  evidence: { kind: string; id: string | null; text: string }[];
  decision?: Decision | null;
}

export interface Substitution {
  forPersonId: string;
  deputyPersonId: string | null;
  status: string;
  /** Why the person is replaced: finding, decision, announcement or expected_absent. */
  reason?: string | null;
}

export interface ItemCheck {
  itemId: string;
  findings: Finding[];
  substitutions: Substitution[];
  quorum: { seats: number; required: number; present: number; met: boolean; dependsOnReview: boolean; fallback: string | null };
  notes: { personId: string | null; text: string }[];
}

export interface FindingRef {
  itemId: string;
  personId: string;
}

export interface CheckChanges {
  newFindings: FindingRef[];
  removedFindings: FindingRef[];
  changedFindings: FindingRef[];
  /** The items whose summons or quorum changed (older drafts of the API: a boolean). */
  summonsChanged: string[] | boolean;
  quorumChanged: string[] | boolean;
  deputiesToSummon?: DeputyChange[];
  deputiesToCancel?: DeputyChange[];
}

export interface DeputyChange {
  itemId: string;
  deputyPersonId: string;
  forPersonId: string;
}

export interface MeetingCheck {
  runId: string;
  createdAt: string;
  date: string;
  bodyId: string;
  items: ItemCheck[];
  changes?: CheckChanges | null;
  /** What changed since the agenda went out (null before publishing and once held). */
  sinceAgenda?: CheckChanges | null;
  agendaPublishedAt?: string | null;
}

export interface SummonsItem {
  itemId: string;
  title: string;
  forPersonId: string;
  forPersonName?: string | null;
  status: string;
  reason: string | null;
}

export interface Summons {
  deputyPersonId: string;
  deputyName: string;
  items: SummonsItem[];
}

const ITEM_FIELDS = (caps: Capabilities) =>
  `id ${caps.pick('AgendaItem.version', 'version')} order title description urgent presentedBy preparedBy
   relatedEntities { entityType entityId role note onBehalfOf }`;

export async function fetchMeeting(caps: Capabilities, id: string, options: { record?: boolean } = {}): Promise<Meeting> {
  const data = await gql<{ meeting: Meeting }>(
    `query Meeting($id: ID!) { meeting(id: $id) {
      id ${caps.pick('Meeting.version', 'version')} bodyId name date startsAt status ${caps.pick('Meeting.agendaPublishedAt', 'agendaPublishedAt')}
      ${caps.pick('Meeting.checkStatus', 'checkStatus { lastRunId lastRunAt stale }')}
      agenda { ${ITEM_FIELDS(caps)} ${options.record ? 'record { recusals { personId grounds decidedBy } substitutes { forPersonId personId } }' : ''} }
    } }`,
    { id },
  );
  data.meeting.agenda.sort((a, b) => a.order - b.order);
  return data.meeting;
}

export async function runCheck(caps: Capabilities, meetingId: string, lang: string): Promise<MeetingCheck> {
  const decision = caps.pick('Finding.decision', 'decision { status note by at }');
  const changes = caps.pick(
    'MeetingCheck.changes',
    `changes { newFindings { itemId personId } removedFindings { itemId personId } changedFindings { itemId personId } summonsChanged quorumChanged }`,
  );
  const deputies = 'deputiesToSummon { itemId deputyPersonId forPersonId } deputiesToCancel { itemId deputyPersonId forPersonId }';
  const sinceAgenda = caps.pick(
    'MeetingCheck.sinceAgenda',
    `agendaPublishedAt sinceAgenda { newFindings { itemId personId } removedFindings { itemId personId } changedFindings { itemId personId } summonsChanged quorumChanged ${deputies} }`,
  );
  const data = await gql<{ meetingCheck: MeetingCheck }>(
    `query Check($meetingId: ID!, $lang: String) { meetingCheck(meetingId: $meetingId, lang: $lang) {
      runId createdAt date bodyId ${changes} ${sinceAgenda}
      items { itemId
        findings { id personId capacity outcome lean grounds explanation evidence { kind id text } ${decision} }
        substitutions { forPersonId deputyPersonId status ${caps.pick('Substitution.reason', 'reason')} }
        quorum { seats required present met dependsOnReview fallback }
        notes { personId text } }
    } }`,
    { meetingId, lang },
  );
  return data.meetingCheck;
}

/** The agenda goes out: the check at this moment becomes the baseline for later changes. */
export async function publishAgenda(meetingId: string, version: number): Promise<{ version: number; agendaPublishedAt: string }> {
  const data = await gql<{ publishAgenda: { version: number; agendaPublishedAt: string } }>(
    `mutation Publish($meetingId: ID!, $version: Int!) { publishAgenda(meetingId: $meetingId, version: $version) { version agendaPublishedAt } }`,
    { meetingId, version },
  );
  return data.publishAgenda;
}

export async function confirmFinding(id: string, note: string | null): Promise<Decision> {
  const data = await gql<{ confirmFinding: Decision }>(
    `mutation Confirm($id: ID!, $note: String) { confirmFinding(id: $id, note: $note) { status note by at } }`,
    { id, note },
  );
  return data.confirmFinding;
}

export async function dismissFinding(id: string, reason: string): Promise<Decision> {
  const data = await gql<{ dismissFinding: Decision }>(
    `mutation Dismiss($id: ID!, $reason: String!) { dismissFinding(id: $id, reason: $reason) { status note by at } }`,
    { id, reason },
  );
  return data.dismissFinding;
}

export async function fetchSummons(caps: Capabilities, meetingId: string, lang: string): Promise<Summons[]> {
  const withLang = caps.argType('Query.summonsList', 'lang', '') !== '';
  const data = await gql<{ summonsList: Summons[] }>(
    `query Summons($meetingId: ID!${withLang ? ', $lang: String' : ''}) { summonsList(meetingId: $meetingId${withLang ? ', lang: $lang' : ''}) {
      deputyPersonId deputyName items { itemId title forPersonId ${caps.pick('SummonsItem.forPersonName', 'forPersonName')} status reason } } }`,
    withLang ? { meetingId, lang } : { meetingId },
  );
  return data.summonsList;
}

export async function fetchSummonsDocument(meetingId: string, lang: string): Promise<string> {
  const data = await gql<{ summonsDocument: string }>(
    `query SummonsDocument($meetingId: ID!, $lang: String) { summonsDocument(meetingId: $meetingId, lang: $lang) }`,
    { meetingId, lang },
  );
  return data.summonsDocument;
}

/** The summons list from a check run, for services without `summonsList`: deputies to summon, by deputy. */
export function summonsFromCheck(check: MeetingCheck, meeting: Meeting, nameOf: (id: string) => string): Summons[] {
  const titles = new Map(meeting.agenda.map((i) => [i.id, i.title]));
  const byDeputy = new Map<string, Summons>();
  for (const item of check.items) {
    for (const s of item.substitutions) {
      if (!s.deputyPersonId || !s.status.startsWith('summon')) continue;
      const entry = byDeputy.get(s.deputyPersonId) ?? { deputyPersonId: s.deputyPersonId, deputyName: nameOf(s.deputyPersonId), items: [] };
      entry.items.push({
        itemId: item.itemId,
        title: titles.get(item.itemId) ?? item.itemId,
        forPersonId: s.forPersonId,
        status: s.status,
        reason: null,
      });
      byDeputy.set(s.deputyPersonId, entry);
    }
  }
  return [...byDeputy.values()];
}

export async function listMeetings(
  filter: { bodyId?: string | null; status?: string | null; from?: string | null; to?: string | null },
  limit = 500,
): Promise<{ nodes: MeetingSummary[]; truncated: boolean }> {
  return allPages(async (after) => {
    const data = await gql<{ meetings: { nodes: MeetingSummary[]; pageInfo: PageInfo } }>(
      `query Meetings($bodyId: ID, $status: MeetingStatus, $from: Date, $to: Date, $after: String) {
        meetings(bodyId: $bodyId, status: $status, from: $from, to: $to, first: 100, after: $after) {
          nodes { id bodyId name date startsAt status itemCount } pageInfo { endCursor hasNextPage } } }`,
      { bodyId: filter.bodyId ?? null, status: filter.status ?? null, from: filter.from ?? null, to: filter.to ?? null, after },
    );
    return data.meetings;
  }, limit);
}

export interface OrganizationSummary {
  id: string;
  name: string;
  classification: string;
  parentId: string | null;
  seats: number | null;
}

let organizationsCache: Promise<OrganizationSummary[]> | null = null;

/** All organisations and bodies (for pickers and names); kept for the session. */
export function listOrganizations(): Promise<OrganizationSummary[]> {
  if (!organizationsCache) {
    organizationsCache = allPages(async (after) => {
      const data = await gql<{ organizations: { nodes: OrganizationSummary[]; pageInfo: PageInfo } }>(
        `query Organizations($after: String) { organizations(first: 150, after: $after) {
          nodes { id name classification parentId seats } pageInfo { endCursor hasNextPage } } }`,
        { after },
      );
      return data.organizations;
    }, 5000)
      .then((r) => r.nodes)
      .catch((e: unknown) => {
        organizationsCache = null;
        throw e;
      });
  }
  return organizationsCache;
}

export const BODY_KINDS = new Set(['council', 'board', 'committee', 'division', 'audit_committee', 'supervisory_board', 'other_body']);

export function isConflict(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'CONFLICT';
}
