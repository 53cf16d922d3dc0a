import { PageTitle } from '../components';
import { useI18n } from '../i18n';
import type { Key } from '../messages';

const CHECKS: Key[] = ['a11y.checkAxe', 'a11y.checkKeyboard', 'a11y.checkWidth', 'a11y.checkLanguages', 'a11y.checkCharts'];

/** Saavutettavuusseloste / tillgänglighetsutlåtande (Act 306/2019): public, no sign-in needed. */
export function Accessibility() {
  const { t } = useI18n();
  return (
    <section class="narrow">
      <PageTitle title={t('a11y.title')}>{t('a11y.title')}</PageTitle>
      <p>{t('a11y.intro')}</p>
      <h2>{t('a11y.statusTitle')}</h2>
      <p>{t('a11y.status')}</p>
      <h2>{t('a11y.checksTitle')}</h2>
      <ul>
        {CHECKS.map((k) => (
          <li key={k}>{t(k)}</li>
        ))}
      </ul>
      <h2>{t('a11y.limitsTitle')}</h2>
      <p>{t('a11y.limits')}</p>
      <h2>{t('a11y.feedbackTitle')}</h2>
      <p>{t('a11y.feedback')}</p>
      <h2>{t('a11y.authorityTitle')}</h2>
      <p>{t('a11y.authority')}</p>
      <p class="muted">{t('a11y.date')}</p>
    </section>
  );
}
