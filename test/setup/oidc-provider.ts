import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { exportJWK, generateKeyPair } from 'jose';
import { freePort } from './instances';

/** A signing key for the provider, as a private JWK with its key id. */
export async function signingKey(kid: string): Promise<Record<string, unknown>> {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  return { ...(await exportJWK(privateKey)), kid, alg: 'RS256', use: 'sig' };
}

export interface TestProvider {
  issuer: string;
  port: number;
  /** An access token for one of the provider's users (test/support/oidc-provider.mjs). */
  token(user: string): Promise<string>;
  stop(): Promise<void>;
}

/**
 * Starts the real OpenID Connect provider (`oidc-provider`, ESM) in a child process with these
 * signing keys; `port` to start it again where it was (a key rotation).
 */
export async function startProvider(keys: Record<string, unknown>[], port?: number): Promise<TestProvider> {
  const at = port ?? (await freePort());
  const child: ChildProcess = spawn(
    process.execPath,
    [join(__dirname, '..', 'support', 'oidc-provider.mjs'), String(at), JSON.stringify(keys)],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const issuer = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      const m = /ready (\S+)/.exec(d.toString());
      if (m) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`the provider exited with ${code}: ${output}`)));
  });
  return {
    issuer,
    port: at,
    async token(user) {
      const response = await fetch(`${issuer}/token`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          authorization: `Basic ${Buffer.from(`${user}:${user}-secret`).toString('base64')}`,
        },
        body: new URLSearchParams({ grant_type: 'client_credentials', scope: 'jaavi' }),
      });
      const body = (await response.json()) as { access_token?: string; error?: string };
      if (!body.access_token) throw new Error(`no token for ${user}: ${JSON.stringify(body)}`);
      return body.access_token;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
