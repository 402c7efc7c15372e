import { useMutation } from '@tanstack/react-query';
import { App, Button, Card, Checkbox, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { type CaseAction, type CaseNode, type CaseView, takeAction } from '../../api/cases.ts';
import { useI18n } from '../../i18n/index.tsx';
import { ReasonsDialog } from './ReasonsDialog.tsx';
import { useCaseActed } from './useCase.ts';

type NodeDecision = Extract<CaseAction, 'node_approve' | 'node_return' | 'node_reject'>;
const DECISIONS: NodeDecision[] = ['node_approve', 'node_return', 'node_reject'];

interface NodeDecisionPanelProps {
  c: CaseView;
  node: CaseNode;
  onDone: (c: CaseView) => void;
}

/**
 * An approver decides their department's node: every entry of the node's standard checklist must be ticked to
 * approve; returning or refusing needs reasons, which go into the notice.
 */
export function NodeDecisionPanel({ c, node, onDone }: NodeDecisionPanelProps) {
  const { t, label, errorText } = useI18n();
  const { message } = App.useApp();
  const [checked, setChecked] = useState<string[]>(node.checklist.filter((e) => e.checked).map((e) => e.id));
  const [comment, setComment] = useState('');
  const acted = useCaseActed();
  const [asking, setAsking] = useState<NodeDecision | null>(null);
  const allTicked = node.checklist.every((entry) => checked.includes(entry.id));
  const offered = DECISIONS.filter((action) => c.actions.includes(action));

  const deciding = useMutation({
    mutationFn: ({ action, reasons }: { action: NodeDecision; reasons?: string[] }) =>
      takeAction(c.id, action, {
        nodeId: node.nodeId,
        ...(checked.length > 0 && action !== 'node_return' ? { checked } : {}),
        ...(comment.trim() ? { comment: comment.trim() } : {}),
        ...(reasons ? { reasons } : {}),
      }),
    onSuccess: (updated, { action }) => {
      setAsking(null);
      void message.success(t('action.done', { action: label('caseAction', action) }));
      acted(updated);
      onDone(updated);
    },
    onError: (error) => void message.error(errorText(error)),
  });
  const running = deciding.isPending ? deciding.variables.action : null;
  const run = (action: NodeDecision, reasons?: string[]) =>
    deciding.mutate({ action, ...(reasons ? { reasons } : {}) });

  return (
    <Card
      size="small"
      className="decision-panel"
      title={t('case.decision', { node: node.name })}
      data-testid={`decision-${node.nodeId}`}
    >
      <Typography.Text type="secondary" className="small">
        {t('case.nodeChecklist')}
      </Typography.Text>
      {node.checklist.length === 0 ? (
        <div className="muted small decision-empty">{t('case.nodeChecklistEmpty')}</div>
      ) : (
        <ul className="node-check-list">
          {node.checklist.map((entry) => (
            <li key={entry.id}>
              <Checkbox
                checked={checked.includes(entry.id)}
                onChange={(event) =>
                  setChecked((current) =>
                    event.target.checked ? [...current, entry.id] : current.filter((id) => id !== entry.id),
                  )
                }
                data-testid={`node-check-${entry.id}`}
              >
                {entry.text}
              </Checkbox>
            </li>
          ))}
        </ul>
      )}
      <Input.TextArea
        rows={2}
        value={comment}
        maxLength={1000}
        onChange={(event) => setComment(event.target.value)}
        placeholder={t('case.commentPlaceholder')}
        aria-label={t('case.comment')}
        className="decision-comment"
        data-testid="decision-comment"
      />
      <Space wrap>
        {offered.map((action) => (
          <Button
            key={action}
            type={action === 'node_approve' ? 'primary' : 'default'}
            danger={action === 'node_reject'}
            loading={running === action}
            disabled={(running !== null && running !== action) || (action === 'node_approve' && !allTicked)}
            title={action === 'node_approve' && !allTicked ? t('case.tickAll') : undefined}
            onClick={() => (action === 'node_approve' ? void run(action) : setAsking(action))}
            data-testid={`action-${action}`}
          >
            {label('caseAction', action)}
          </Button>
        ))}
      </Space>
      <ReasonsDialog
        open={asking !== null}
        title={asking ? label('caseAction', asking) : ''}
        suggestions={
          asking === 'node_return'
            ? [t('reasons.suggest.incomplete'), t('reasons.suggest.mismatch')]
            : asking === 'node_reject'
              ? [t('reasons.suggest.conditions')]
              : undefined
        }
        submitting={running !== null}
        onSubmit={(reasons) => asking && void run(asking, reasons)}
        onCancel={() => setAsking(null)}
      />
    </Card>
  );
}
