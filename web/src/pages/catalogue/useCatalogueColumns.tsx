import { Space, type TableProps, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { CatalogueRow } from '../../api/catalogue-admin.ts';
import { useDepartments } from '../../hooks/useDepartments.ts';
import { useI18n } from '../../i18n/index.tsx';
import { ItemStatusTag } from './ItemStatusTag.tsx';

/** The columns of the catalogue list: name and code, department, version, state, last change. */
export function useCatalogueColumns(): TableProps<CatalogueRow>['columns'] {
  const { t, departmentName, formatDateTime } = useI18n();
  const departments = useDepartments();
  return [
    {
      key: 'name',
      title: t('cat.col.name'),
      // Wide enough for a 32-character 实施编码 on one line.
      width: 380,
      render: (_, row) => (
        <Space orientation="vertical" size={0}>
          <Link to={`/catalogue/items/${encodeURIComponent(row.code)}`} data-testid="catalogue-row-link">
            {row.name}
          </Link>
          <Typography.Text type="secondary" copyable={{ text: row.code }} className="catalogue-code">
            {row.code}
          </Typography.Text>
        </Space>
      ),
    },
    {
      key: 'department',
      title: t('cat.col.department'),
      render: (_, row) => {
        const known = departments.find((d) => d.id === row.department.id);
        return known ? departmentName(known) : row.department.nameZh;
      },
    },
    {
      key: 'version',
      title: t('cat.col.version'),
      width: 120,
      render: (_, row) =>
        row.version === null ? (
          <Typography.Text type="secondary">{t('cat.noVersion')}</Typography.Text>
        ) : (
          t('guide.version', { version: row.version })
        ),
    },
    {
      key: 'status',
      title: t('cat.col.status'),
      render: (_, row) => (
        <Space size={4} wrap>
          <ItemStatusTag status={row.status} unpublished={row.hasUnpublishedChanges} />
          {row.synthetic && <Tag>{t('cat.synthetic')}</Tag>}
        </Space>
      ),
    },
    {
      key: 'updatedAt',
      title: t('cat.col.updatedAt'),
      width: 170,
      render: (_, row) => formatDateTime(row.updatedAt),
    },
  ];
}
