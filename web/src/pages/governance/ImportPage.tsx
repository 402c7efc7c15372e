import { DownloadOutlined, InboxOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Row, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { type ImportOutcome, importEvents } from '../../api/governance.ts';
import { formatFileSize, MAX_UPLOAD_BYTES } from '../../components/upload-check.ts';
import { useI18n } from '../../i18n/index.tsx';
import { downloadTemplate, ImportFormat } from './ImportFormat.tsx';
import { ImportPreview } from './ImportPreview.tsx';
import { ImportProblems } from './ImportProblems.tsx';
import { ImportResult } from './ImportResult.tsx';
import {
  decodeCsvBytes,
  IMPORT_COLUMNS,
  IMPORT_MAX_ROWS,
  type ImportProblem,
  importFileProblem,
  importProblemsOf,
  PREVIEW_ROWS,
  type ReadImport,
  readImport,
} from './import-file.ts';
import './governance.css';
import './import.css';

/** A file chosen and read: its text as sent, and its rows as the preview and the problems show them. */
interface Chosen {
  name: string;
  text: string;
  read: ReadImport;
  converted: boolean;
}

type Stage =
  | { kind: 'none' }
  | { kind: 'ready'; file: Chosen }
  /** The server refused the file: nothing stored; its problems by row and column, or its one message. */
  | { kind: 'refused'; file: Chosen; problems: ImportProblem[] | null; message: string }
  | { kind: 'done'; file: Chosen; outcome: ImportOutcome };

/** Refusals the server makes before storing anything (a bad row, header or size, or no right to import). */
const REFUSED_WHOLE: ReadonlySet<number> = new Set([400, 403, 413]);

/**
 * 事件批量导入: the operator downloads the template, fills it (or exports from an old system), drops the file, sees
 * its first rows, and sends it. A file with any bad row is refused whole with each problem's row and column; a good
 * one becomes events, classified, located and dispatched, listed with links.
 */
export default function ImportPage() {
  const { t, errorText } = useI18n();
  const { message } = App.useApp();
  const [stage, setStage] = useState<Stage>({ kind: 'none' });
  const [fileError, setFileError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  const refuseFile = (text: string) => {
    setFileError(text);
    void message.error(text);
  };

  /** Checks and reads the file in the browser; nothing is sent until the operator has seen the preview. */
  const choose = async (file: File) => {
    // A new file makes what was said of the last one stale.
    message.destroy();
    setFileError(null);
    const name = file.name;
    const max = formatFileSize(MAX_UPLOAD_BYTES);
    const problem = importFileProblem(file);
    if (problem === 'type') return refuseFile(t('gov.import.badType', { name }));
    if (problem === 'empty') return refuseFile(t('gov.import.empty', { name }));
    if (problem === 'size')
      return refuseFile(t('gov.import.tooLarge', { name, size: formatFileSize(file.size), max }));
    let decoded: ReturnType<typeof decodeCsvBytes>;
    try {
      decoded = decodeCsvBytes(new Uint8Array(await file.arrayBuffer()));
    } catch {
      return refuseFile(t('gov.import.unreadable', { name }));
    }
    // GBK grows when sent as UTF-8: the limit is on what the server receives.
    const sentSize = new Blob([decoded.text]).size;
    if (sentSize > MAX_UPLOAD_BYTES)
      return refuseFile(t('gov.import.tooLarge', { name, size: formatFileSize(sentSize), max }));
    const read = readImport(decoded.text);
    if ('kind' in read) {
      if (read.kind === 'syntax') return refuseFile(t('gov.import.syntax', { name, line: read.line }));
      if (read.kind === 'noRows') return refuseFile(t('gov.import.noRows', { name }));
      return refuseFile(t('gov.import.tooManyRows', { name, rows: IMPORT_MAX_ROWS.toLocaleString() }));
    }
    setStage({
      kind: 'ready',
      file: { name, text: decoded.text, read, converted: decoded.encoding === 'gb18030' },
    });
  };

  const send = async (file: Chosen) => {
    setSending(true);
    try {
      const outcome = await importEvents(file.text);
      setStage({ kind: 'done', file, outcome });
      void message.success(t('gov.import.sent', { count: outcome.imported }));
    } catch (caught) {
      if (caught instanceof ApiError && REFUSED_WHOLE.has(caught.status)) {
        setStage({
          kind: 'refused',
          file,
          problems: importProblemsOf(caught.details),
          message: errorText(caught),
        });
      } else {
        void message.error(errorText(caught));
      }
    } finally {
      setSending(false);
    }
  };

  const reset = () => {
    setStage({ kind: 'none' });
    setFileError(null);
  };

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
          <FileNotes file={stage.file} />
          <ImportPreview file={stage.file.read} />
        </Card>
      )}

      {stage.kind === 'refused' && (
        <Card className="import-card" data-testid="import-refused">
          <Alert
            type="error"
            showIcon
            title={
              stage.problems
                ? t('gov.import.refusedTitle', { count: problemCount(stage.message, stage.problems) })
                : t('gov.import.refusedOther', { message: stage.message })
            }
            description={
              stage.problems ? (
                <>
                  {t('gov.import.refusedText')}
                  {stage.problems.length < problemCount(stage.message, stage.problems) &&
                    ` ${t('gov.import.problemsShown', { count: stage.problems.length })}`}
                </>
              ) : undefined
            }
            className="import-block"
            data-testid="import-refused-summary"
          />
          {stage.problems && (
            <ImportProblems problems={stage.problems} file={stage.file.read} testId="import-problems" />
          )}
        </Card>
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

const headerRefused = (read: ReadImport) => read.unknownColumns.length > 0 || read.missingDescription;

/**
 * How many problems the refusal counted: its message says ("有 203 处问题"), the list stops at 200. The list's
 * length when the message does not say.
 */
function problemCount(message: string, problems: readonly ImportProblem[]): number {
  const said = Number(/\d+/.exec(message)?.[0]);
  return Number.isInteger(said) && said >= problems.length ? said : problems.length;
}

/** What the preview must say first: the file was converted, the header will be refused, how much is shown. */
function FileNotes({ file }: { file: Chosen }) {
  const { t } = useI18n();
  const { read } = file;
  const count = read.rows.length;
  return (
    <Space orientation="vertical" className="import-notes" size={8}>
      {headerRefused(read) && (
        <Alert
          type="error"
          showIcon
          title={t('gov.import.headerRefused')}
          description={
            <>
              {read.missingDescription && <div>{t('gov.import.missingDescription')}</div>}
              {read.unknownColumns.length > 0 && (
                <div>{t('gov.import.unknownColumns', { columns: read.unknownColumns.join(', ') })}</div>
              )}
              <div>
                <Typography.Text code>{IMPORT_COLUMNS.join(',')}</Typography.Text>
              </div>
            </>
          }
          data-testid="import-header-error"
        />
      )}
      {file.converted && <Alert type="info" showIcon title={t('gov.import.gb18030')} />}
      <Typography.Text type="secondary" data-testid="import-preview-count">
        {count > PREVIEW_ROWS
          ? t('gov.import.previewSome', { count, shown: PREVIEW_ROWS })
          : t('gov.import.previewAll', { count })}
      </Typography.Text>
    </Space>
  );
}
