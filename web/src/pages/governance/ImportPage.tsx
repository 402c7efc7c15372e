import { DownloadOutlined, InboxOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Row, Typography, Upload } from 'antd';
import { formatFileSize, MAX_UPLOAD_BYTES } from '../../components/upload-check.ts';
import { useI18n } from '../../i18n/index.tsx';
import { headerRefused, ImportFileNotes } from './ImportFileNotes.tsx';
import { downloadTemplate, ImportFormat } from './ImportFormat.tsx';
import { ImportPreview } from './ImportPreview.tsx';
import { ImportRefused } from './ImportRefused.tsx';
import { ImportResult } from './ImportResult.tsx';
import { useImportFile } from './useImportFile.ts';
import './governance.css';
import './import.css';

/**
 * 事件批量导入: the operator downloads the template, fills it (or exports from an old system), drops the file, sees
 * its first rows, and sends it. A file with any bad row is refused whole with each problem's row and column; a good
 * one becomes events, classified, located and dispatched, listed with links.
 */
export default function ImportPage() {
  const { t } = useI18n();
  const { stage, fileError, sending, choose, send, reset } = useImportFile();

  return (
    <div className="page import-page" data-testid="import-page">
      <Card
        title={t('gov.import.title')}
        extra={
          <Button
            icon={<DownloadOutlined />}
            onClick={() => downloadTemplate(t('gov.import.templateFile'))}
            data-testid="import-template"
          >
            {t('gov.import.template')}
          </Button>
        }
      >
        <Typography.Paragraph>{t('gov.import.intro')}</Typography.Paragraph>
        <Row gutter={[24, 16]}>
          <Col xs={24} xl={14}>
            <ImportFormat />
          </Col>
          <Col xs={24} xl={10}>
            {stage.kind !== 'done' && (
              <div data-testid="import-upload">
                <Upload.Dragger
                  accept={{ format: '.csv,text/csv', filter: 'native' }}
                  multiple={false}
                  showUploadList={false}
                  disabled={sending}
                  beforeUpload={(file) => {
                    void choose(file);
                    return Upload.LIST_IGNORE;
                  }}
                >
                  <p className="ant-upload-drag-icon">
                    <InboxOutlined />
                  </p>
                  <p className="ant-upload-text">{t('gov.import.drop')}</p>
                  <p className="ant-upload-hint">
                    {t('gov.import.dropHint', { size: formatFileSize(MAX_UPLOAD_BYTES) })}
                  </p>
                </Upload.Dragger>
              </div>
            )}
            {fileError && (
              <Alert
                type="error"
                showIcon
                title={fileError}
                className="import-block-top"
                data-testid="import-file-error"
              />
            )}
          </Col>
        </Row>
      </Card>

      {stage.kind === 'ready' && (
        <Card
          className="import-card"
          title={t('gov.import.previewTitle', { name: stage.file.name })}
          extra={
            <Button
              type="primary"
              icon={<UploadOutlined />}
              loading={sending}
              disabled={headerRefused(stage.file.read)}
              onClick={() => void send(stage.file)}
              data-testid="import-send"
            >
              {t('gov.import.send', { count: stage.file.read.rows.length })}
            </Button>
          }
        >
          <ImportFileNotes file={stage.file} />
          <ImportPreview file={stage.file.read} />
        </Card>
      )}

      {stage.kind === 'refused' && (
        <ImportRefused file={stage.file.read} problems={stage.problems} message={stage.message} />
      )}

      {stage.kind === 'done' && (
        <Card className="import-card">
          <ImportResult
            outcome={stage.outcome}
            file={stage.file.read}
            extra={
              <Button type="primary" onClick={reset} data-testid="import-again">
                {t('gov.import.again')}
              </Button>
            }
          />
        </Card>
      )}
    </div>
  );
}
