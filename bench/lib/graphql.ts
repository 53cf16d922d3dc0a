/**
 * A GraphQL POST over HTTP with a bearer token; throws on transport errors and GraphQL errors.
 * A connection the server closed while idle is retried once (fetch does not retry a POST).
 */
export async function graphql<T>(url: string, token: string | undefined, query: string, variables?: Record<string, unknown>): Promise<T> {
  const post = () =>
    fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
  const response = await post().catch(post);
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(`GraphQL: ${body.errors.map((e) => e.message).join('; ')}`);
  if (!response.ok || body.data === undefined) throw new Error(`HTTP ${response.status}`);
  return body.data;
}

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}

interface Field {
  name: string;
  args: { name: string; type: TypeRef }[];
  type: TypeRef;
}

const TYPE_REF = 'kind name ofType { kind name ofType { kind name ofType { kind name } } }';

function named(type: TypeRef): TypeRef {
  return type.ofType ? named(type.ofType) : type;
}

/** A root Query field as the schema describes it, or undefined when the schema lacks it. */
export async function queryField(url: string, token: string | undefined, name: string): Promise<Field | undefined> {
  const data = await graphql<{ __type: { fields: Field[] } }>(
    url,
    token,
    `{ __type(name: "Query") { fields { name args { name type { ${TYPE_REF} } } type { ${TYPE_REF} } } } }`,
  );
  return data.__type.fields.find((f) => f.name === name);
}

/**
 * A selection of the scalar and enum fields of a type, one level into object fields, for
 * querying a field whose shape the benchmark does not know in advance.
 */
export async function selectionFor(url: string, token: string | undefined, type: TypeRef, depth = 2): Promise<string> {
  const base = named(type);
  if (base.kind === 'SCALAR' || base.kind === 'ENUM') return '';
  const data = await graphql<{ __type: { fields: { name: string; args: unknown[]; type: TypeRef }[] } }>(
    url,
    token,
    `query($n: String!) { __type(name: $n) { fields { name args { name } type { ${TYPE_REF} } } } }`,
    { n: base.name },
  );
  const parts: string[] = [];
  for (const field of data.__type.fields) {
    if (field.args.length > 0) continue;
    const inner = named(field.type);
    if (inner.kind === 'SCALAR' || inner.kind === 'ENUM') parts.push(field.name);
    else if (depth > 1 && (inner.kind === 'OBJECT' || inner.kind === 'INTERFACE')) {
      const nested = await selectionFor(url, token, field.type, depth - 1);
      if (nested) parts.push(`${field.name} ${nested}`);
    }
  }
  return parts.length > 0 ? `{ ${parts.join(' ')} }` : '';
}

export function isRequired(type: TypeRef): boolean {
  return type.kind === 'NON_NULL';
}
