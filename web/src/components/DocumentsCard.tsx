import { DownloadOutlined, FilePdfOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Skeleton } from 'antd';
import { type CaseDocument, documentKeys, documentUrl, listDocuments } from '../api/documents.ts';
import { useI18n } from '../i18n/index.tsx';

interface DocumentsCardProps {
  caseId: string;
  /** Changes whenever the case records an event: a new notice or result may have been issued with it. */
  version: number;
}

/** 文书: the notices and the result issued on the case, each a PDF to download and verifiable by its code. */
export function DocumentsCard({ caseId, version }: DocumentsCardProps) {
  const { t, label, errorText, formatDateTime } = useI18n();
  // The documents shown stay while a newer list is read, so the card does not blink on every event.
  const query = useQuery({
    queryKey: documentKeys.atVersion(caseId, version),
    queryFn: ({ signal }) => listDocuments(caseId, signal),
    placeholderData: keepPreviousData,
  });
  const documents = query.data ?? null;
  const error = query.error;
  // The server's title is Chinese only; the UI's own name follows the language, the server's is the fallback.
  const titleOf = (doc: CaseDocument) => {
    const name = label('documentKind', doc.kind);
    return name === doc.kind ? doc.title : name;
  };

  return (
    <Card size="small" title={t('documents.title')} className="case-card" data-testid="documents-card">
      {error !== null && <Alert type="warning" showIcon title={errorText(error)} className="form-alert" />}
      {documents === null && error === null && <Skeleton active paragraph={{ rows: 2 }} />}
      {documents?.length === 0 && <div className="muted small">{t('documents.empty')}</div>}
      {documents && documents.length > 0 && (
        <ul className="document-list">
          {documents.map((doc) => (
            <li key={doc.id} className="document-row" data-testid={`document-${doc.kind}`}>
              <FilePdfOutlined className="document-icon" />
              <div className="document-text">
                <div className="document-title">{titleOf(doc)}</div>
                <div className="muted small">
                  {formatDateTime(doc.issuedAt)} · {t('documents.no', { no: doc.documentNo })} ·{' '}
                  <span className="mono">
                    {t('documents.verificationCode', { code: doc.verificationCode })}
                  </span>
                </div>
              </div>
              <Button
                type="link"
                size="small"
                icon={<DownloadOutlined />}
                href={documentUrl(caseId, doc.id)}
                target="_blank"
                rel="noreferrer"
              >
                {t('documents.open')}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
