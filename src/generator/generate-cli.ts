/**
 * `npm run generate -- --scale S|M|L --out FILE [--seed N]`: writes a deterministic synthetic
 * `jaavi-dataset/1` file (see bench/README.md), streaming it to disk, and prints a summary.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { Command, InvalidArgumentError, Option } from 'commander';
import { generateDataset } from './generate';
import { DEFAULT_SEED, type ScaleName } from './scales';

const program = new Command('generate')
  .description('write a deterministic synthetic jaavi-dataset/1 file')
  .addOption(new Option('--scale <scale>', 'S: a city and its county, M: a region, L: national').choices(['S', 'M', 'L']).default('S'))
  .requiredOption('--out <file>', 'output file')
  .option(
    '--seed <n>',
    'seed of the pseudo-random generator',
    (v) => {
      if (!/^\d+$/.test(v)) throw new InvalidArgumentError('a non-negative integer');
      return Number(v);
    },
    DEFAULT_SEED,
  )
  .action((opts: { scale: ScaleName; out: string; seed: number }) => {
    const started = Date.now();
    const fd = openSync(opts.out, 'w');
    try {
      const summary = generateDataset({ scale: opts.scale, seed: opts.seed }, (chunk) => {
        writeSync(fd, chunk);
      });
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      process.stderr.write(`wrote ${opts.out}: ${(summary.bytes / 1e6).toFixed(1)} MB in ${seconds} s\n`);
      process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    } finally {
      closeSync(fd);
    }
  });

program.parse(process.argv);
