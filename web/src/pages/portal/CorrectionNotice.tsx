import { Alert } from 'antd';
import type { CaseView } from '../../api/cases.ts';
import { useI18n } from '../../i18n/index.tsx';
import { CaseActionButtons } from '../service/CaseActionButtons.tsx';
import { correctionRequest } from './portal-case.ts';

/** 需补正: why the case came back to the applicant, what to do, and 提交补正 once the files are up. */
export function CorrectionNotice({ c, onChanged }: { c: CaseView; onChanged: (c: CaseView) => void }) {
  const { t, label, formatDateTime } = useI18n();
  const request = correctionRequest(c.timeline);
  // A department's return names its node; the window's request names the clerk.
  const node = c.nodes.find((n) => request?.event.nodeId && n.nodeId === request.event.nodeId);
  const who = node?.name ?? request?.event.actor;
  return (
    <Alert
      type="warning"
      showIcon
      className="correction-notice"
      data-testid="correction-notice"
      title={<strong>{t('portalCase.correction')}</strong>}
      description={
        <>
          {request && request.reasons.length > 0 && (
            <ol className="correction-reasons" data-testid="correction-reasons">
              {request.reasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ol>
          )}
          {request && (
            <div className="muted small">
              {t('portalCase.correctionFrom', {
                time: formatDateTime(request.event.at),
                who: who ?? label('caseEvent', request.event.action),
              })}
            </div>
          )}
          <p className="correction-hint">{t('portalCase.correctionHint')}</p>
          <CaseActionButtons
            c={c}
            actions={['resubmit']}
            onDone={onChanged}
            texts={{ resubmit: { label: t('portalCase.resubmit') } }}
          />
        </>
      }
    />
  );
}
