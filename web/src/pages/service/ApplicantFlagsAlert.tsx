import { Alert } from 'antd';
import type { ApplicantFlag } from '../../api/cases.ts';
import { useI18n } from '../../i18n/index.tsx';

/** 先信任后审批: the applicant's earlier declarations the cross-check found untrue, shown when they apply again. */
export function ApplicantFlagsAlert({ flags }: { flags: ApplicantFlag[] | undefined }) {
  const { t, formatDateTime } = useI18n();
  if (!flags?.length) return null;
  return (
    <Alert
      type="error"
      showIcon
      className="form-alert"
      data-testid="applicant-flags"
      title={t('case.applicantFlags', { count: flags.length })}
      description={
        <>
          <ul className="applicant-flags">
            {flags.map((f) => (
              <li key={`${f.caseNo}-${f.predicate}`}>
                {f.itemName} · <span className="mono">{f.caseNo}</span> · {formatDateTime(f.raisedAt)}
              </li>
            ))}
          </ul>
          <div>{t('case.applicantFlagsHint')}</div>
        </>
      }
    />
  );
}
