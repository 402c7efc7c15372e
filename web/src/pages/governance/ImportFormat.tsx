import { Table, Tag, Typography } from 'antd';
import { formatFileSize, MAX_UPLOAD_BYTES } from '../../components/upload-check.ts';
import { useI18n } from '../../i18n/index.tsx';
import { IMPORT_COLUMNS, IMPORT_MAX_ROWS, type ImportColumn, importTemplate } from './import-file.ts';

/** Downloads the template (header and example row) made here in the browser, under the name of the language. */
export function downloadTemplate(fileName: string): void {
  const url = URL.createObjectURL(new Blob([importTemplate()], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The click has handed the blob to the download by now; the next tick is soon enough to let it go.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** The columns an import file has, what each holds, and which are required. */
export function ImportFormat() {
  const { t } = useI18n();
  return (
    <div data-testid="import-format">
      <Typography.Title level={5} className="section-title">
        {t('gov.import.formatTitle')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {t('gov.import.formatHint', {
          rows: IMPORT_MAX_ROWS.toLocaleString(),
          size: formatFileSize(MAX_UPLOAD_BYTES),
        })}
      </Typography.Paragraph>
      <Table<{ column: ImportColumn }>
        size="small"
        pagination={false}
        rowKey="column"
        dataSource={IMPORT_COLUMNS.map((column) => ({ column }))}
        columns={[
          {
            title: t('gov.import.colName'),
            key: 'name',
            width: 190,
            render: (_, { column }) => (
              <span className="import-col-name">
                <Typography.Text code>{column}</Typography.Text>
                <span>{t(`gov.import.col.${column}`)}</span>
              </span>
            ),
          },
          {
            title: t('gov.import.colMeaning'),
            key: 'meaning',
            render: (_, { column }) => (
              <>
                {column === 'description' && <Tag color="red">{t('gov.import.required')}</Tag>}
                {t(`gov.import.colHelp.${column}`)}
              </>
            ),
          },
        ]}
      />
      <Typography.Paragraph className="import-place-rule">{t('gov.import.placeRule')}</Typography.Paragraph>
    </div>
  );
}
