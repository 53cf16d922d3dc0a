/**
 * Reading a large JSON document: its top-level members, and the elements of its top-level lists
 * one at a time, from stream-json's token stream.
 */
import { createReadStream } from 'node:fs';
import Assembler from 'stream-json/assembler.js';
import { parser } from 'stream-json';
import { AppError } from '../../common/app-error';
import type { Progress } from './progress';

export interface Entry {
  readonly key: string;
  /** Position in the top-level list; -1 for a top-level value that is not a list. */
  readonly index: number;
  readonly value: unknown;
}

interface Token {
  name: string;
  value?: unknown;
}

/**
 * Turns the parser's tokens into entries. Values of skipped keys are read past without being
 * assembled. Throws on a document that is not a JSON object.
 */
class EntryAssembler {
  private depth = 0;
  private key = '';
  private index = 0;
  private inList = false;
  private assembler: Assembler | undefined;
  private skipping = false;

  constructor(
    private readonly emit: (entry: Entry) => void,
    private readonly skip: (key: string) => boolean,
  ) {}

  consume(token: Token): void {
    if (this.assembler) {
      this.assembler.consume(token);
      if (this.assembler.done) {
        if (!this.skipping) this.emit({ key: this.key, index: this.inList ? this.index : -1, value: this.assembler.current });
        this.assembler = undefined;
        if (this.inList) this.index += 1;
      }
      return;
    }
    const opens = token.name === 'startObject' || token.name === 'startArray';
    if (this.depth === 0) {
      if (token.name !== 'startObject')
        throw new AppError('BAD_USER_INPUT', 'the file is not a jaavi-dataset/1 document: it must be one JSON object');
      this.depth = 1;
    } else if (this.depth === 1) {
      if (token.name === 'keyValue') {
        this.key = String(token.value);
        this.skipping = this.skip(this.key);
      } else if (token.name === 'startArray') {
        this.depth = 2;
        this.inList = true;
        this.index = 0;
        this.emit({ key: this.key, index: -2, value: undefined });
      } else if (token.name === 'endObject') {
        this.depth = 0;
      } else {
        this.value(token, opens);
      }
    } else if (token.name === 'endArray') {
      this.depth = 1;
      this.inList = false;
    } else {
      this.value(token, opens);
    }
  }

  /** A value starts: a container is assembled token by token, a scalar is complete. */
  private value(token: Token, opens: boolean): void {
    if (opens) {
      this.assembler = new Assembler();
      this.assembler.consume(token);
      return;
    }
    const scalar = new Assembler();
    scalar.consume(token);
    if (!this.skipping) this.emit({ key: this.key, index: this.inList ? this.index : -1, value: scalar.current });
    if (this.inList) this.index += 1;
  }
}

/**
 * The file's entries in order, in chunks (one await per chunk, not per token), pausing the
 * parser while the consumer is busy so memory stays bounded. An entry with index -2 marks the
 * start of a top-level list (so empty lists are seen too).
 */
export async function* readEntries(
  file: string,
  progress: Progress,
  skip: (key: string) => boolean = () => false,
): AsyncGenerator<Entry[]> {
  const source = createReadStream(file, { highWaterMark: 1 << 20 });
  const tokens = source.pipe(parser.asStream({ packValues: true, streamValues: false }));
  let queue: Entry[] = [];
  let ended = false;
  let failure: unknown;
  let wake: (() => void) | undefined;
  const assembler = new EntryAssembler((entry) => {
    queue.push(entry);
    if (queue.length >= 512) tokens.pause();
    wake?.();
  }, skip);
  source.on('data', (chunk) => progress.advance(chunk.length));
  tokens.on('data', (token: Token) => {
    try {
      assembler.consume(token);
    } catch (error) {
      failure = error;
      source.destroy();
      tokens.destroy();
      wake?.();
    }
  });
  const fail = (error: Error) => {
    failure ??= new AppError('BAD_USER_INPUT', `${file} is not valid JSON: ${error.message}`);
    wake?.();
  };
  tokens.on('error', fail);
  source.on('error', (error: NodeJS.ErrnoException) => fail(new Error(`cannot read it: ${error.code ?? error.message}`)));
  tokens.on('end', () => {
    ended = true;
    wake?.();
  });
  for (;;) {
    if (queue.length > 0) {
      const chunk = queue;
      queue = [];
      tokens.resume();
      yield chunk;
    } else if (failure !== undefined) {
      throw failure instanceof Error ? failure : new Error(String(failure));
    } else if (ended) {
      return;
    } else {
      await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
    }
  }
}
