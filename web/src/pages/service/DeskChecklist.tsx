import { CheckSquareOutlined, FileTextOutlined, LoadingOutlined } from '@ant-design/icons';
import { Button, Card, Space, Tag } from 'antd';
import { type RefObject, useState } from 'react';
import { Link } from 'react-router-dom';
import type { CaseAction, CaseView } from '../../api/cases.ts';
import { ApiError } from '../../api/client.ts';
import { useI18n } from '../../i18n/index.tsx';
import { ApplicantFlagsAlert } from './ApplicantFlagsAlert.tsx';
import { CaseActionButtons } from './CaseActionButtons.tsx';
import { CaseStateTag, HandlingTag } from './CaseTags.tsx';
import { ChecklistPanel, ShortfallAlert } from './ChecklistPanel.tsx';
import {
  allReceivedChanges,
  blockingCount,
  undecidedSituational,
  windowButtonDisabled,
} from './checklist.ts';
import { SituationDialog } from './SituationDialog.tsx';
import type { DeskCase } from './useDeskCase.ts';
import { VerificationPanel } from './VerificationPanel.tsx';

/** The window's own actions while checking, in the order of the bar. */
const DESK_ACTIONS: CaseAction[] = ['complete_instant', 'accept', 'notify_incomplete', 'refuse', 'withdraw'];
const PRIMARY: ReadonlySet<CaseAction> = new Set(['complete_instant', 'accept']);

/** The case being checked: the one standard checklist, the departments' answers and the window's actions. */
export function DeskChecklist({
  c,
  desk,
  allReceivedRef,
}: {
  c: CaseView;
  desk: DeskCase;
  allReceivedRef: RefObject<HTMLButtonElement | null>;
}) {
  const { t, label } = useI18n();
  const [askingSituation, setAskingSituation] = useState(false);
  const blocking = blockingCount(c);
  const primary = c.actions.find((action) => PRIMARY.has(action));
  return (
    <Card
      className="desk-card desk-right"
      title={
        <span className="desk-case-title">
          {t('desk.checklist')} · {c.item.name}
        </span>
      }
    >
      <Space size={6} wrap className="desk-case-meta">
        <span className="mono" data-testid="case-no">
          {c.caseNo}
        </span>
        <CaseStateTag state={c.state} testId="case-state" />
        <HandlingTag type={c.handlingType} />
        {c.trustFirst && <Tag>{t('desk.trustFirst')}</Tag>}
      </Space>
      <ApplicantFlagsAlert flags={c.applicantFlags} />
      <div className="desk-toolbar">
        <Button
          ref={allReceivedRef}
          icon={<CheckSquareOutlined />}
          onClick={() =>
            undecidedSituational(c.checklist.materials).length > 0
              ? setAskingSituation(true)
              : desk.save(allReceivedChanges(c.checklist.materials))
          }
          data-testid="all-received"
        >
          {t('desk.allReceived')}
        </Button>
        <Link to={`/guide/${encodeURIComponent(c.item.code)}`} target="_blank">
          <FileTextOutlined /> {t('desk.guide')}
        </Link>
        <span className="desk-saving muted small" aria-live="polite">
          {desk.saving ? (
            <>
              <LoadingOutlined /> {t('desk.saving')}
            </>
          ) : null}
        </span>
      </div>
      <VerificationPanel
        verifications={c.verifications ?? []}
        trustFirst={c.trustFirst}
        running={desk.verifying}
        onRun={() => desk.verify(c.id)}
      />
      <ChecklistPanel c={c} onChange={desk.save} onCaseChanged={desk.show} />
      <SituationDialog
        open={askingSituation}
        materials={undecidedSituational(c.checklist.materials)}
        onCancel={() => setAskingSituation(false)}
        onDone={(applies) => {
          setAskingSituation(false);
          desk.save(
            allReceivedChanges(c.checklist.materials, {
              applies,
              notApplicable: (m) => t('desk.situationNotApplicable', { condition: m.condition ?? m.name }),
            }),
          );
        }}
      />
      <div className="desk-action-bar">
        <ShortfallAlert
          shortfall={c.shortfall}
          blockingVerifications={blocking}
          actionLabel={primary ? label('caseAction', primary) : t('caseAction.accept')}
        />
        <CaseActionButtons
          c={c}
          actions={DESK_ACTIONS}
          size="large"
          onDone={desk.show}
          onFailed={(error) => {
            if (error instanceof ApiError && (error.field === 'checklist' || error.field === 'verifications'))
              desk.reload(c.id);
          }}
          buttonProps={(action) => ({
            disabled: windowButtonDisabled(c, action, desk.saving || desk.verifying),
          })}
        />
      </div>
    </Card>
  );
}
