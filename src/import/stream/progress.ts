/** Progress on stderr: a bar on a terminal, a line every few seconds in a log. */

export class Progress {
  private phase = '';
  private bytes = 0;
  private records = 0;
  private phaseStarted = 0;
  private lastDrawn = 0;
  private readonly tty: boolean;

  constructor(
    private readonly total: number,
    private readonly out: NodeJS.WriteStream | undefined,
  ) {
    this.tty = Boolean(out?.isTTY);
  }

  start(phase: string): void {
    this.phase = phase;
    this.bytes = 0;
    this.records = 0;
    this.phaseStarted = Date.now();
    this.draw(true);
  }

  advance(bytes: number): void {
    this.bytes += bytes;
    this.draw(false);
  }

  count(): void {
    this.records += 1;
  }

  finish(): void {
    this.bytes = this.total;
    this.draw(true);
    if (this.out && this.tty) this.out.write('\n');
  }

  private draw(force: boolean): void {
    if (!this.out) return;
    const now = Date.now();
    if (!force && now - this.lastDrawn < (this.tty ? 250 : 10_000)) return;
    this.lastDrawn = now;
    const fraction = this.total > 0 ? Math.min(1, this.bytes / this.total) : 1;
    const width = 28;
    const filled = Math.round(fraction * width);
    const seconds = (now - this.phaseStarted) / 1000;
    const eta = fraction > 0 && fraction < 1 ? ` ETA ${Math.round((seconds / fraction) * (1 - fraction))} s` : '';
    const mb = (n: number) => (n / 1e6).toFixed(0);
    const line =
      `${this.phase} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${Math.round(fraction * 100)}% ` +
      `${mb(this.bytes)}/${mb(this.total)} MB, ${this.records} records, ${Math.round(seconds)} s${eta}`;
    this.out.write(this.tty ? `\r${line}\x1b[K` : `${line}\n`);
  }
}
