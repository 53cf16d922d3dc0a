import { useEffect, useState } from 'preact/hooks';
import { fetchAuthConfig, oidcCallback, type Session } from '../auth';
import { ErrorMessage, Loading, PageTitle } from '../components';
import { useI18n } from '../i18n';
import { Link } from '../router';

/** The OpenID Connect redirect target: exchanges the code (PKCE) and signs in. */
export function Callback({ onSignedIn }: { onSignedIn: (session: Session, next: string | null) => void }) {
  const { t } = useI18n();
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    fetchAuthConfig()
      .then((config) => oidcCallback(config))
      .then(({ session, returnTo }) => onSignedIn(session, returnTo))
      .catch(setError);
  }, []);
  return (
    <section class="narrow">
      <PageTitle title={t('signin.title')}>{t('signin.title')}</PageTitle>
      {error ? (
        <>
          <ErrorMessage error={error} />
          <p>
            <Link href="/signin">{t('signin.again')}</Link>
          </p>
        </>
      ) : (
        <Loading />
      )}
    </section>
  );
}
