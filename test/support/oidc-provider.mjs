// A real OpenID Connect provider (the certified `oidc-provider` package) for the end-to-end
// tests, in a process of its own (the package is ESM only; the tests are CommonJS under Jest).
// Usage: node oidc-provider.mjs PORT KEYS_JSON   — prints "ready <issuer>" when it listens.
// Clients use the client-credentials grant; each stands for one municipal user, whose claims
// the provider puts in the access token (JWT) or returns from introspection (opaque tokens).
import Provider from 'oidc-provider';

const [port, keysJson] = process.argv.slice(2);
const issuer = `http://127.0.0.1:${port}`;
const keys = JSON.parse(keysJson);

/** The users as the city's provider knows them: nested roles, group names, person, bodies. */
const USERS = {
  'kv-secretary': { realm_access: { roles: ['kv-sihteerit', 'offline_access'] }, bodies: ['k-kh'] },
  'kv-auditor': { realm_access: { roles: ['kv-tarkastajat'] } },
  'kv-nobody': { realm_access: { roles: ['kv-muut'] } },
  'kv-opaque-auditor': { realm_access: { roles: ['kv-tarkastajat'] } },
};

const clients = Object.keys(USERS).map((client_id) => ({
  client_id,
  client_secret: `${client_id}-secret`,
  grant_types: ['client_credentials'],
  redirect_uris: [],
  response_types: [],
}));
// jaavi itself, as the resource server that introspects opaque tokens.
clients.push({ client_id: 'jaavi-api', client_secret: 'jaavi-api-secret', grant_types: [], redirect_uris: [], response_types: [] });

const provider = new Provider(issuer, {
  clients,
  jwks: { keys },
  features: {
    devInteractions: { enabled: false },
    clientCredentials: { enabled: true },
    introspection: { enabled: true, allowedPolicy: async (_ctx, client) => client.clientId === 'jaavi-api' },
    rpInitiatedLogout: { enabled: true },
    resourceIndicators: {
      enabled: true,
      defaultResource: () => 'urn:jaavi',
      useGrantedResource: () => true,
      getResourceServerInfo: (_ctx, _resource, client) => ({
        scope: 'jaavi',
        audience: 'jaavi-api',
        accessTokenFormat: client.clientId.includes('opaque') ? 'opaque' : 'jwt',
        jwt: { sign: { alg: 'RS256' } },
      }),
    },
  },
  extraTokenClaims: async (_ctx, token) => {
    const claims = USERS[token.clientId] ?? {};
    return { ...claims, sub_name: token.clientId };
  },
});
provider.proxy = false;

provider.listen(Number(port), '127.0.0.1', () => process.stdout.write(`ready ${issuer}\n`));
