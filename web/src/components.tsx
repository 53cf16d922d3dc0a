import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { ApiError } from './api';
import { hasRole, type Session } from './auth';
import { LANGS, useI18n } from './i18n';
import type { Key } from './messages';
import { Link } from './router';
import { localName, useNames } from './names';

/** The page heading: sets the document title and takes focus after navigation (screen readers). */
export function PageTitle({ children, title }: { children: ComponentChildren; title: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} – jaavi`;
  }, [title]);
  useEffect(() => {
    if (document.body.dataset.navigated === 'yes') ref.current?.focus();
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} id="page-title">
      {children}
    </h1>
  );
}

export function Loading() {
  const { t } = useI18n();
  return (
    <p class="loading" role="status">
      {t('common.loading')}
    </p>
  );
}

export function ErrorMessage({ error }: { error: unknown }) {
  const { t } = useI18n();
  if (!error) return null;
  const api = error instanceof ApiError ? error : null;
  const known: Record<string, Key> = {
    UNAUTHENTICATED: 'error.UNAUTHENTICATED',
    FORBIDDEN: 'error.FORBIDDEN',
    NOT_FOUND: 'error.NOT_FOUND',
    CONFLICT: 'error.CONFLICT',
    BAD_USER_INPUT: 'error.BAD_USER_INPUT',
    NETWORK: 'error.NETWORK',
    RATE_LIMITED: 'error.RATE_LIMITED',
  };
  const key = api ? known[api.code] : undefined;
  return (
    <div class="alert alert-error" role="alert">
      <p>{key ? t(key) : t('error.other')}</p>
      {api && !key && <p class="muted">{api.message}</p>}
      {api && api.problems.length > 0 && (
        <ul>
          {api.problems.map((p) => (
            <li key={`${p.path}-${p.message}`}>{p.path ? `${p.path}: ${p.message}` : p.message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** A clear message for a feature this service version does not offer yet. */
export function NotAvailable({ what }: { what: string }) {
  const { t } = useI18n();
  return (
    <div class="alert alert-info" data-testid="not-available">
      <p>
        <strong>{t('common.notAvailable')}</strong> {what}
      </p>
      <p class="muted">{t('common.notAvailableHint')}</p>
    </div>
  );
}

export function Badge({ tone, children }: { tone: 'red' | 'amber' | 'green' | 'blue' | 'grey'; children: ComponentChildren }) {
  return <span class={`badge badge-${tone}`}>{children}</span>;
}

/** An organisation's name in the reader's language, marked with the language it is in. */
export function OrgName({ id }: { id: string | null | undefined }) {
  const { lang } = useI18n();
  const name = useNames('organization', [id]);
  const local = id ? localName(id, lang) : null;
  const text = name(id);
  return local && local.lang !== lang ? <span lang={local.lang}>{text}</span> : <>{text}</>;
}

/** Text from the service's data (agenda titles, descriptions): written in Finnish. */
export function Fi({ children }: { children: ComponentChildren }) {
  const { lang } = useI18n();
  return lang === 'fi' ? <>{children}</> : <span lang="fi">{children}</span>;
}

function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  return (
    <div class="lang-switch" role="group" aria-label={t('nav.language')}>
      {LANGS.map((l) => (
        <button key={l.code} type="button" lang={l.code} aria-pressed={lang === l.code} onClick={() => setLang(l.code)}>
          {l.name}
        </button>
      ))}
    </div>
  );
}

/** The signed-in user: a demo user's description in the reader's language, else the token's label. */
function useUserLabel(): (session: Session) => string {
  const { label } = useI18n();
  return (session) => {
    const role = session.claims.roles?.[0];
    const demo = session.claims.sub.startsWith('demo-') && role ? label('demoUser', role) : null;
    return demo && demo !== role ? demo : (session.label ?? session.claims.sub);
  };
}

export function Layout({
  session,
  path,
  onSignOut,
  children,
}: {
  session: Session | null;
  path: string;
  onSignOut: () => void;
  children: ComponentChildren;
}) {
  const { t } = useI18n();
  const userLabel = useUserLabel();
  const links: { href: string; label: string }[] = [];
  if (hasRole(session, 'secretary', 'admin')) links.push({ href: '/meetings', label: t('nav.meetings') });
  if (hasRole(session, 'official')) {
    links.push({ href: '/warnings', label: t('nav.warnings') });
    links.push({ href: '/interests', label: t('nav.interests') });
  }
  if (hasRole(session, 'auditor', 'admin')) {
    links.push({ href: '/history', label: t('nav.history') });
    links.push({ href: '/audit', label: t('nav.audit') });
  }
  const current = (href: string) => path === href || path.startsWith(`${href}/`);
  return (
    <>
      <a class="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header class="site-header">
        <div class="brand">
          <span class="brand-name">jaavi</span>
          <span class="brand-sub">{t('app.subtitle')}</span>
        </div>
        {session && links.length > 0 && (
          <nav aria-label={t('nav.main')}>
            <ul>
              {links.map((l) => (
                <li key={l.href}>
                  <Link href={l.href} aria-current={current(l.href) ? 'page' : undefined}>
                    {l.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        )}
        <div class="header-tools">
          <LanguageSwitch />
          {session && (
            <div class="user">
              <span class="user-name">{userLabel(session)}</span>
              <button type="button" class="link-button" onClick={onSignOut}>
                {t('nav.signOut')}
              </button>
            </div>
          )}
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer class="site-footer">
        <p>{t('app.footer')}</p>
        <p>
          <Link href="/accessibility">{t('nav.accessibility')}</Link>
        </p>
      </footer>
    </>
  );
}
