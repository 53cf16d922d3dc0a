import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { loadCapabilities, setUnauthenticatedHandler, type Capabilities } from './api';
import { endSession, fetchAuthConfig, hasRole, homeOf, loadSession, oidcSignOut, type Session } from './auth';
import { ErrorMessage, Layout, Loading, PageTitle } from './components';
import { useLoad } from './hooks';
import { useI18n } from './i18n';
import { match, navigate, useLocation } from './router';
import { Accessibility } from './pages/Accessibility';
import { AgendaEditor } from './pages/AgendaEditor';
import { AuditList, MeetingAuditPage } from './pages/Audit';
import { Callback } from './pages/Callback';
import { HistoryPage } from './pages/History';
import { Interests } from './pages/Interests';
import { MeetingCheckPage } from './pages/MeetingCheck';
import { Meetings } from './pages/Meetings';
import { SignIn } from './pages/SignIn';
import { SummonsPrint } from './pages/SummonsPrint';
import { Warnings } from './pages/Warnings';

type Page = (p: { session: Session; caps: Capabilities; params: Record<string, string> }) => JSX.Element;

const ROUTES: { pattern: string; roles: string[]; page: Page }[] = [
  { pattern: '/meetings', roles: ['secretary', 'admin'], page: ({ session, caps }) => <Meetings session={session} caps={caps} /> },
  { pattern: '/meetings/:id', roles: ['secretary', 'admin'], page: ({ caps, params }) => <MeetingCheckPage id={params.id} caps={caps} /> },
  {
    pattern: '/meetings/:id/agenda',
    roles: ['secretary', 'admin'],
    page: ({ caps, params }) => <AgendaEditor id={params.id} caps={caps} />,
  },
  {
    pattern: '/meetings/:id/summons',
    roles: ['secretary', 'admin'],
    page: ({ caps, params }) => <SummonsPrint id={params.id} caps={caps} />,
  },
  { pattern: '/warnings', roles: ['official'], page: ({ caps }) => <Warnings caps={caps} /> },
  { pattern: '/interests', roles: ['official'], page: ({ session, caps }) => <Interests session={session} caps={caps} /> },
  { pattern: '/history', roles: ['auditor', 'admin'], page: ({ caps }) => <HistoryPage caps={caps} /> },
  { pattern: '/audit', roles: ['auditor', 'admin'], page: () => <AuditList /> },
  { pattern: '/audit/:id', roles: ['auditor', 'admin'], page: ({ caps, params }) => <MeetingAuditPage id={params.id} caps={caps} /> },
];

function Message({ title, text }: { title: string; text: string }) {
  return (
    <section class="narrow">
      <PageTitle title={title}>{title}</PageTitle>
      <p>{text}</p>
    </section>
  );
}

export function App() {
  const { t } = useI18n();
  const [session, setSession] = useState<Session | null>(loadSession);
  const [expired, setExpired] = useState(false);
  const { path, search } = useLocation();
  const caps = useLoad(loadCapabilities, []);

  useEffect(() => {
    setUnauthenticatedHandler(() => {
      endSession();
      setSession(null);
      setExpired(true);
    });
  }, []);

  const signOut = () => {
    const atProvider = session?.oidc === true;
    endSession();
    setSession(null);
    if (!atProvider) return navigate('/signin');
    // The provider's end_session_endpoint; if it cannot be reached, the local sign-out stands.
    fetchAuthConfig()
      .then((config) => oidcSignOut(config))
      .catch(() => navigate('/signin'));
  };
  const signedIn = (s: Session, next: string | null) => {
    setSession(s);
    setExpired(false);
    navigate(next && next.startsWith('/') && !next.startsWith('//') ? next : homeOf(s), { replace: true });
  };

  // Pages that need a session send the reader to sign in, and back afterwards.
  const publicPage = path === '/signin' || path === '/auth/callback' || path === '/accessibility';
  useEffect(() => {
    if (!session && !publicPage) navigate(`/signin?next=${encodeURIComponent(path + window.location.search)}`, { replace: true });
    else if (session && (path === '/' || path === '/signin')) navigate(homeOf(session), { replace: true });
  }, [session, path]);

  let content;
  if (path === '/auth/callback') content = <Callback onSignedIn={signedIn} />;
  else if (path === '/accessibility') content = <Accessibility />;
  else if (!session)
    content = (
      <>
        {expired && (
          <p class="alert alert-warning" role="alert">
            {t('signin.expired')}
          </p>
        )}
        <SignIn next={search.get('next')} onSignedIn={signedIn} />
      </>
    );
  else if (caps.loading) content = <Loading />;
  else if (!caps.data) content = <ErrorMessage error={caps.error} />;
  else {
    const route = ROUTES.map((r) => ({ r, params: match(r.pattern, path) })).find((x) => x.params);
    if (!route) content = <Message title={t('notFound.title')} text={t('notFound.text')} />;
    else if (!hasRole(session, ...route.r.roles)) content = <Message title={t('error.forbiddenTitle')} text={t('error.FORBIDDEN')} />;
    else content = route.r.page({ session, caps: caps.data, params: route.params ?? {} });
  }
  return (
    <Layout session={session} path={path} onSignOut={signOut}>
      {content}
    </Layout>
  );
}
