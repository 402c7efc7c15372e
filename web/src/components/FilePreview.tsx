import { Modal } from 'antd';
import { useEffect, useState } from 'react';

/** A file to look at: one chosen in the browser, or one fetched from the server with the user's session. */
export interface PreviewFile {
  name: string;
  blob: Blob;
}

/** An image shown inline, a PDF in the browser's own viewer, both in a modal; the bytes stay in the browser. */
export function FilePreview({ file, onClose }: { file: PreviewFile | null; onClose: () => void }) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!file) return;
    const made = URL.createObjectURL(file.blob);
    setUrl(made);
    return () => {
      URL.revokeObjectURL(made);
      setUrl(null);
    };
  }, [file]);
  const image = file?.blob.type.startsWith('image/');
  return (
    <Modal
      open={file !== null && url !== null}
      title={file?.name}
      onCancel={onClose}
      footer={null}
      width={image ? 720 : 900}
      destroyOnHidden
    >
      {url &&
        file &&
        (image ? (
          <img src={url} alt={file.name} className="file-preview-image" data-testid="preview-image" />
        ) : (
          <iframe src={url} title={file.name} className="file-preview-pdf" data-testid="preview-pdf" />
        ))}
    </Modal>
  );
}
