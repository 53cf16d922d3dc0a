/**
 * The counterparty matcher's thread: holds the index over the registry's names and answers
 * scans. Messages, handled in order: `begin`, then `add` (a part of the names), then `finish`
 * (→ `{ aliasCount }`) build a new index, which replaces the old one only when finished, so
 * scans go on meanwhile; `detect` (texts) → `{ mentions }`, one list per text.
 */
import { parentPort } from 'node:worker_threads';
import { detectorBuilder, type AliasSource, type Detector, type DetectorBuilder } from '../detection';

export type WorkerRequest =
  | { id: number; type: 'begin' }
  | { id: number; type: 'add'; aliases: AliasSource[] }
  | { id: number; type: 'finish' }
  | { id: number; type: 'detect'; texts: string[] };

let detector: Detector | null = null;
let builder: DetectorBuilder | null = null;

function handle(request: WorkerRequest): object {
  switch (request.type) {
    case 'begin':
      builder = detectorBuilder();
      return {};
    case 'add':
      if (!builder) throw new Error('no build in progress');
      builder.add(request.aliases);
      return {};
    case 'finish': {
      if (!builder) throw new Error('no build in progress');
      detector = builder.finish();
      builder = null;
      return { aliasCount: detector.aliasCount };
    }
    case 'detect': {
      if (!detector) throw new Error('the matcher has not been built');
      const matcher = detector;
      return { mentions: request.texts.map((text) => matcher.detect(text)) };
    }
  }
}

parentPort?.on('message', (request: WorkerRequest) => {
  try {
    parentPort!.postMessage({ id: request.id, ...handle(request) });
  } catch (error) {
    builder = null;
    parentPort!.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) });
  }
});
