import { useMutation } from '@tanstack/react-query';
import { App, Button, Card, Col, Result, Row, Skeleton } from 'antd';
import { useParams } from 'react-router-dom';
import { type CaseView, type ChecklistChanges, recordChecklist, runVerifications } from '../../api/cases.ts';
import { useUser } from '../../auth/AuthContext.tsx';
import { DocumentsCard } from '../../components/DocumentsCard.tsx';
import { useDepartmentName } from '../../hooks/useDepartments.ts';
import { useI18n } from '../../i18n/index.tsx';
import { CaseActionsCard } from './CaseActionsCard.tsx';
import { CaseHeader } from './CaseHeader.tsx';
import { CaseTimeline } from './CaseTimeline.tsx';
import { ChecklistPanel } from './ChecklistPanel.tsx';
import { NodeDecisionPanel } from './NodeDecisionPanel.tsx';
import { NodeStages } from './NodeStages.tsx';
import { useCase } from './useCase.ts';
import { VerificationPanel } from './VerificationPanel.tsx';

/** 办件详情 reads the case again this often while it is open (the departments move it meanwhile). */
const POLL_MS = 30_000;

/** 办件详情: the case's facts, its department nodes by stage, the record of events, and what this user can do. */
export default function CasePage() {
  const { id = '' } = useParams();
  const { c, error, show, reload } = useCase(id, POLL_MS);

  if (!c && error) return <CaseLoadError error={error} onRetry={reload} />;
  if (!c)
    return (
      <div className="page">
        <Card>
          <Skeleton active />
        </Card>
      </div>
    );
  return <CaseDetail c={c} onChanged={show} onReload={reload} />;
}

function CaseLoadError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t, errorText } = useI18n();
  return (
    <div className="page">
      <Result
        status="warning"
        title={t('case.notFound')}
        subTitle={errorText(error)}
        extra={<Button onClick={onRetry}>{t('common.retry')}</Button>}
      />
    </div>
  );
}

function CaseDetail({
  c,
  onChanged,
  onReload,
}: {
  c: CaseView;
  onChanged: (c: CaseView) => void;
  onReload: () => void;
}) {
  const { t, errorText } = useI18n();
  const { message } = App.useApp();
  const user = useUser();
  const departmentName = useDepartmentName();
  const myNodes = c.nodes.filter((n) => n.state === 'active' && n.departmentId === user.department?.id);
  const decides = c.actions.some((a) => a === 'node_approve' || a === 'node_return' || a === 'node_reject');
  // The clerk ticks materials and conditions here while the case is at the window: a desk case reopened from
  // 窗口待办 (checking), an online application in pre-review or correction.
  const atWindow = c.state === 'checking' || c.state === 'prereview' || c.state === 'correction';
  const checklistEditable = user.roles.includes('window_clerk') && atWindow;
  // The clerk may ask the departments again (跳转核验) while the checklist is theirs, e.g. on a pre-review.
  const verify = useMutation({
    mutationFn: runVerifications,
    onSuccess: onChanged,
    onError: (error) => void message.error(errorText(error)),
  });
  const saveChecklist = useMutation({
    mutationFn: (changes: ChecklistChanges) => recordChecklist(c.id, changes),
    onSuccess: onChanged,
    onError: (error) => {
      void message.error(errorText(error));
      onReload();
    },
  });

  return (
    <div className="page case-page">
      <CaseHeader c={c} onReload={onReload} />
      <Row gutter={[16, 16]} className="case-body">
        <Col xs={24} xl={15}>
          {decides &&
            myNodes.map((node) => (
              <NodeDecisionPanel
                key={`${node.id}-${c.timeline.length}`}
                c={c}
                node={node}
                onDone={onChanged}
              />
            ))}
          {(c.nodes.length > 0 || c.handlingType === 'commitment') && (
            <Card size="small" title={t('case.process')} className="case-card">
              <NodeStages c={c} departmentName={departmentName} />
            </Card>
          )}
          <Card size="small" title={t('case.checklist')} className="case-card">
            <VerificationPanel
              verifications={c.verifications ?? []}
              trustFirst={c.trustFirst}
              running={verify.isPending}
              {...(checklistEditable ? { onRun: () => verify.mutate(c.id) } : {})}
            />
            <ChecklistPanel
              c={c}
              onChange={checklistEditable ? (changes) => saveChecklist.mutate(changes) : undefined}
              onCaseChanged={onChanged}
            />
          </Card>
        </Col>
        <Col xs={24} xl={9}>
          <CaseActionsCard
            c={c}
            decides={decides}
            myNodes={myNodes}
            onChanged={onChanged}
            onReload={onReload}
          />
          <DocumentsCard caseId={c.id} version={c.timeline.length} />
          <Card size="small" title={t('case.timeline')} className="case-card">
            <CaseTimeline c={c} />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
