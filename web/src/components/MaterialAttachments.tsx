import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Upload } from 'antd';
import { useRef, useState } from 'react';
import { uploadMaterialFile } from '../api/applications.ts';
import { type CaseFile, type CaseMaterial, type CaseView, caseFileUrl } from '../api/cases.ts';
import { ApiError } from '../api/client.ts';
import { useI18n } from '../i18n/index.tsx';
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
  onChanged,
}: {
  c: CaseView;
  material: CaseMaterial;
  files: CaseFile[];
  uploadable: boolean;
  onChanged: (c: CaseView) => void;
}) {
  if (!files.length && !uploadable) return null;
  return (
    <div className="material-attachments">
      <MaterialFileList caseId={c.id} files={files} />
      {uploadable && <UploadButton c={c} material={material} onChanged={onChanged} />}
    </div>
  );
}

function MaterialFileList({ caseId, files }: { caseId: string; files: CaseFile[] }) {
  const { formatDateTime } = useI18n();
  if (files.length === 0) return null;
  return (
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
          </span>
        </li>
      ))}
    </ul>
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
  const [uploading, setUploading] = useState(0);
  // One upload at a time: each answer carries the whole case, so a later one must include the earlier files.
  const queue = useRef(Promise.resolve());
  const max = formatFileSize(MAX_UPLOAD_BYTES);

  const send = async (file: File) => {
    try {
      const answer = await uploadMaterialFile(c.id, material.id, file);
      onChanged(answer.case);
      void message.success(t('portalCase.uploaded', { name: file.name }));
    } catch (error) {
      // A proxy may refuse a large body before the server sees it, without the server's message.
      const tooLarge = error instanceof ApiError && error.status === 413 && error.code === 'http_error';
      const reason = tooLarge ? t('upload.tooLarge', { max }) : errorText(error);
      void message.error(t('upload.refused', { name: file.name, reason }));
    } finally {
      setUploading((n) => n - 1);
    }
  };

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
          setUploading((n) => n + 1);
          queue.current = queue.current.then(() => send(file));
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
