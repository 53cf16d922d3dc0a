import type { HistoricalCheck, StoredCheck } from './checks.service';
import type { HistoricalCheckModel, MeetingCheckModel } from './models/meeting-check.model';
import { mayReadPersonalData } from '../auth/personal-data.policy';
import type { Principal } from '../auth/roles';

/** Evidence that points at a personal-data record: its id is shown only to those who may read it. */
const PERSONAL_EVIDENCE = new Set(['relationship', 'interest']);

/** The stored run as its GraphQL type (camelCase, the same content as jaavi-check/1). */
export function toMeetingCheckModel(check: StoredCheck, viewer: Principal | null): MeetingCheckModel {
  const { report } = check;
  return {
    runId: check.runId,
    createdAt: check.createdAt,
    format: report.format,
    ruleset: report.ruleset,
    meetingId: report.meetingId,
    bodyId: report.bodyId,
    date: report.date,
    items: report.items.map((item, i) => ({
      itemId: item.itemId,
      findings: item.findings.map((f, j) => ({
        id: check.findingIds[i][j],
        personId: f.personId,
        capacity: f.capacity,
        outcome: f.outcome,
        lean: f.lean ?? null,
        grounds: [...f.grounds],
        explanation: f.explanation,
        evidence: f.evidence.map((e) => ({
          kind: e.kind,
          id: PERSONAL_EVIDENCE.has(e.kind) && !mayReadPersonalData(viewer, f.personId) ? null : (e.id ?? null),
          text: e.text,
        })),
        decision: check.decisions?.get(check.findingIds[i][j]) ?? null,
      })),
      substitutions: item.substitutions.map((s) => ({ ...s })),
      quorum: { ...item.quorum },
      notes: item.notes.map((n) => ({ personId: n.personId ?? null, text: n.text })),
    })),
    changes: check.changes ?? null,
    sinceAgenda: check.sinceAgenda ?? null,
    agendaPublishedAt: check.agendaPublishedAt ?? null,
  };
}

/** A result that was not stored: findings get descriptive ids instead of stored ones. */
export function toHistoricalCheckModel(check: HistoricalCheck, viewer: Principal | null): HistoricalCheckModel {
  const stored: StoredCheck = {
    runId: null,
    createdAt: check.knownOn,
    report: check.report,
    findingIds: check.report.items.map((item) => item.findings.map((f) => `${item.itemId}:${f.personId}:${f.capacity}`)),
  };
  const model = toMeetingCheckModel(stored, viewer);
  return {
    knownOn: check.knownOn,
    date: check.report.date,
    ruleset: check.report.ruleset,
    items: model.items,
    comparedRunId: check.comparedRunId,
    comparedRunAt: check.comparedRunAt,
    changes: check.changes,
  };
}
