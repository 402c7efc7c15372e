import { Button, Card, Result, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/index.tsx';

interface NotLoadedProps {
  /** Why loading failed; while it is null the record is still on its way. */
  error: unknown;
  onRetry: () => void;
  /** What could not be found, e.g. "办件不存在". */
  title: string;
  /** The way back, shown beside the retry. */
  back: ReactNode;
  pageClass?: string;
}

/** A record's page before its record is there: why it could not be loaded, or a skeleton while it loads. */
export function NotLoaded({ error, onRetry, title, back, pageClass = 'page' }: NotLoadedProps) {
  const { t, errorText } = useI18n();
  return (
    <div className={pageClass}>
      {error ? (
        <Result
          status="warning"
          title={title}
          subTitle={errorText(error)}
          extra={[
            <Button key="retry" onClick={onRetry}>
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
