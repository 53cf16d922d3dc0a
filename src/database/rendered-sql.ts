/**
 * The hot statements of each repository, rendered as the database receives them, committed
 * beside the repository (`<name>.repository.sql`) so a reviewer reads the SQL that runs.
 * `npm run sql` writes the files; a unit test fails when they drift from the code.
 */
export interface StatementSource {
  /** The repository file's path from the project root, without `.ts`. */
  readonly file: string;
  /** Each statement by name, with its parameters' meaning in the name's comment. */
  statements(): Record<string, string>;
}

/** Common leading whitespace removed, trailing whitespace trimmed. */
function dedent(text: string): string {
  const lines = text.replace(/^\n+/, '').replace(/\s+$/, '').split('\n');
  const rest = lines.slice(1).filter((l) => l.trim() !== '');
  const indent = Math.min(...rest.map((l) => l.length - l.trimStart().length), Number.POSITIVE_INFINITY);
  return lines.map((l, i) => (i === 0 ? l.trim() : Number.isFinite(indent) ? l.slice(indent).trimEnd() : l.trimEnd())).join('\n');
}

export function renderStatements(source: StatementSource): string {
  const header = `-- Rendered from ${source.file}.ts by \`npm run sql\`; do not edit (a test compares).\n`;
  const body = Object.entries(source.statements())
    .map(([name, sql]) => `-- name: ${name}\n${dedent(sql)};\n`)
    .join('\n');
  return `${header}\n${body}`;
}
