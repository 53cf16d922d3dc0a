import { useState } from 'preact/hooks';
import { loadCapabilities } from '../api';
import { fetchAuthConfig, fetchDemoUsers, oidcSignIn, startSession, type AuthConfig, type DemoUser, type Session } from '../auth';
import { ErrorMessage, Loading, PageTitle } from '../components';
import { useLoad } from '../hooks';
import { useI18n } from '../i18n';

interface SignInOptions {
  config: AuthConfig | null;
  demoUsers: DemoUser[] | null;
}

async function loadOptions(): Promise<SignInOptions> {
  const caps = await loadCapabilities();
  const config = caps.has('Query.authConfig') ? await fetchAuthConfig() : null;
  const demoUsers = caps.has('Query.demoUsers') && config?.mode !== 'oidc' ? await fetchDemoUsers() : null;
  return { config, demoUsers };
}

/** Sign-in: the OpenID Connect provider in production; a demo user (or a development token) in the demo. */
export function SignIn({ next, onSignedIn }: { next: string | null; onSignedIn: (session: Session, next: string | null) => void }) {
  const { t, lang, label } = useI18n();
  const options = useLoad(loadOptions, []);
  const [choice, setChoice] = useState<number | null>(null);
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [redirectError, setRedirectError] = useState<unknown>(null);

  const signInWith = (value: string, label: string | null) => {
    try {
      onSignedIn(startSession(value, label), next);
    } catch {
      setError(t('signin.badToken'));
    }
  };

  const oidc = options.data?.config?.mode === 'oidc';
  const demoUsers = options.data?.demoUsers ?? null;

  return (
    <section class="narrow">
      <PageTitle title={t('signin.title')}>{t('signin.title')}</PageTitle>
      <p>{t('signin.intro')}</p>
      {options.loading && <Loading />}
      <ErrorMessage error={options.error ?? redirectError} />
      {options.data && oidc && (
        <div class="card">
          <p>{t('signin.oidcIntro')}</p>
          <button
            type="button"
            class="primary"
            onClick={() => options.data?.config && oidcSignIn(options.data.config, next ?? '/').catch(setRedirectError)}
          >
            {t('signin.oidcButton')}
          </button>
        </div>
      )}
      {options.data && !oidc && demoUsers && demoUsers.length > 0 && (
        <form
          class="card"
          onSubmit={(e) => {
            e.preventDefault();
            if (choice === null) return setError(t('signin.pickUser'));
            signInWith(demoUsers[choice].token, demoUsers[choice].label);
          }}
        >
          <fieldset>
            <legend>{t('signin.demoLegend')}</legend>
            {demoUsers.map((u, i) => (
              <div class="radio" key={u.token}>
                <input type="radio" name="demo-user" id={`demo-user-${i}`} checked={choice === i} onChange={() => setChoice(i)} />
                <label for={`demo-user-${i}`}>
                  <strong>{label('role', u.role)}</strong> <DemoUserLabel role={u.role} fallback={u.label} />
                </label>
              </div>
            ))}
          </fieldset>
          {error && (
            <p class="field-error" role="alert">
              {error}
            </p>
          )}
          <button type="submit" class="primary">
            {t('signin.demoButton')}
          </button>
        </form>
      )}
      {options.data && !oidc && (!demoUsers || demoUsers.length === 0) && (
        <form
          class="card"
          onSubmit={(e) => {
            e.preventDefault();
            if (!token.trim()) return setError(t('signin.tokenMissing'));
            signInWith(token, null);
          }}
        >
          <p>{demoUsers ? t('signin.noDemoUsers') : t('signin.demoUnavailable')}</p>
          <label for="dev-token">{t('signin.tokenLabel')}</label>
          <p class="hint" id="dev-token-hint">
            {t('signin.tokenHint')} <code>node bin/jaavi.js token --role secretary --bodies koivula-kh,koivula-tela</code>
          </p>
          <textarea
            id="dev-token"
            rows={4}
            value={token}
            aria-describedby={error ? 'dev-token-hint dev-token-error' : 'dev-token-hint'}
            aria-invalid={error ? true : undefined}
            onInput={(e) => setToken((e.target as HTMLTextAreaElement).value)}
          />
          {error && (
            <p class="field-error" id="dev-token-error" role="alert">
              {error}
            </p>
          )}
          <button type="submit" class="primary">
            {t('signin.tokenButton')}
          </button>
        </form>
      )}
    </section>
  );
}

/** The demo user's description in the reader's language; the service's English one if unknown. */
function DemoUserLabel({ role, fallback }: { role: string; fallback: string }) {
  const { lang, label } = useI18n();
  const text = label('demoUser', role);
  if (text !== role) return <span class="muted">{text}</span>;
  return (
    <span lang={lang === 'en' ? undefined : 'en'} class="muted">
      {fallback}
    </span>
  );
}
