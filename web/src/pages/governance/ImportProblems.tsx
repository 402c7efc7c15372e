import { Table, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { useI18n } from '../../i18n/index.tsx';
import {
  IMPORT_COLUMNS,
  type ImportColumn,
  type ImportProblem,
  inLanguage,
  type ReadImport,
} from './import-file.ts';

/** The server names a row the database refused by the field of its intake (addressText); the file calls it address. */
const FILE_COLUMNS: Readonly<Record<string, ImportColumn>> = {
  addressText: 'address',
  classCode: 'class_code',
  reporterName: 'reporter_name',
};

const columnOf = (field: string): ImportColumn | null => {
  const name = FILE_COLUMNS[field] ?? field;
  return (IMPORT_COLUMNS as readonly string[]).includes(name) ? (name as ImportColumn) : null;
};

/** What the file holds where a problem is: the cell of the row and column named. */
function cellOf(file: ReadImport, problem: ImportProblem, column: ImportColumn | null): string {
  const index = column ? file.header.findIndex((h) => h.toLowerCase() === column) : -1;
  return index < 0 ? '' : (file.rows[problem.row - 2]?.[index] ?? '');
}

/** The problems of a file, one line each: row, column (its name in the file and in words), content, message. */
export function ImportProblems({
  problems,
  file,
  testId,
}: {
  problems: readonly ImportProblem[];
  file: ReadImport;
  testId: string;
}) {
  const { t, locale } = useI18n();
  return (
    <Table<ImportProblem & { key: number }>
      size="small"
      bordered
      pagination={problems.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      dataSource={problems.map((p, key) => ({ ...p, key }))}
      data-testid={testId}
      onRow={(p) =>
        ({
          'data-testid': `import-problem-${p.row}-${columnOf(p.field) ?? p.field}`,
        }) as HTMLAttributes<HTMLElement>
      }
      columns={[
        { title: t('gov.import.rowNo'), dataIndex: 'row', width: 72 },
        {
          title: t('gov.import.column'),
          key: 'column',
          width: 200,
          render: (_, p) => {
            const column = columnOf(p.field);
            if (!column) return t('gov.import.wholeRow');
            return (
              <span className="import-col-name">
                <Typography.Text code>{column}</Typography.Text>
                <span>{t(`gov.import.col.${column}`)}</span>
              </span>
            );
          },
        },
        {
          title: t('gov.import.value'),
          key: 'value',
          width: 260,
          render: (_, p) => <div className="import-cell">{cellOf(file, p, columnOf(p.field)) || '—'}</div>,
        },
        {
          title: t('gov.import.problem'),
          key: 'message',
          render: (_, p) => <Typography.Text type="danger">{inLanguage(p.message, locale)}</Typography.Text>,
        },
      ]}
    />
  );
}
