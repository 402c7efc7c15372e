import { FileTextOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Descriptions, Empty, Result, Row, Skeleton, Tag } from 'antd';
import { useCallback, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import {
  type CaseAction,
  type CaseView,
  type ChecklistChanges,
  getCase,
  recordChecklist,
  runVerifications,
  TERMINAL_STATES,
} from '../../api/cases.ts';
import { useUser } from '../../auth/AuthContext.tsx';
import { DocumentsCard } from '../../components/DocumentsCard.tsx';
import { RecordTitle } from '../../components/RecordTitle.tsx';
import { useDepartmentName } from '../../hooks/useDepartments.ts';
import { useNow } from '../../hooks/useNow.ts';
import { usePolling } from '../../hooks/usePolling.ts';
import { useI18n } from '../../i18n/index.tsx';
import { ApplicantFlagsAlert } from './ApplicantFlagsAlert.tsx';
import { CaseActionButtons } from './CaseActionButtons.tsx';
import { CaseStateTag, HandlingTag } from './CaseTags.tsx';
import { CaseTimeline } from './CaseTimeline.tsx';
import { ChecklistPanel, ShortfallAlert } from './ChecklistPanel.tsx';
import { blockingCount, windowButtonDisabled } from './checklist.ts';
import { NodeDecisionPanel } from './NodeDecisionPanel.tsx';
import { NodeStages } from './NodeStages.tsx';
import { TimeLeft } from './TimeLeft.tsx';
import { VerificationPanel } from './VerificationPanel.tsx';

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

/** 办件详情: the case's facts, its department nodes by stage, the record of events, and what this user can do. */
export default function CasePage() {
  const { id = '' } = useParams();
  const load = useCallback((signal: AbortSignal) => getCase(id, signal), [id]);
  const polled = usePolling(load, 30_000, id);
  // An action's answer is the newest case: it shows at once, until a poll answers after it.
  const [answer, setAnswer] = useState<{ c: CaseView; at: number } | null>(null);
  const c = answer && answer.c.id === id && answer.at >= polled.fetchedAt ? answer.c : polled.data;

  if (!c && polled.error) return <CaseLoadError error={polled.error} onRetry={polled.reload} />;
  if (!c)
    return (
      <div className="page">
        <Card>
          <Skeleton active />
        </Card>
      </div>
    );
  return (
    <CaseDetail
      c={c}
      onChanged={(updated) => setAnswer({ c: updated, at: Date.now() })}
      onReload={polled.reload}
    />
  );
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
  const { t, label, errorText, formatDate, formatDateTime } = useI18n();
  const { message } = App.useApp();
  const user = useUser();
  const departmentName = useDepartmentName();
  const now = useNow(30_000);
  const myNodes = c.nodes.filter((n) => n.state === 'active' && n.departmentId === user.department?.id);
  const decides = c.actions.some((a) => a === 'node_approve' || a === 'node_return' || a === 'node_reject');
  const barActions = BAR_ACTIONS.filter((a) => c.actions.includes(a));
  const running = !TERMINAL_STATES.has(c.state);
  // The clerk ticks materials and conditions here while the case is at the window: a desk case reopened from
  // 窗口待办 (checking), an online application in pre-review or correction.
  const atWindow = c.state === 'checking' || c.state === 'prereview' || c.state === 'correction';
  const checklistEditable = user.roles.includes('window_clerk') && atWindow;
  const checking = c.state === 'checking';
  // The clerk may ask the departments again (跳转核验) while the checklist is theirs, e.g. on a pre-review.
  const [verifying, setVerifying] = useState(false);
  const verify = async () => {
    setVerifying(true);
    try {
      onChanged(await runVerifications(c.id));
    } catch (error) {
      void message.error(errorText(error));
    } finally {
      setVerifying(false);
    }
  };
  const saveChecklist = (changes: ChecklistChanges) =>
    void recordChecklist(c.id, changes).then(onChanged, (error: unknown) => {
      void message.error(errorText(error));
      onReload();
    });

  return (
    <div className="page case-page">
      <Card className="case-header">
        <div className="case-header-top">
          <div>
            <RecordTitle
              title={c.caseNo}
              titleClassName="mono"
              titleTestId="case-no"
              onReload={onReload}
              reloadTestId="case-reload"
            >
              <CaseStateTag state={c.state} testId="case-state" />
              <HandlingTag type={c.handlingType} />
              {c.trustFirst && <Tag>{t('desk.trustFirst')}</Tag>}
              {c.flagged && <Tag color="red">{t('case.flagged')}</Tag>}
            </RecordTitle>
            <div className="case-header-item">
              <strong>{c.item.name}</strong>
              <Link to={`/guide/${encodeURIComponent(c.item.code)}`} className="case-guide-link">
                <FileTextOutlined /> {t('desk.guide')}
              </Link>
            </div>
          </div>
          <div className="case-header-due">
            {c.promisedDueAt && (
              <>
                <div className="muted small">{t('case.promisedDueAt')}</div>
                <div className="case-due-date">{formatDate(c.promisedDueAt)}</div>
                {running && <TimeLeft msLeft={new Date(c.promisedDueAt).getTime() - now} />}
              </>
            )}
          </div>
        </div>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, lg: 4 }}
          className="case-facts"
          items={[
            {
              key: 'applicant',
              label: t('case.applicant'),
              children: `${c.applicant.name}（${t(`case.applicantKind.${c.applicant.kind}`)}）`,
            },
            {
              key: 'department',
              label: t('board.department'),
              children: departmentName(c.item.departmentId),
            },
            { key: 'window', label: t('case.window'), children: c.windowNo ?? '—' },
            { key: 'created', label: t('case.createdAt'), children: formatDateTime(c.createdAt) },
            ...(c.acceptedAt
              ? [{ key: 'accepted', label: t('case.acceptedAt'), children: formatDateTime(c.acceptedAt) }]
              : []),
            ...(c.completedAt
              ? [{ key: 'completed', label: t('case.completedAt'), children: formatDateTime(c.completedAt) }]
              : []),
            { key: 'visits', label: t('case.visits'), children: c.visits },
            ...(c.closedReason
              ? [{ key: 'reason', label: t('case.closedReason'), children: c.closedReason }]
              : []),
          ]}
        />
        <ApplicantFlagsAlert flags={c.applicantFlags} />
      </Card>
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
              running={verifying}
              {...(checklistEditable ? { onRun: () => void verify() } : {})}
            />
            <ChecklistPanel
              c={c}
              onChange={checklistEditable ? saveChecklist : undefined}
              onCaseChanged={onChanged}
            />
          </Card>
        </Col>
        <Col xs={24} xl={9}>
          <Card size="small" title={t('case.actions')} className="case-card">
            {barActions.length > 0 ? (
              <>
                {checking && (
                  <ShortfallAlert
                    shortfall={c.shortfall}
                    blockingVerifications={blockingCount(c)}
                    actionLabel={label(
                      'caseAction',
                      c.handlingType === 'instant' ? 'complete_instant' : 'accept',
                    )}
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
          <DocumentsCard caseId={c.id} version={c.timeline.length} />
          <Card size="small" title={t('case.timeline')} className="case-card">
            <CaseTimeline c={c} />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
