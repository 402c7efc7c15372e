import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Input, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import {
  CATALOGUE_XLSX_URL,
  type CatalogueFilter,
  type CatalogueRow,
  catalogueAdminKeys,
  type ItemStatus,
  listCatalogue,
} from '../../api/catalogue-admin.ts';
import { PageHead } from '../../components/PageHead.tsx';
import { useDepartments } from '../../hooks/useDepartments.ts';
import { type MessageKey, useI18n } from '../../i18n/index.tsx';
import { CatalogueImport } from './CatalogueImport.tsx';
import { useCatalogueColumns } from './useCatalogueColumns.tsx';

const STATUSES: ItemStatus[] = ['draft', 'published', 'retired'];

/** 事项目录管理: every item of the district, found by name or code, filtered by department and state. */
export default function CatalogueListPage() {
  const { t, departmentName, errorText } = useI18n();
  const navigate = useNavigate();
  const departments = useDepartments();
  const [filter, setFilter] = useState<CatalogueFilter>({ page: 1, pageSize: 20 });
  const [importing, setImporting] = useState(false);
  const list = useQuery({
    queryKey: catalogueAdminKeys.list(filter),
    queryFn: ({ signal }) => listCatalogue(filter, signal),
    placeholderData: keepPreviousData,
  });
  const error = list.isError ? errorText(list.error) : null;

  const refine = (changes: Partial<CatalogueFilter>) =>
    setFilter((current) => ({ ...current, ...changes, page: 1 }));

  const columns = useCatalogueColumns();

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
          loading={list.isFetching}
          columns={columns}
          dataSource={list.data?.items ?? []}
          scroll={{ x: 880 }}
          data-testid="catalogue-table"
          pagination={{
            current: filter.page,
            pageSize: filter.pageSize,
            total: list.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100],
            showTotal: (count) => t('cat.total', { total: count }),
            onChange: (page, pageSize) => setFilter((current) => ({ ...current, page, pageSize })),
          }}
        />
      </Card>
      <CatalogueImport open={importing} onClose={() => setImporting(false)} />
    </div>
  );
}
