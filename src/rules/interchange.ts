/**
 * The jaavi-check/1 and jaavi-audit/1 documents (snake_case, as in the JSON Schemas beside
 * interchange.md). Optional fields are omitted rather than written as null, except
 * `deputy_person_id` and `fallback`, which the schema requires. A substitution's `reason` is an
 * addition the schema allows (it leaves additional properties open).
 */
import type { GroundCode } from './grounds';
import type {
  AuditReport,
  Capacity,
  CheckReport,
  EvidenceKind,
  Lean,
  Outcome,
  QuorumFallback,
  ReplacementReason,
  SubstitutionStatus,
} from './report';

export interface CheckDocument {
  format: 'jaavi-check/1';
  ruleset: string;
  meeting_id: string;
  body_id: string;
  date: string;
  items: {
    item_id: string;
    findings: {
      person_id: string;
      capacity: Capacity;
      outcome: Outcome;
      lean?: Lean;
      grounds: GroundCode[];
      explanation: string;
      evidence: { kind: EvidenceKind; id?: string; text: string }[];
    }[];
    substitutions: { for_person_id: string; deputy_person_id: string | null; status: SubstitutionStatus; reason: ReplacementReason }[];
    quorum: { seats: number; required: number; present: number; met: boolean; depends_on_review: boolean; fallback: QuorumFallback };
    notes: { person_id?: string; text: string }[];
  }[];
}

export interface AuditDocument {
  format: 'jaavi-audit/1';
  ruleset: string;
  meeting_id: string;
  items: {
    item_id: string;
    missed_recusals: { person_id: string; grounds: GroundCode[] }[];
    unfounded_recusals: { person_id: string }[];
    upstream_defects: { item_id: string; person_id: string }[];
    ungrounded_recusals: { person_id: string }[];
  }[];
}

export function toCheckDocument(report: CheckReport): CheckDocument {
  return {
    format: 'jaavi-check/1',
    ruleset: report.ruleset,
    meeting_id: report.meetingId,
    body_id: report.bodyId,
    date: report.date,
    items: report.items.map((item) => ({
      item_id: item.itemId,
      findings: item.findings.map((f) => ({
        person_id: f.personId,
        capacity: f.capacity,
        outcome: f.outcome,
        ...(f.lean ? { lean: f.lean } : {}),
        grounds: [...f.grounds],
        explanation: f.explanation,
        evidence: f.evidence.map((e) => ({ kind: e.kind, ...(e.id !== undefined ? { id: e.id } : {}), text: e.text })),
      })),
      substitutions: item.substitutions.map((s) => ({
        for_person_id: s.forPersonId,
        deputy_person_id: s.deputyPersonId,
        status: s.status,
        reason: s.reason,
      })),
      quorum: {
        seats: item.quorum.seats,
        required: item.quorum.required,
        present: item.quorum.present,
        met: item.quorum.met,
        depends_on_review: item.quorum.dependsOnReview,
        fallback: item.quorum.fallback,
      },
      notes: item.notes.map((n) => ({ ...(n.personId !== undefined ? { person_id: n.personId } : {}), text: n.text })),
    })),
  };
}

export function toAuditDocument(report: AuditReport): AuditDocument {
  return {
    format: 'jaavi-audit/1',
    ruleset: report.ruleset,
    meeting_id: report.meetingId,
    items: report.items.map((item) => ({
      item_id: item.itemId,
      missed_recusals: item.missedRecusals.map((m) => ({ person_id: m.personId, grounds: [...m.grounds] })),
      unfounded_recusals: item.unfoundedRecusals.map((u) => ({ person_id: u.personId })),
      upstream_defects: item.upstreamDefects.map((d) => ({ item_id: d.itemId, person_id: d.personId })),
      ungrounded_recusals: item.ungroundedRecusals.map((u) => ({ person_id: u.personId })),
    })),
  };
}
