import { Tag, Tooltip } from 'antd';
import { useCallback } from 'react';
import type { EventState, EventSummary, Severity } from '../../api/governance.ts';
import { useI18n } from '../../i18n/index.tsx';
import { SEVERITY_TAG_COLOURS, STATE_TAG_COLOURS } from './event-state.ts';

/** The event state as a coloured tag; `citizen` words it for the reporter. */
export function EventStateTag({
  state,
  testId,
  citizen = false,
}: {
  state: EventState;
  testId?: string;
  citizen?: boolean;
}) {
  const { label } = useI18n();
  return (
    <Tag
      color={STATE_TAG_COLOURS[state] ?? 'default'}
      data-testid={testId}
      data-state={state}
      className="gov-state-tag"
    >
      {label(citizen ? 'govCitizenState' : 'govState', state)}
    </Tag>
  );
}

/** 一般 stays quiet; 紧急 and 重大 stand out. */
export function SeverityTag({ severity }: { severity: Severity }) {
  const { label } = useI18n();
  if (severity === 'general') return null;
  return (
    <Tag color={SEVERITY_TAG_COLOURS[severity]} className="gov-severity-tag">
      {label('severity', severity)}
    </Tag>
  );
}

/** 督办, 返工 and 改派 marks, shown beside the state where they apply. */
export function EventMarks({
  e,
}: {
  e: Pick<EventSummary, 'supervisedAt' | 'reworkCount' | 'sendbackCount'>;
}) {
  const { t, formatDateTime } = useI18n();
  return (
    <>
      {e.supervisedAt && (
        <Tooltip title={formatDateTime(e.supervisedAt)}>
          <Tag color="magenta" data-testid="mark-supervised">
            {t('gov.mark.supervised')}
          </Tag>
        </Tooltip>
      )}
      {e.reworkCount > 0 && <Tag color="gold">{t('gov.mark.rework', { count: e.reworkCount })}</Tag>}
      {e.sendbackCount > 0 && <Tag color="cyan">{t('gov.mark.sentBack', { count: e.sendbackCount })}</Tag>}
    </>
  );
}

/** The class as the screens name it: the English name in English where there is one. */
export function useClassName(): (e: Pick<EventSummary, 'className' | 'classNameEn'>) => string {
  const { locale } = useI18n();
  return useCallback((e) => (locale === 'en-US' && e.classNameEn ? e.classNameEn : e.className), [locale]);
}
