import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Input, Select, Space, Table, type TableProps, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import {
  CATALOGUE_XLSX_URL,
  type CatalogueFilter,
  type CatalogueRow,
  type ItemStatus,
  listCatalogue,
} from '../../api/catalogue-admin.ts';
import { isAbort } from '../../api/client.ts';
import { PageHead } from '../../components/PageHead.tsx';
import { useDepartments } from '../../hooks/useDepartments.ts';
import { type MessageKey, useI18n } from '../../i18n/index.tsx';
import { CatalogueImport } from './CatalogueImport.tsx';
import { ItemStatusTag } from './ItemStatusTag.tsx';

const STATUSES: ItemStatus[] = ['draft', 'published', 'retired'];

/** 事项目录管理: every item of the district, found by name or code, filtered by department and state. */
export default function CatalogueListPage() {
  const { t, departmentName, errorText, formatDateTime } = useI18n();
  const navigate = useNavigate();
  const departments = useDepartments();
  const [filter, setFilter] = useState<CatalogueFilter>({ page: 1, pageSize: 20 });
  const [rows, setRows] = useState<CatalogueRow[]>([]);
  const [total, setTotal] = useState(0);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);
  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    void reloads;
    const controller = new AbortController();
    setLoading(true);
    listCatalogue(filter, controller.signal)
      .then((page) => {
        setRows(page.items);
        setTotal(page.total);
        setError(null);
      })
      .catch((caught: unknown) => !isAbort(caught) && setError(errorText(caught)))
      .finally(() => !controller.signal.aborted && setLoading(false));
    return () => controller.abort();
  }, [filter, reloads, errorText]);

  const refine = (changes: Partial<CatalogueFilter>) =>
    setFilter((current) => ({ ...current, ...changes, page: 1 }));

  const columns: TableProps<CatalogueRow>['columns'] = [
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

  return (
    <div className="page">
      <PageHead title={t('cat.title')} intro={t('area.catalogue.desc')}>
        <Space wrap>
          <Button href={CATALOGUE_XLSX_URL} icon={<DownloadOutlined />} data-testid="catalogue-export">
            {t('cat.export')}
          </Button>
          <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="catalogue-import">
            {t('cat.import')}
          </Button>
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => navigate('/catalogue/new')}
            data-testid="catalogue-new"
          >
            {t('cat.new')}
          </Button>
        </Space>
      </PageHead>
      <Card>
        <Space wrap className="catalogue-filters" style={{ marginBottom: 16 }}>
          <Input.Search
            allowClear
            placeholder={t('cat.search')}
            aria-label={t('cat.search')}
            style={{ width: 320 }}
            onSearch={(q) => refine({ q: q.trim() || undefined })}
            data-testid="catalogue-search"
          />
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('cat.allDepartments')}
            aria-label={t('cat.col.department')}
            style={{ width: 240 }}
            options={departments.map((d) => ({ value: d.id, label: departmentName(d) }))}
            onChange={(department?: string) => refine({ department })}
            data-testid="catalogue-department"
          />
          <Select
            allowClear
            placeholder={t('cat.allStatuses')}
            aria-label={t('cat.col.status')}
            style={{ width: 160 }}
            options={STATUSES.map((s) => ({ value: s, label: t(`cat.status.${s}` as MessageKey) }))}
            onChange={(status?: ItemStatus) => refine({ status })}
            data-testid="catalogue-status"
          />
        </Space>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
        <Table<CatalogueRow>
          rowKey="code"
          size="middle"
          loading={loading}
          columns={columns}
          dataSource={rows}
          scroll={{ x: 880 }}
          data-testid="catalogue-table"
          pagination={{
            current: filter.page,
            pageSize: filter.pageSize,
            total,
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100],
            showTotal: (count) => t('cat.total', { total: count }),
            onChange: (page, pageSize) => setFilter((current) => ({ ...current, page, pageSize })),
          }}
        />
      </Card>
      <CatalogueImport
        open={importing}
        onClose={() => setImporting(false)}
        onImported={() => setReloads((n) => n + 1)}
      />
    </div>
  );
}
