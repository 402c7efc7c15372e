import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { useI18n } from '../../../i18n/index.tsx';

/** Why the document could not be loaded, with a retry; nothing while there is no error. */
export function LoadErrorAlert({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t, errorText } = useI18n();
  if (error === null) return null;
  return (
    <Alert
      type="error"
      showIcon
      title={errorText(error)}
      action={
        <Button icon={<ReloadOutlined />} onClick={onRetry}>
          {t('common.retry')}
        </Button>
      }
      className="form-alert"
    />
  );
}
