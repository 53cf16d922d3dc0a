import type { ExplainedQuery } from './explain';
import type { FloorResult } from './facts-floor';
import type { LoadResult } from './load';
import type { Timing } from './stats';

/** What `bench/results/<scale>.json` holds. */
export interface BenchResult {
  readonly scale: string;
  readonly seed: number;
  readonly measuredAt: string;
  readonly machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; postgres: string };
  readonly commit: string;
  readonly dataset: Readonly<Record<string, number>> & { bytes: number };
  readonly import?: { seconds: number; peakRssMb: number; streamed: boolean; when: string };
  readonly meetingCheck: { meetingId: string; items: number; findings: number; timing: Timing };
  readonly floor: FloorResult;
  /** `cold`: right after the facts revision moved; `single`: one request at a time, warm. */
  readonly myWarnings: { skipped?: string; query?: string; cold?: Timing; single?: Timing; load?: LoadResult };
  readonly auditor?: {
    recusals: { personId: string; rows: number; timing: Timing };
    missedRecusals: { bodyId: string; rows: number; timing: Timing };
  };
  readonly service: { rssAfterMb: number; peakMb: number };
  readonly explain: ExplainedQuery[];
}
