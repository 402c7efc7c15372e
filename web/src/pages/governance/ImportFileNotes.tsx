import { Alert, Space, Typography } from 'antd';
import { useI18n } from '../../i18n/index.tsx';
import { IMPORT_COLUMNS, PREVIEW_ROWS, type ReadImport } from './import-file.ts';
import type { Chosen } from './useImportFile.ts';

/** The header names a column we do not know, or lacks the description: the server will refuse the file. */
export const headerRefused = (read: ReadImport) => read.unknownColumns.length > 0 || read.missingDescription;

/** What the preview must say first: the file was converted, the header will be refused, how much is shown. */
export function ImportFileNotes({ file }: { file: Chosen }) {
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
