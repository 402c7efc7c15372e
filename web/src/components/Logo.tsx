import { useI18n } from '../i18n/index.tsx';

/** The word mark: a seal-like square with 门 and the product name beside it. */
export function Logo({ compact = false }: { compact?: boolean }) {
  const { t, locale } = useI18n();
  return (
    <span className="logo">
      <span className="logo-seal" aria-hidden="true">
        门
      </span>
      <span className="logo-text">
        <span className="logo-name">一门{locale === 'en-US' ? ' Yimen' : ''}</span>
        {!compact && <span className="logo-sub">{t('app.subtitle')}</span>}
      </span>
    </span>
  );
}
