import { DeleteOutlined, EyeOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useIsMutating, useMutation } from '@tanstack/react-query';
import { App, Button, Popconfirm, Upload } from 'antd';
import { useState } from 'react';
import { removeMaterialFile, uploadMaterialFile } from '../api/applications.ts';
import { type CaseFile, type CaseMaterial, type CaseView, caseFileUrl } from '../api/cases.ts';
import { ApiError } from '../api/client.ts';
import { useI18n } from '../i18n/index.tsx';
import { FilePreview, type PreviewFile } from './FilePreview.tsx';
import { formatFileSize, MAX_UPLOAD_BYTES, UPLOAD_ACCEPT, uploadProblem } from './upload-check.ts';

/**
 * The files of one checklist material, and (when allowed) a button to add one: the applicant's upload on the
 * portal, the clerk's scan at the window.
 */
export function MaterialAttachments({
  c,
  material,
  files,
  uploadable,
  removable = false,
  onChanged,
}: {
  c: CaseView;
  material: CaseMaterial;
  files: CaseFile[];
  uploadable: boolean;
  /** The applicant may take back the files they uploaded (the case waits for them). */
  removable?: boolean;
  onChanged: (c: CaseView) => void;
}) {
  if (!files.length && !uploadable) return null;
  return (
    <div className="material-attachments">
      <MaterialFileList caseId={c.id} files={files} removable={removable} onChanged={onChanged} />
      {uploadable && <UploadButton c={c} material={material} onChanged={onChanged} />}
    </div>
  );
}

function MaterialFileList({
  caseId,
  files,
  removable,
  onChanged,
}: {
  caseId: string;
  files: CaseFile[];
  removable: boolean;
  onChanged: (c: CaseView) => void;
}) {
  const { t, formatDateTime, errorText } = useI18n();
  const { message } = App.useApp();
  const [preview, setPreview] = useState<PreviewFile | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  // Fetched with the session like any API call, so the preview needs no address that works without it.
  const open = async (file: CaseFile) => {
    setBusy(file.id);
    try {
      const response = await fetch(caseFileUrl(caseId, file.id), { credentials: 'same-origin' });
      if (!response.ok) throw new Error(response.statusText);
      setPreview({ name: file.fileName, blob: await response.blob() });
    } catch (error) {
      void message.error(t('upload.previewFailed', { name: file.fileName, reason: errorText(error) }));
    } finally {
      setBusy(null);
    }
  };
  const removing = useMutation({
    mutationFn: (file: CaseFile) => removeMaterialFile(caseId, file.id),
    onSuccess: (updated, file) => {
      onChanged(updated);
      void message.success(t('upload.removed', { name: file.fileName }));
    },
    onError: (error) => void message.error(errorText(error)),
  });
  const remove = (file: CaseFile) => removing.mutateAsync(file).catch(() => undefined);
  const working = (file: CaseFile) =>
    busy === file.id || (removing.isPending && removing.variables.id === file.id);
  return (
    <>
      <ul className="material-file-list">
        {files.map((file) => (
          <li key={file.id} data-testid={`file-${file.id}`}>
            <PaperClipOutlined />{' '}
            <a href={caseFileUrl(caseId, file.id)} target="_blank" rel="noreferrer">
              {file.fileName}
            </a>
            <span className="muted small">
              {' '}
              · {formatFileSize(file.size)} · {formatDateTime(file.uploadedAt)}
            </span>{' '}
            <Button
              size="small"
              type="link"
              icon={<EyeOutlined />}
              loading={working(file)}
              onClick={() => void open(file)}
              data-testid="file-preview"
            >
              {t('apply.preview')}
            </Button>
            {removable && file.uploadedByYou && (
              <Popconfirm
                title={t('upload.removeConfirm', { name: file.fileName })}
                okText={t('apply.removeFile')}
                okButtonProps={{ danger: true }}
                onConfirm={() => remove(file)}
              >
                <Button size="small" type="link" danger icon={<DeleteOutlined />} data-testid="file-remove">
                  {t('apply.removeFile')}
                </Button>
              </Popconfirm>
            )}
          </li>
        ))}
      </ul>
      <FilePreview file={preview} onClose={() => setPreview(null)} />
    </>
  );
}

/** Checks type and size here first; the server checks again and its message is shown when it refuses. */
function UploadButton({
  c,
  material,
  onChanged,
}: {
  c: CaseView;
  material: CaseMaterial;
  onChanged: (c: CaseView) => void;
}) {
  const { t, errorText } = useI18n();
  const { message } = App.useApp();
  const max = formatFileSize(MAX_UPLOAD_BYTES);
  const mutationKey = ['case-upload', c.id, material.id];
  // One upload of the case at a time: each answer carries the whole case, so a later one must include the
  // earlier files.
  const upload = useMutation({
    mutationKey,
    scope: { id: `case-upload.${c.id}` },
    mutationFn: (file: File) => uploadMaterialFile(c.id, material.id, file),
    onSuccess: (answer, file) => {
      onChanged(answer.case);
      void message.success(t('portalCase.uploaded', { name: file.name }));
    },
    onError: (error, file) => {
      // A proxy may refuse a large body before the server sees it, without the server's message.
      const tooLarge = error instanceof ApiError && error.status === 413 && error.code === 'http_error';
      const reason = tooLarge ? t('upload.tooLarge', { max }) : errorText(error);
      void message.error(t('upload.refused', { name: file.name, reason }));
    },
  });
  const uploading = useIsMutating({ mutationKey });

  return (
    <Upload
      accept={UPLOAD_ACCEPT}
      multiple
      showUploadList={false}
      beforeUpload={(file) => {
        const problem = uploadProblem(file);
        if (problem) {
          const size = formatFileSize(file.size);
          void message.error(t(`upload.${problem}`, { name: file.name, size, max }));
        } else {
          upload.mutate(file);
        }
        // The file goes through our API client (with its CSRF header), never through antd's own request.
        return Upload.LIST_IGNORE;
      }}
    >
      <Button
        size="small"
        icon={<UploadOutlined />}
        loading={uploading > 0}
        className="material-upload"
        data-testid={`upload-${material.id}`}
      >
        {uploading > 0 ? t('portalCase.uploading') : t('portalCase.upload')}
      </Button>
    </Upload>
  );
}
