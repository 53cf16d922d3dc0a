import type { HistoricalCheck, StoredCheck } from './checks.service';
import type { HistoricalCheckModel, MeetingCheckModel } from './models/meeting-check.model';
import type { MeetingAuditModel } from './models/meeting-audit.model';
import type { AuditReport, Evidence } from '../rules/report';
import { mayReadPersonalData } from '../auth/personal-data.policy';
import type { Principal } from '../auth/roles';

/**
 * Evidence that points at a personal-data record: its id is shown only to those who may read it;
 * so is the id of anything about a relative (a relative's membership id would name them through
 * `organization.members`).
 */
const PERSONAL_EVIDENCE = new Set(['relationship', 'interest']);

/**
 * A finding's (or missed recusal's) explanation and evidence as shown to `viewer`: in full to
 * those who may read the person's personal data; otherwise the restricted wording, without the
 * ids of relationships, interests and anything about a relative.
 */
export function explainedFor(
  f: { personId: string; explanation: string; restrictedExplanation: string; evidence: readonly Evidence[] },
  viewer: Principal | null,
) {
  const full = mayReadPersonalData(viewer, f.personId);
  return {
    explanation: full ? f.explanation : f.restrictedExplanation,
    evidence: f.evidence.map((e) => ({
      kind: e.kind,
      id: !full && (PERSONAL_EVIDENCE.has(e.kind) || e.aboutRelative) ? null : (e.id ?? null),
      text: full ? e.text : (e.restrictedText ?? e.text),
    })),
  };
}

/** The audit as its GraphQL type, explained as a check is (`explainedFor`). */
export function toMeetingAuditModel(report: AuditReport, viewer: Principal | null): MeetingAuditModel {
  return {
    format: report.format,
    ruleset: report.ruleset,
    meetingId: report.meetingId,
    date: report.date,
    items: report.items.map((i) => ({
      itemId: i.itemId,
      missedRecusals: i.missedRecusals.map((m) => ({
        personId: m.personId,
        capacity: m.capacity,
        grounds: [...m.grounds],
        ...explainedFor(m, viewer),
      })),
      unfoundedRecusals: i.unfoundedRecusals.map((u) => ({ personId: u.personId })),
      upstreamDefects: i.upstreamDefects.map((d) => ({
        itemId: d.itemId,
        personId: d.personId,
        meetingId: d.meetingId,
        date: d.date,
        stage: d.stage,
        capacity: d.capacity,
        grounds: [...d.grounds],
        ...explainedFor(d, viewer),
      })),
      ungroundedRecusals: i.ungroundedRecusals.map((u) => ({ personId: u.personId })),
    })),
  };
}

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
        ...explainedFor(f, viewer),
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
    comparedRunRuleset: check.comparedRunRuleset,
    changes: check.changes,
  };
}
