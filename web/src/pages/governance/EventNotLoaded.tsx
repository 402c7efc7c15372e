import type { ReactNode } from 'react';
import { NotLoaded } from '../../components/NotLoaded.tsx';
import { useI18n } from '../../i18n/index.tsx';
import type { LoadedEvent } from './useGovEvent.ts';

/**
 * An event page before its event is there: why it could not be loaded (with a retry and the way back), or a
 * skeleton while it loads.
 */
export function EventNotLoaded({
  loaded,
  back,
  pageClass,
}: {
  loaded: LoadedEvent;
  /** The way back, shown beside the retry. */
  back: ReactNode;
  pageClass?: string;
}) {
  const { t } = useI18n();
  return (
    <NotLoaded
      error={loaded.error}
      onRetry={loaded.reload}
      title={t('gov.detail.notFound')}
      back={back}
      pageClass={pageClass}
    />
  );
}
