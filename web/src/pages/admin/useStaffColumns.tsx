import { EditOutlined } from '@ant-design/icons';
import { Badge, Button, type TableProps, Typography } from 'antd';
import type { Staff } from '../../api/types.ts';
import { RoleTags } from '../../components/RoleTags.tsx';
import { useI18n } from '../../i18n/index.tsx';

/** The columns of the staff table: who, their roles, department, jurisdiction, whether active, and 编辑. */
export function useStaffColumns(onEdit: (staff: Staff) => void): TableProps<Staff>['columns'] {
  const { t, label, departmentName, formatDateTime } = useI18n();
  return [
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
          onClick={() => onEdit(staff)}
          data-testid={`staff-edit-${staff.username}`}
        >
          {t('common.edit')}
        </Button>
      ),
    },
  ];
}
