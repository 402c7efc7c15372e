import { Empty, Steps, Tag, Typography } from 'antd';
import type { CaseNode, CaseView } from '../../api/cases.ts';
import { useNow } from '../../hooks/useNow.ts';
import { useI18n } from '../../i18n/index.tsx';
import { noNodesNote, stageStatus, stagesOf } from './checklist.ts';
import { TimeLeft } from './TimeLeft.tsx';

const NODE_COLOURS: Record<CaseNode['state'], string> = {
  waiting: 'default',
  active: 'processing',
  approved: 'success',
  rejected: 'error',
  returned: 'warning',
  cancelled: 'default',
};

/** The case's department nodes by stage (the nodes of a stage side by side: they run in parallel). */
export function NodeStages({
  c,
  departmentName,
}: {
  c: Pick<CaseView, 'nodes' | 'handlingType' | 'acceptedAt' | 'state'>;
  departmentName: (id: string) => string;
}) {
  const { t, label, formatDateTime } = useI18n();
  const now = useNow(30_000);
  const stages = stagesOf(c.nodes);
  // The case view carries nodes only from acceptance on; before that there is no stage to list.
  if (stages.length === 0)
    return (
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(noNodesNote(c))} data-testid="no-process" />
    );
  return (
    <Steps
      orientation="vertical"
      size="small"
      className="node-stages"
      items={stages.map((stage) => ({
        key: stage.index,
        status: stageStatus(stage.nodes),
        title: (
          <span>
            {t('case.stage', { index: stage.index + 1, name: stage.name })}
            {stage.nodes.length > 1 && (
              <Typography.Text type="secondary" className="small">
                {' '}
                · {t('case.parallel')}
              </Typography.Text>
            )}
          </span>
        ),
        content: (
          <div className="node-row">
            {stage.nodes.map((node) => (
              <div
                key={node.id}
                className={`node-card node-${node.state}`}
                data-testid={`node-${node.nodeId}`}
              >
                <div className="node-card-head">
                  <strong>{node.name}</strong>
                  <Tag color={NODE_COLOURS[node.state]} className="node-state-tag">
                    {label('nodeState', node.state)}
                  </Tag>
                </div>
                <div className="muted small">{departmentName(node.departmentId)}</div>
                <div className="small">{t('case.limitDays', { days: node.limitDays })}</div>
                {node.dueAt && node.state === 'active' && (
                  <div className="small">
                    {t('case.dueAt', { time: formatDateTime(node.dueAt) })}
                    <br />
                    <TimeLeft msLeft={new Date(node.dueAt).getTime() - now} />
                  </div>
                )}
                {node.decidedAt && (
                  <div className="small muted">
                    {t('case.decidedAt', { time: formatDateTime(node.decidedAt) })}
                  </div>
                )}
                {(node.overdue || node.escalated) && (
                  <div>
                    {node.overdue && <Tag color="red">{t('case.overdue')}</Tag>}
                    {node.escalated && <Tag color="volcano">{t('case.escalated')}</Tag>}
                  </div>
                )}
                {node.comment && <div className="node-comment small">{node.comment}</div>}
              </div>
            ))}
          </div>
        ),
      }))}
    />
  );
}
