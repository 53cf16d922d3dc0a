import { gql, setToken } from './api';

/** What the interface reads from a token (for showing the right pages; the service decides access). */
export interface Claims {
  sub: string;
  roles: string[];
  bodies: string[];
  person: string | null;
  exp: number | null;
}

export interface Session {
  token: string;
  label: string | null;
  claims: Claims;
  /** Signed in at the OpenID Connect provider: signing out also ends the provider's session. */
  oidc?: boolean;
}

const KEY = 'jaavi.session';

export function decodeClaims(token: string): Claims {
  const part = token.split('.')[1];
  if (!part) throw new Error('not a JWT');
  const json = atob(
    part
      .replace(/-/g, '+')
      .replace(/_/g, '/')
      .padEnd(Math.ceil(part.length / 4) * 4, '='),
  );
  const bytes = Uint8Array.from(json, (c) => c.charCodeAt(0));
  const payload = JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
  const list = (v: unknown) => (Array.isArray(v) ? v.map(String) : typeof v === 'string' ? v.split(/[ ,]+/).filter(Boolean) : []);
  return {
    sub: String(payload.sub ?? ''),
    roles: list(payload.roles),
    bodies: list(payload.bodies),
    person: typeof payload.person === 'string' ? payload.person : null,
    exp: typeof payload.exp === 'number' ? payload.exp : null,
  };
}

export function loadSession(): Session | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    if (!raw) return null;
    const session = JSON.parse(raw) as Session;
    if (session.claims.exp && session.claims.exp * 1000 < Date.now()) {
      sessionStorage.removeItem(KEY);
      return null;
    }
    setToken(session.token);
    return session;
  } catch {
    return null;
  }
}

export function startSession(token: string, label: string | null, oidc = false, claims?: Claims): Session {
  const session: Session = { token: token.trim(), label, claims: claims ?? decodeClaims(token.trim()), ...(oidc ? { oidc } : {}) };
  sessionStorage.setItem(KEY, JSON.stringify(session));
  setToken(session.token);
  return session;
}

export function endSession(): void {
  sessionStorage.removeItem(KEY);
  setToken(null);
}

export const hasRole = (session: Session | null, ...roles: string[]): boolean =>
  !!session && roles.some((r) => session.claims.roles.includes(r));

/** The first page for a user: by role. */
export function homeOf(session: Session): string {
  if (hasRole(session, 'secretary', 'admin')) return '/meetings';
  if (hasRole(session, 'official')) return '/warnings';
  if (hasRole(session, 'auditor')) return '/history';
  return '/meetings';
}

export interface DemoUser {
  label: string;
  role: string;
  token: string;
}

export interface AuthConfig {
  mode: string;
  issuer: string | null;
  clientId: string | null;
}

export async function fetchDemoUsers(): Promise<DemoUser[]> {
  const data = await gql<{ demoUsers: DemoUser[] }>('query DemoUsers { demoUsers { label role token } }', {}, { auth: false });
  return data.demoUsers;
}

export async function fetchAuthConfig(): Promise<AuthConfig> {
  const data = await gql<{ authConfig: AuthConfig }>('query AuthConfig { authConfig { mode issuer clientId } }', {}, { auth: false });
  return data.authConfig;
}

/** OpenID Connect, authorization code with PKCE (oidc-client-ts), loaded only when used. */
async function userManager(config: AuthConfig) {
  const { UserManager, WebStorageStateStore } = await import('oidc-client-ts');
  return new UserManager({
    authority: config.issuer ?? '',
    client_id: config.clientId ?? '',
    redirect_uri: `${window.location.origin}/auth/callback`,
    post_logout_redirect_uri: `${window.location.origin}/signin`,
    response_type: 'code',
    scope: 'openid profile',
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
  });
}

export async function oidcSignIn(config: AuthConfig, returnTo: string): Promise<void> {
  const manager = await userManager(config);
  await manager.signinRedirect({ state: { returnTo } });
}

/** Completes the redirect: the access token becomes the bearer token. Returns where to go. */
export async function oidcCallback(config: AuthConfig): Promise<{ session: Session; returnTo: string }> {
  const manager = await userManager(config);
  const user = await manager.signinRedirectCallback();
  const token = user.access_token || user.id_token || '';
  const name = (user.profile.name as string | undefined) ?? user.profile.sub;
  // The service says who this is: the provider's token may be opaque or name roles its own way.
  setToken(token);
  const { viewer } = await gql<{ viewer: Omit<Claims, 'exp'> }>('query Viewer { viewer { sub roles person bodies } }');
  const session = startSession(token, name, true, { ...viewer, exp: user.expires_at ?? null });
  const state = user.state as { returnTo?: string } | undefined;
  return { session, returnTo: state?.returnTo && state.returnTo.startsWith('/') ? state.returnTo : homeOf(session) };
}

/**
 * Ends the session at the provider too (RP-initiated logout): to its `end_session_endpoint`
 * from the discovery document, with the ID token as hint, and back to the sign-in page.
 * Without it the next "sign in" would silently reuse the provider's session.
 */
export async function oidcSignOut(config: AuthConfig): Promise<void> {
  const manager = await userManager(config);
  await manager.signoutRedirect();
}
