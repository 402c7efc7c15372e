import { Button, Card, Result, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/index.tsx';
import type { LoadedEvent } from './useGovEvent.ts';

/**
 * An event page before its event is there: why it could not be loaded (with a retry and the way back), or a
 * skeleton while it loads.
 */
export function EventNotLoaded({
  loaded,
  back,
  pageClass = 'page',
}: {
  loaded: LoadedEvent;
  /** The way back, shown beside the retry. */
  back: ReactNode;
  pageClass?: string;
}) {
  const { t, errorText } = useI18n();
  return (
    <div className={pageClass}>
      {loaded.error ? (
        <Result
          status="warning"
          title={t('gov.detail.notFound')}
          subTitle={errorText(loaded.error)}
          extra={[
            <Button key="retry" onClick={loaded.reload}>
              {t('common.retry')}
            </Button>,
            <span key="back">{back}</span>,
          ]}
        />
      ) : (
        <Card>
          <Skeleton active />
        </Card>
      )}
    </div>
  );
}
