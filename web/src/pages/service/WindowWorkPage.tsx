import { ReloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Space, Typography } from 'antd';
import { caseKeys, getWindowWork } from '../../api/cases.ts';
import { useI18n } from '../../i18n/index.tsx';
import { WindowWorkTabs } from './WindowWorkTabs.tsx';

const REFRESH_MS = 30_000;

/**
 * 窗口待办: what waits for any window — online applications to pre-review, cases every department agreed to
 * that wait for the final check and seal, and the cases this clerk opened and has not finished.
 */
export default function WindowWorkPage() {
  const { t, errorText, formatDateTime } = useI18n();
  const polled = useQuery({
    queryKey: caseKeys.windowWork(),
    queryFn: ({ signal }) => getWindowWork(signal),
    refetchInterval: REFRESH_MS,
    refetchIntervalInBackground: false,
  });

  return (
    <div className="page">
      <Card
        title={t('work.title')}
        extra={
          <Space>
            {polled.dataUpdatedAt > 0 && (
              <span className="muted small">
                {t('time.updatedAt', { time: formatDateTime(new Date(polled.dataUpdatedAt).toISOString()) })}
              </span>
            )}
            <Button
              icon={<ReloadOutlined />}
              onClick={() => void polled.refetch()}
              aria-label={t('common.retry')}
            />
          </Space>
        }
      >
        <Typography.Paragraph type="secondary">
          {t('work.intro')} {t('time.autoRefresh')}
        </Typography.Paragraph>
        {polled.error !== null && (
          <Alert type="error" showIcon title={errorText(polled.error)} className="form-alert" />
        )}
        <WindowWorkTabs work={polled.data ?? null} loading={polled.isFetching} />
      </Card>
    </div>
  );
}
