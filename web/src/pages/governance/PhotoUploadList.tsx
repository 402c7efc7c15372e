import { CheckCircleFilled, CloseCircleFilled, LoadingOutlined, PictureOutlined } from '@ant-design/icons';
import { Alert, Typography } from 'antd';
import { formatFileSize, MAX_UPLOAD_BYTES } from '../../components/upload-check.ts';
import { useI18n } from '../../i18n/index.tsx';
import type { PhotoUpload } from './usePhotoUploads.ts';

/** How the photos of a step are getting on: one line each, and a note when the server takes no photos yet. */
export function PhotoUploadList({ uploads, unsupported }: { uploads: PhotoUpload[]; unsupported: boolean }) {
  const { t, errorText } = useI18n();
  if (uploads.length === 0) return null;
  const max = formatFileSize(MAX_UPLOAD_BYTES);
  return (
    <div className="photo-uploads" data-testid="photo-uploads">
      {unsupported && (
        <Alert type="warning" showIcon title={t('gov.photo.unsupported')} className="form-alert" />
      )}
      <ul>
        {uploads.map((u, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: one send's list never reorders; the same name may occur twice.
          <li key={`${u.name}-${index}`} data-testid="photo-upload" data-state={u.state}>
            {u.state === 'done' ? (
              <CheckCircleFilled className="ok-icon" />
            ) : u.state === 'failed' ? (
              <CloseCircleFilled className="bad-icon" />
            ) : u.state === 'sending' ? (
              <LoadingOutlined />
            ) : (
              <PictureOutlined />
            )}{' '}
            {u.name}{' '}
            <Typography.Text type={u.state === 'failed' ? 'danger' : 'secondary'} className="small">
              {u.state === 'failed' && !unsupported
                ? errorText(u.error)
                : t(`gov.photo.state.${u.state}`, { max })}
            </Typography.Text>
          </li>
        ))}
      </ul>
    </div>
  );
}
