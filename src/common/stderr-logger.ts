import type { LoggerService } from '@nestjs/common';

/**
 * The command line's logger: everything goes to stderr, so stdout carries only the command's
 * output (a JSON document can be piped). Below `warn` only with --verbose.
 */
export class StderrLogger implements LoggerService {
  constructor(private readonly chatty = false) {}

  private write(level: string, message: unknown, context?: unknown) {
    const text = message instanceof Error ? (message.stack ?? message.message) : String(message);
    process.stderr.write(`${level}${context ? ` [${String(context)}]` : ''} ${text}\n`);
  }

  log(message: unknown, context?: string) {
    if (this.chatty) this.write('info', message, context);
  }

  error(message: unknown, _trace?: string, context?: string) {
    this.write('error', message, context);
  }

  warn(message: unknown, context?: string) {
    this.write('warn', message, context);
  }

  debug(message: unknown, context?: string) {
    if (this.chatty) this.write('debug', message, context);
  }

  verbose(message: unknown, context?: string) {
    this.debug(message, context);
  }
}
