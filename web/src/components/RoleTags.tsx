import { Tag } from 'antd';
import { useI18n } from '../i18n/index.tsx';

const ROLE_COLOURS: Record<string, string> = {
  administrator: 'red',
  supervisor: 'volcano',
  data_officer: 'purple',
  command_operator: 'geekblue',
  grid_worker: 'green',
  department_handler: 'cyan',
  window_clerk: 'blue',
  department_approver: 'gold',
  inspector: 'lime',
  citizen: 'default',
  enterprise_agent: 'default',
};

export function RoleTags({ roles, max }: { roles: readonly string[]; max?: number }) {
  const { label } = useI18n();
  const shown = max === undefined ? roles : roles.slice(0, max);
  return (
    <span className="role-tags">
      {shown.map((role) => (
        <Tag key={role} color={ROLE_COLOURS[role] ?? 'default'}>
          {label('role', role)}
        </Tag>
      ))}
      {shown.length < roles.length && <Tag>+{roles.length - shown.length}</Tag>}
    </span>
  );
}
