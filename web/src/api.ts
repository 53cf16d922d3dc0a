/**
 * A small GraphQL client over fetch, and the service's capabilities read once by introspection,
 * so that pages can leave out fields and operations that this service version does not have yet.
 */

export interface Problem {
  path?: string;
  message: string;
}

/** One GraphQL error, with the service's `extensions.code` (UNAUTHENTICATED, FORBIDDEN, …). */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly problems: Problem[] = [],
  ) {
    super(message);
  }
}

let token: string | null = null;
let onUnauthenticated: (() => void) | null = null;

export function setToken(value: string | null): void {
  token = value;
}

export function setUnauthenticatedHandler(handler: () => void): void {
  onUnauthenticated = handler;
}

interface GqlResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; problems?: Problem[] } }[];
}

/** Runs one operation; throws ApiError on any GraphQL error (the first one). */
export async function gql<T>(query: string, variables: Record<string, unknown> = {}, options: { auth?: boolean } = {}): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (options.auth !== false && token) headers.authorization = `Bearer ${token}`;
  let response: Response;
  try {
    response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  } catch {
    throw new ApiError('network error', 'NETWORK');
  }
  let body: GqlResponse<T>;
  try {
    body = (await response.json()) as GqlResponse<T>;
  } catch {
    throw new ApiError(`HTTP ${response.status}`, response.status === 429 ? 'RATE_LIMITED' : 'HTTP');
  }
  const first = body.errors?.[0];
  if (first) {
    const code = first.extensions?.code ?? 'ERROR';
    if (code === 'UNAUTHENTICATED' && options.auth !== false) onUnauthenticated?.();
    throw new ApiError(first.message, code, first.extensions?.problems ?? []);
  }
  if (!body.data) throw new ApiError(`HTTP ${response.status}`, 'HTTP');
  return body.data;
}

/** "Type.field" names the service has, e.g. "Query.myWarnings", "Finding.decision". */
export class Capabilities {
  constructor(
    private readonly names: Set<string>,
    private readonly argTypes: Map<string, string> = new Map(),
    private readonly fieldTypes: Map<string, { named: string; leaf: boolean }> = new Map(),
  ) {}

  /**
   * A selection for a field whose shape is not fixed yet: the bare name for a scalar or enum,
   * otherwise the field with all its scalar sub-fields; '' when the field does not exist.
   */
  select(field: string): string {
    const type = this.fieldTypes.get(field);
    if (!type) return '';
    const name = field.split('.')[1];
    if (type.leaf) return name;
    const subs = [...this.fieldTypes.entries()].filter(([k, v]) => k.startsWith(`${type.named}.`) && v.leaf).map(([k]) => k.split('.')[1]);
    return subs.length > 0 ? `${name} { ${subs.join(' ')} }` : '';
  }

  /** The declared type of an argument, e.g. argType('Mutation.createMeeting', 'input') → 'CreateMeetingInput!'. */
  argType(field: string, arg: string, fallback: string): string {
    return this.argTypes.get(`${field}(${arg})`) ?? fallback;
  }

  /** The named type of a field or input field, e.g. namedType('UpdateAgendaItemInput.relatedEntities'). */
  namedType(field: string): string | null {
    return this.fieldTypes.get(field)?.named ?? null;
  }

  /** A selection set for an operation's result: '' for a scalar result, `{ __typename }` otherwise. */
  resultSelection(field: string): string {
    const type = this.fieldTypes.get(field);
    return !type || type.leaf ? '' : '{ __typename }';
  }

  /** The input object type of an argument, without ! or [] (for checking its fields). */
  inputTypeName(field: string, arg: string): string | null {
    const t = this.argTypes.get(`${field}(${arg})`);
    return t ? t.replace(/[[\]!]/g, '') : null;
  }

  /** Keeps the keys of `value` that the input type has (older services reject unknown fields). */
  onlyKnown<T extends Record<string, unknown>>(inputType: string | null, value: T): Partial<T> {
    if (!inputType) return value;
    return Object.fromEntries(Object.entries(value).filter(([k]) => this.has(`${inputType}.${k}`))) as Partial<T>;
  }

  has(name: string): boolean {
    return this.names.has(name);
  }

  /** `text` when the field exists, '' otherwise: for optional parts of a selection. */
  pick(name: string, text: string): string {
    return this.has(name) ? text : '';
  }
}

const TYPE_REF = 'kind name ofType { kind name ofType { kind name ofType { kind name } } }';
const INTROSPECTION = `query Capabilities { __schema { types { name kind fields { name type { ${TYPE_REF} } args { name type { ${TYPE_REF} } } } inputFields { name type { ${TYPE_REF} } } } } }`;

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}

function typeString(t: TypeRef): string {
  if (t.kind === 'NON_NULL' && t.ofType) return `${typeString(t.ofType)}!`;
  if (t.kind === 'LIST' && t.ofType) return `[${typeString(t.ofType)}]`;
  return t.name ?? 'String';
}

interface IntrospectedType {
  name: string;
  kind: string;
  fields: { name: string; type: TypeRef; args: { name: string; type: TypeRef }[] }[] | null;
  inputFields: { name: string; type: TypeRef }[] | null;
}

let capabilities: Promise<Capabilities> | null = null;

export function loadCapabilities(): Promise<Capabilities> {
  if (!capabilities) {
    capabilities = gql<{ __schema: { types: IntrospectedType[] } }>(INTROSPECTION, {}, { auth: false })
      .then((data) => {
        const names = new Set<string>();
        const argTypes = new Map<string, string>();
        const fieldTypes = new Map<string, { named: string; leaf: boolean }>();
        const kinds = new Map(data.__schema.types.map((t) => [t.name, t.kind]));
        const named = (t: TypeRef): string => (t.ofType ? named(t.ofType) : (t.name ?? ''));
        for (const type of data.__schema.types) {
          if (type.name.startsWith('__')) continue;
          names.add(type.name);
          for (const f of type.fields ?? []) {
            names.add(`${type.name}.${f.name}`);
            const n = named(f.type);
            fieldTypes.set(`${type.name}.${f.name}`, { named: n, leaf: kinds.get(n) === 'SCALAR' || kinds.get(n) === 'ENUM' });
            for (const a of f.args) argTypes.set(`${type.name}.${f.name}(${a.name})`, typeString(a.type));
          }
          for (const f of type.inputFields ?? []) {
            names.add(`${type.name}.${f.name}`);
            const n = named(f.type);
            fieldTypes.set(`${type.name}.${f.name}`, { named: n, leaf: kinds.get(n) === 'SCALAR' || kinds.get(n) === 'ENUM' });
          }
        }
        return new Capabilities(names, argTypes, fieldTypes);
      })
      .catch((error: unknown) => {
        capabilities = null;
        throw error;
      });
  }
  return capabilities;
}

/** Fetches every page of a connection, up to `limit` nodes. */
export async function allPages<N>(
  fetchPage: (after: string | null) => Promise<{ nodes: N[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } }>,
  limit = 2000,
): Promise<{ nodes: N[]; truncated: boolean }> {
  const nodes: N[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await fetchPage(after);
    nodes.push(...page.nodes);
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return { nodes, truncated: false };
    if (nodes.length >= limit) return { nodes, truncated: true };
    after = page.pageInfo.endCursor;
  }
}
