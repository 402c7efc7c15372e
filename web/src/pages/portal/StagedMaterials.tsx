import { DeleteOutlined, EyeOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Tag, Upload } from 'antd';
import { useState } from 'react';
import type { ItemMaterial } from '../../api/catalogue.ts';
import { FilePreview } from '../../components/FilePreview.tsx';
import {
  formatFileSize,
  MAX_UPLOAD_BYTES,
  UPLOAD_ACCEPT,
  uploadProblem,
} from '../../components/upload-check.ts';
import { useI18n } from '../../i18n/index.tsx';

/** A file chosen for one material, kept in the browser until the application is submitted. */
export interface StagedFile {
  key: string;
  materialId: string;
  file: File;
}

interface StagedMaterialsProps {
  materials: ItemMaterial[];
  files: StagedFile[];
  /** Absent on the review step: the files are shown, not changed. */
  onChange?: (files: StagedFile[]) => void;
}

/**
 * 上传材料: each material of the item with the files chosen for it — each opens in a preview and, until the
 * application is submitted, can be removed again — and a button to add one.
 */
export function StagedMaterials({ materials, files, onChange }: StagedMaterialsProps) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [preview, setPreview] = useState<StagedFile | null>(null);
  const max = formatFileSize(MAX_UPLOAD_BYTES);
  const add = (materialId: string, file: File) => {
    const problem = uploadProblem(file);
    if (problem) {
      void message.error(t(`upload.${problem}`, { name: file.name, size: formatFileSize(file.size), max }));
      return;
    }
    onChange?.([...files, { key: crypto.randomUUID(), materialId, file }]);
  };
  return (
    <div className="staged-materials">
      {materials.map((material) => {
        const mine = files.filter((f) => f.materialId === material.id);
        return (
          <div key={material.id} className="staged-material" data-testid={`staged-${material.id}`}>
            <div className="staged-material-head">
              <span className="staged-material-name">{material.name}</span>
              <Tag color={material.necessity === 'required' ? 'red' : 'default'}>
                {t(`necessity.${material.necessity}`)}
              </Tag>
              {onChange && (
                <Upload
                  accept={UPLOAD_ACCEPT}
                  multiple
                  showUploadList={false}
                  beforeUpload={(file) => {
                    add(material.id, file);
                    return Upload.LIST_IGNORE;
                  }}
                >
                  <Button size="small" icon={<UploadOutlined />} data-testid={`stage-upload-${material.id}`}>
                    {t('portalCase.upload')}
                  </Button>
                </Upload>
              )}
            </div>
            {mine.length === 0 ? (
              <div className="muted small">{t('apply.noFile')}</div>
            ) : (
              <ul className="material-file-list">
                {mine.map((f) => (
                  <li key={f.key} data-testid="staged-file">
                    <PaperClipOutlined /> <span className="staged-file-name">{f.file.name}</span>
                    <span className="muted small"> · {formatFileSize(f.file.size)}</span>{' '}
                    <Button
                      size="small"
                      type="link"
                      icon={<EyeOutlined />}
                      onClick={() => setPreview(f)}
                      data-testid="staged-preview"
                    >
                      {t('apply.preview')}
                    </Button>
                    {onChange && (
                      <Button
                        size="small"
                        type="link"
                        danger
                        icon={<DeleteOutlined />}
                        onClick={() => onChange(files.filter((x) => x.key !== f.key))}
                        data-testid="staged-remove"
                      >
                        {t('apply.removeFile')}
                      </Button>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </div>
        );
      })}
      <FilePreview
        file={preview ? { name: preview.file.name, blob: preview.file } : null}
        onClose={() => setPreview(null)}
      />
    </div>
  );
}
