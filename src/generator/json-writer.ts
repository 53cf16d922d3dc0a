import { DATASET_FORMAT } from '../import/validation/dataset.types';

const FLUSH_AT = 1 << 20;

/**
 * Writes a `jaavi-dataset/1` document piece by piece: one record per line inside each top-level
 * list, so a national data set never exists as one string. Output goes to `sink` in chunks of
 * about a megabyte.
 */
export class JsonDatasetWriter {
  readonly counts: Record<string, number> = {};
  bytes = 0;
  private parts: string[] = [];
  private pending = 0;
  private section: string | undefined;

  constructor(private readonly sink: (chunk: string) => void) {
    this.write(`{"format":${JSON.stringify(DATASET_FORMAT)}`);
  }

  open(name: string): void {
    if (this.section !== undefined) throw new Error(`section ${this.section} is still open`);
    this.section = name;
    this.counts[name] = 0;
    this.write(`,\n${JSON.stringify(name)}:[`);
  }

  item(value: unknown): void {
    if (this.section === undefined) throw new Error('no open section');
    this.write(`${this.counts[this.section] === 0 ? '\n' : ',\n'}${JSON.stringify(value)}`);
    this.counts[this.section] += 1;
  }

  close(): void {
    this.write('\n]');
    this.section = undefined;
  }

  /** Ends the document and hands out what is left. */
  end(): void {
    this.write('\n}\n');
    this.flush();
  }

  private write(text: string): void {
    this.parts.push(text);
    this.pending += text.length;
    if (this.pending >= FLUSH_AT) this.flush();
  }

  private flush(): void {
    if (this.parts.length === 0) return;
    const chunk = this.parts.join('');
    this.bytes += Buffer.byteLength(chunk);
    this.parts = [];
    this.pending = 0;
    this.sink(chunk);
  }
}
