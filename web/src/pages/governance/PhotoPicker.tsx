import { CameraOutlined, CloseOutlined } from '@ant-design/icons';
import { App, Button, Upload } from 'antd';
import { useEffect, useMemo, useRef } from 'react';
import { formatFileSize, MAX_UPLOAD_BYTES } from '../../components/upload-check.ts';
import { useI18n } from '../../i18n/index.tsx';
import { MAX_PHOTOS, PHOTO_ACCEPT, photoProblem } from './photo-check.ts';

// A chosen file keeps its key while others are removed around it (the same photo may be chosen twice).
const keys = new WeakMap<File, number>();
let nextKey = 0;
const keyOf = (file: File) => {
  let key = keys.get(file);
  if (key === undefined) {
    key = nextKey++;
    keys.set(file, key);
  }
  return key;
};

interface PhotoPickerProps {
  value?: File[];
  onChange?: (files: File[]) => void;
  testId?: string;
}

/**
 * Photos chosen before they are sent: checked here first (JPEG or PNG, size), shown as thumbnails, sent once the
 * event exists. On a phone the picker offers the camera.
 */
export function PhotoPicker({ value = [], onChange, testId = 'photo-picker' }: PhotoPickerProps) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const max = formatFileSize(MAX_UPLOAD_BYTES);
  const latest = useRef(value);
  latest.current = value;
  const previews = useMemo(() => value.map((file) => ({ file, url: URL.createObjectURL(file) })), [value]);
  useEffect(
    () => () => {
      for (const p of previews) URL.revokeObjectURL(p.url);
    },
    [previews],
  );

  const add = (file: File) => {
    const problem = photoProblem(file);
    if (problem) {
      void message.error(
        t(`gov.photo.${problem}`, { name: file.name, size: formatFileSize(file.size), max }),
      );
      return;
    }
    // Several files chosen at once arrive one call each before the next render: add to the list built so far.
    latest.current = [...latest.current, file].slice(0, MAX_PHOTOS);
    onChange?.(latest.current);
  };

  return (
    <div className="photo-picker" data-testid={testId}>
      {previews.map(({ file, url }, index) => (
        <div className="photo-thumb" key={keyOf(file)}>
          <img src={url} alt={file.name} />
          <Button
            size="small"
            shape="circle"
            icon={<CloseOutlined />}
            className="photo-thumb-remove"
            aria-label={t('gov.photo.remove', { name: file.name })}
            onClick={() => onChange?.(value.filter((_, i) => i !== index))}
          />
        </div>
      ))}
      {value.length < MAX_PHOTOS && (
        <Upload
          accept={PHOTO_ACCEPT}
          multiple
          showUploadList={false}
          beforeUpload={(file) => {
            add(file);
            // The photos go through our API client once the event exists, never through antd's own request.
            return Upload.LIST_IGNORE;
          }}
        >
          <button type="button" className="photo-add" data-testid={`${testId}-add`}>
            <CameraOutlined />
            <span>{t('gov.photo.add')}</span>
          </button>
        </Upload>
      )}
      <div className="muted small photo-picker-hint">{t('gov.photo.hint', { count: MAX_PHOTOS, max })}</div>
    </div>
  );
}
