import { Table, Typography } from 'antd';
import { useI18n } from '../../i18n/index.tsx';
import { IMPORT_COLUMNS, type ImportColumn, PREVIEW_ROWS, type ReadImport } from './import-file.ts';

interface PreviewRow {
  rowNo: number;
  cells: string[];
}

const isColumn = (name: string): name is ImportColumn =>
  (IMPORT_COLUMNS as readonly string[]).includes(name.toLowerCase());

/** The first rows of the file as the server will read them, numbered as its problems will be (row 2 first). */
export function ImportPreview({ file }: { file: ReadImport }) {
  const { t } = useI18n();
  const rows: PreviewRow[] = file.rows.slice(0, PREVIEW_ROWS).map((cells, i) => ({ rowNo: i + 2, cells }));
  return (
    <Table<PreviewRow>
      size="small"
      bordered
      pagination={false}
      rowKey="rowNo"
      dataSource={rows}
      scroll={{ x: 'max-content' }}
      data-testid="import-preview"
      columns={[
        { title: t('gov.import.rowNo'), dataIndex: 'rowNo', width: 64, fixed: 'left' },
        ...file.header.map((name, index) => {
          const known = isColumn(name);
          return {
            key: `${index}`,
            title: (
              <span className="import-col-name import-col-stacked">
                <Typography.Text code type={known ? undefined : 'danger'}>
                  {name || '—'}
                </Typography.Text>
                {known && <span>{t(`gov.import.col.${name.toLowerCase() as ImportColumn}`)}</span>}
              </span>
            ),
            render: (_: unknown, row: PreviewRow) => (
              <div
                className={
                  name.toLowerCase() === 'description' ? 'import-cell import-cell-wide' : 'import-cell'
                }
              >
                {row.cells[index] ?? ''}
              </div>
            ),
          };
        }),
      ]}
    />
  );
}
