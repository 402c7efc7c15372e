import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { STAFF_ROLES } from '@yimen/shared/roles';
import { Alert, Badge, Button, Card, Input, Select, Space, Table, type TableProps, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { isAbort } from '../../api/client.ts';
import { listStaff, type StaffQuery } from '../../api/staff.ts';
import type { Staff } from '../../api/types.ts';
import { RoleTags } from '../../components/RoleTags.tsx';
import { useDepartments } from '../../hooks/useDepartments.ts';
import { useI18n } from '../../i18n/index.tsx';
import { StaffFormDrawer } from './StaffFormDrawer.tsx';

/** 人员管理: list, filter, create and edit staff accounts (administrators only). */
export default function StaffPage() {
  const { t, label, departmentName, errorText, formatDateTime } = useI18n();
  const departments = useDepartments();
  const [query, setQuery] = useState<StaffQuery>({ page: 1, pageSize: 20 });
  const [searchText, setSearchText] = useState('');
  const [rows, setRows] = useState<Staff[]>([]);
  const [total, setTotal] = useState(0);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [reloads, setReloads] = useState(0);
  const [drawer, setDrawer] = useState<{ open: boolean; editing: Staff | null }>({
    open: false,
    editing: null,
  });

  useEffect(() => {
    void reloads;
    let cancelled = false;
    setLoading(true);
    listStaff(query)
      .then((page) => {
        if (cancelled) return;
        setRows(page.items);
        setTotal(page.total);
        setError(null);
      })
      .catch((caught: unknown) => !cancelled && !isAbort(caught) && setError(errorText(caught)))
      .finally(() => !cancelled && setLoading(false));
    return () => {
      cancelled = true;
    };
  }, [query, reloads, errorText]);

  const filter = (changes: Partial<StaffQuery>) =>
    setQuery((current) => ({ ...current, ...changes, page: 1 }));

  const columns: TableProps<Staff>['columns'] = [
    {
      key: 'displayName',
      title: t('staff.displayName'),
      render: (_, staff) => (
        <span className="staff-name">
          <strong>{staff.displayName}</strong>
          <Typography.Text type="secondary" className="staff-username">
            {staff.username}
          </Typography.Text>
        </span>
      ),
    },
    { key: 'roles', title: t('staff.roles'), render: (_, staff) => <RoleTags roles={staff.roles} /> },
    {
      key: 'department',
      title: t('staff.department'),
      render: (_, staff) => departmentName(staff.department),
    },
    {
      key: 'jurisdiction',
      title: t('staff.jurisdiction'),
      render: (_, staff) => (
        <span title={staff.jurisdiction.code}>
          {staff.jurisdiction.name}
          <Typography.Text type="secondary"> · {label('level', staff.jurisdiction.level)}</Typography.Text>
        </span>
      ),
    },
    {
      key: 'active',
      title: t('staff.active'),
      width: 96,
      render: (_, staff) =>
        staff.active ? (
          <Badge status="success" text={t('staff.activeOn')} />
        ) : (
          <Badge status="default" text={t('staff.activeOff')} />
        ),
    },
    {
      key: 'createdAt',
      title: t('staff.createdAt'),
      responsive: ['lg'],
      render: (_, staff) => formatDateTime(staff.createdAt),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 96,
      fixed: 'right',
      render: (_, staff) => (
        <Button
          type="link"
          icon={<EditOutlined />}
          onClick={() => setDrawer({ open: true, editing: staff })}
          data-testid={`staff-edit-${staff.username}`}
        >
          {t('common.edit')}
        </Button>
      ),
    },
  ];

  return (
    <div className="page">
      <Card
        title={t('staff.title')}
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setDrawer({ open: true, editing: null })}
            data-testid="staff-new"
          >
            {t('staff.new')}
          </Button>
        }
      >
        <Space wrap className="filters">
          <Input.Search
            allowClear
            placeholder={t('staff.searchPlaceholder')}
            value={searchText}
            onChange={(event) => {
              setSearchText(event.target.value);
              if (!event.target.value) filter({ q: undefined });
            }}
            onSearch={(value) => filter({ q: value.trim() || undefined })}
            className="filter-search"
            data-testid="staff-search"
          />
          <Select
            allowClear
            placeholder={t('staff.filterRole')}
            className="filter-select"
            value={query.role}
            onChange={(role?: string) => filter({ role })}
            options={STAFF_ROLES.map((role) => ({ value: role, label: label('role', role) }))}
          />
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('staff.filterDepartment')}
            className="filter-select"
            value={query.departmentId}
            onChange={(departmentId?: string) => filter({ departmentId })}
            options={departments.map((department) => ({
              value: department.id,
              label: departmentName(department),
            }))}
          />
        </Space>
        {error && <Alert type="error" showIcon title={error} className="form-alert" />}
        <Table<Staff>
          rowKey="id"
          size="middle"
          loading={loading}
          columns={columns}
          dataSource={rows}
          scroll={{ x: 860 }}
          data-testid="staff-table"
          pagination={{
            current: query.page,
            pageSize: query.pageSize,
            total,
            showSizeChanger: true,
            showTotal: (count) => t('common.total', { count }),
            onChange: (page, pageSize) => setQuery((current) => ({ ...current, page, pageSize })),
          }}
        />
      </Card>
      <StaffFormDrawer
        open={drawer.open}
        editing={drawer.editing}
        departments={departments}
        onClose={() => setDrawer({ open: false, editing: null })}
        onSaved={() => {
          setDrawer({ open: false, editing: null });
          setReloads((n) => n + 1);
        }}
      />
    </div>
  );
}
