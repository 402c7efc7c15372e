import { Alert, Card, Empty } from 'antd';
import type { CaseAction, CaseNode, CaseView } from '../../api/cases.ts';
import { useI18n } from '../../i18n/index.tsx';
import { CaseActionButtons } from './CaseActionButtons.tsx';
import { ShortfallAlert } from './ChecklistPanel.tsx';
import { blockingCount, windowButtonDisabled } from './checklist.ts';

/** Actions of the bar; department decisions live in their node's panel. */
const BAR_ACTIONS: CaseAction[] = [
  'seal',
  'resubmit',
  'complete_instant',
  'accept',
  'prereview_accept',
  'request_correction',
  'resume',
  'suspend',
  'notify_incomplete',
  'refuse',
  'withdraw',
];

/** 办理操作: what this user may do with the case now, or why there is nothing (a node decision, 待用印). */
export function CaseActionsCard({
  c,
  decides,
  myNodes,
  onChanged,
  onReload,
}: {
  c: CaseView;
  /** The user decides one of the case's department nodes (in its own panel). */
  decides: boolean;
  myNodes: CaseNode[];
  onChanged: (c: CaseView) => void;
  onReload: () => void;
}) {
  const { t, label } = useI18n();
  const barActions = BAR_ACTIONS.filter((a) => c.actions.includes(a));
  const checking = c.state === 'checking';
  return (
    <Card size="small" title={t('case.actions')} className="case-card">
      {barActions.length > 0 ? (
        <>
          {checking && (
            <ShortfallAlert
              shortfall={c.shortfall}
              blockingVerifications={blockingCount(c)}
              actionLabel={label('caseAction', c.handlingType === 'instant' ? 'complete_instant' : 'accept')}
            />
          )}
          <CaseActionButtons
            c={c}
            actions={barActions}
            onDone={onChanged}
            onFailed={onReload}
            buttonProps={(action) => ({
              disabled: checking && windowButtonDisabled(c, action, false),
            })}
          />
        </>
      ) : (
        !decides && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('case.noActions')} />
      )}
      {decides && barActions.length === 0 && (
        <Alert
          type="info"
          showIcon
          title={t('case.decision', { node: myNodes.map((n) => n.name).join('、') })}
        />
      )}
      {c.state === 'awaiting_seal' && !c.actions.includes('seal') && (
        <div className="muted small">{label('caseState', c.state)}</div>
      )}
    </Card>
  );
}
