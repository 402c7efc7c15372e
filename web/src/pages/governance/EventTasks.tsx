import { Table, Tag } from 'antd';
import type { EventTask } from '../../api/governance.ts';
import { useI18n } from '../../i18n/index.tsx';

const TASK_STATE_COLOURS: Record<EventTask['state'], string> = {
  open: 'processing',
  done: 'success',
  returned: 'warning',
  cancelled: 'default',
};

/** The tasks the event gave out — confirm on site, dispose, check — with whom, their due time and outcome. */
export function EventTasks({ tasks }: { tasks: EventTask[] }) {
  const { t, label, formatDateTime } = useI18n();
  return (
    <Table<EventTask>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={tasks}
      data-testid="event-tasks"
      locale={{ emptyText: t('common.none') }}
      scroll={{ x: true }}
      columns={[
        { key: 'kind', title: t('gov.task.kind'), render: (_, task) => label('govTask', task.kind) },
        {
          key: 'who',
          title: t('gov.task.who'),
          render: (_, task) =>
            task.unitId ? (task.unitName ?? task.unitId) : task.userId ? t('gov.task.gridWorker') : '—',
        },
        {
          key: 'state',
          title: t('gov.task.state'),
          render: (_, task) => (
            <Tag color={TASK_STATE_COLOURS[task.state]} bordered={false}>
              {label('govTaskState', task.state)}
            </Tag>
          ),
        },
        {
          key: 'due',
          title: t('gov.task.due'),
          render: (_, task) => (
            <span className="nowrap">{task.dueAt ? formatDateTime(task.dueAt) : '—'}</span>
          ),
        },
        {
          key: 'done',
          title: t('gov.task.done'),
          render: (_, task) => (
            <span className="nowrap">{task.doneAt ? formatDateTime(task.doneAt) : '—'}</span>
          ),
        },
      ]}
    />
  );
}
