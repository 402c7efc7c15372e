import { Timeline } from 'antd';
import type { EventLogEntry } from '../../api/governance.ts';
import { type MessageKey, useI18n } from '../../i18n/index.tsx';
import { citizenStep, collapsePhotos } from './citizen-words.ts';

const GOOD = new Set(['confirm', 'dispose', 'check_pass', 'rate']);
const BAD = new Set(['reject', 'void', 'check_fail']);

/** The report's progress as the reporter reads it: one plain sentence per step, with the reasons or the note. */
export function CitizenTimeline({ timeline }: { timeline: EventLogEntry[] }) {
  const { t, label, locale, formatDateTime } = useI18n();
  const lang = locale === 'en-US' ? 'en' : 'zh';
  return (
    <Timeline
      className="gov-timeline"
      data-testid="my-report-timeline"
      items={collapsePhotos(timeline).map((entry, index) => {
        const step = citizenStep(entry, lang);
        const sentence =
          step.step === 'other'
            ? t('govStep.other', { state: step.to ? label('govCitizenState', step.to) : '—' })
            : t(`govStep.${step.step}` as MessageKey, { rating: step.rating ?? 0, count: entry.photos ?? 1 });
        return {
          key: `${entry.at}-${index}`,
          color: GOOD.has(step.step) ? 'green' : BAD.has(step.step) ? 'red' : 'blue',
          content: (
            <div className="timeline-event" data-step={step.step}>
              <div className="small muted">{formatDateTime(entry.at)}</div>
              <div>{sentence}</div>
              {step.detail && <div className="small muted">{step.detail}</div>}
            </div>
          ),
        };
      })}
    />
  );
}
