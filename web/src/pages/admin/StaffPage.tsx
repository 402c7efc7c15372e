import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { STAFF_ROLES } from '@yimen/shared/roles';
import { Alert, Button, Card, Input, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { listStaff, type StaffQuery, staffKeys } from '../../api/staff.ts';
import type { Staff } from '../../api/types.ts';
import { useDepartments } from '../../hooks/useDepartments.ts';
import { useI18n } from '../../i18n/index.tsx';
import { StaffFormDrawer } from './StaffFormDrawer.tsx';
import { useStaffColumns } from './useStaffColumns.tsx';

/** 人员管理: list, filter, create and edit staff accounts (administrators only). */
export default function StaffPage() {
  const { t, label, departmentName, errorText } = useI18n();
  const departments = useDepartments();
  const [query, setQuery] = useState<StaffQuery>({ page: 1, pageSize: 20 });
  const [searchText, setSearchText] = useState('');
  const [drawer, setDrawer] = useState<{ open: boolean; editing: Staff | null }>({
    open: false,
    editing: null,
  });

  const staff = useQuery({
    queryKey: staffKeys.list(query),
    queryFn: ({ signal }) => listStaff(query, signal),
    placeholderData: keepPreviousData,
  });
  const error = staff.isError ? errorText(staff.error) : null;

  const filter = (changes: Partial<StaffQuery>) =>
    setQuery((current) => ({ ...current, ...changes, page: 1 }));

  const columns = useStaffColumns((staff) => setDrawer({ open: true, editing: staff }));

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
          loading={staff.isFetching}
          columns={columns}
          dataSource={staff.data?.items ?? []}
          scroll={{ x: 860 }}
          data-testid="staff-table"
          pagination={{
            current: query.page,
            pageSize: query.pageSize,
            total: staff.data?.total ?? 0,
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
        onSaved={() => setDrawer({ open: false, editing: null })}
      />
    </div>
  );
}
