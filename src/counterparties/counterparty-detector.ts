import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import type { SqlRunner } from '../database/sql';
import type { Mention } from '../detection';
import { registryAliases } from './registry-aliases';
import type { WorkerRequest } from './detector.worker';

type Reply = { id: number; error?: string; aliasCount?: number; mentions?: Mention[][] };
type Pending = { resolve: (reply: Reply) => void; reject: (error: Error) => void };
type Message = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

/** The worker's heap limit: the index at national scale (L) takes about 90 MB, and builds in parts. */
const WORKER_HEAP_MB = 256;

/**
 * The matcher over the registry's names, built once per registry revision (the revision moves
 * when a name or identifier changes) and shared by every request. It lives in a worker thread:
 * the index is large and long-lived (some 90 MB for 120,000 names), and on the main thread it
 * made every full garbage collection of the service slower and its heap grow (the service's
 * memory under load doubled); there it neither does that nor blocks requests while it builds
 * (about a second at national scale) or scans.
 */
@Injectable()
export class CounterpartyDetector implements OnModuleDestroy {
  private readonly logger = new Logger('Counterparties');
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private next = 1;
  private built: string | null = null;
  private building: Promise<void> | null = null;

  /** The mentions in each text, with the matcher of the current registry revision. */
  async detect(sql: SqlRunner, texts: string[]): Promise<Mention[][]> {
    if (texts.length === 0) return [];
    await this.ensureBuilt(sql);
    const reply = await this.call({ type: 'detect', texts });
    return reply.mentions ?? [];
  }

  async onModuleDestroy(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    this.built = null;
    if (worker) await worker.terminate();
  }

  private async ensureBuilt(sql: SqlRunner): Promise<void> {
    const [row] = await sql('select revision::text from registry_revision where id = 1', []);
    const revision = row ? String(row.revision) : 'none';
    if (this.built === revision) return;
    if (!this.building) {
      this.building = (async () => {
        const started = Date.now();
        const parts: Promise<Reply>[] = [this.call({ type: 'begin' })];
        for await (const aliases of registryAliases(sql)) parts.push(this.call({ type: 'add', aliases }));
        await Promise.all(parts);
        const reply = await this.call({ type: 'finish' });
        this.built = revision;
        this.logger.log(`matcher built for revision ${revision}: ${reply.aliasCount} aliases in ${Date.now() - started} ms`);
      })().finally(() => (this.building = null));
    }
    await this.building;
  }

  private call(message: Message): Promise<Reply> {
    const worker = this.worker ?? this.start();
    const id = this.next++;
    return new Promise<Reply>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ ...message, id });
    }).then((reply) => {
      if (reply.error) throw new Error(`counterparty matcher: ${reply.error}`);
      return reply;
    });
  }

  private start(): Worker {
    // From the compiled build the worker is a .js file; from the sources (development, tests)
    // it is compiled on the fly by SWC like the rest.
    const compiled = __filename.endsWith('.js');
    const worker = new Worker(join(__dirname, `detector.worker.${compiled ? 'js' : 'ts'}`), {
      execArgv: compiled ? [] : ['-r', '@swc-node/register'],
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    worker.unref();
    worker.on('message', (reply: Reply) => {
      const waiting = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      waiting?.resolve(reply);
    });
    const fail = (error: Error) => {
      if (this.worker === worker) {
        this.worker = null;
        this.built = null;
      }
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    };
    worker.on('error', (error) => {
      this.logger.error(`counterparty matcher stopped: ${error.message}`);
      fail(error);
    });
    worker.on('exit', (code) => fail(new Error(`the counterparty matcher exited (${code})`)));
    this.worker = worker;
    return worker;
  }
}
