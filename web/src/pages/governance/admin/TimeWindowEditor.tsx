import { ClockCircleOutlined } from '@ant-design/icons';
import { Button, Checkbox, Popover, Space, Switch, TimePicker, Typography } from 'antd';
import dayjs from 'dayjs';
import type { RuleTimeWindow } from '../../../api/governance.ts';
import { type MessageKey, useI18n } from '../../../i18n/index.tsx';
import { WithError } from './RuleFields.tsx';
import { crossesMidnight, DEFAULT_WINDOW, daysLabel } from './rules-draft.ts';

const DAYS = [1, 2, 3, 4, 5, 6, 7] as const;
/** 1 = Monday … 7 = Sunday, as the server counts. */
const DAY_NAMES: readonly MessageKey[] = [
  'gov.rules.day1',
  'gov.rules.day2',
  'gov.rules.day3',
  'gov.rules.day4',
  'gov.rules.day5',
  'gov.rules.day6',
  'gov.rules.day7',
];
const dayName = (n: number) => DAY_NAMES[n - 1]!;
const CLOCK_FORMAT = 'HH:mm';
const asTime = (clock: string) => dayjs(`2000-01-01T${clock}`);

/** A clock time ("22:00") in five-minute steps; it always has one, so it cannot be cleared. */
function ClockPicker({
  value,
  onChange,
  label,
  testId,
}: {
  value: string;
  onChange: (clock: string) => void;
  label: string;
  testId: string;
}) {
  return (
    <TimePicker
      size="small"
      format={CLOCK_FORMAT}
      minuteStep={5}
      allowClear={false}
      needConfirm={false}
      value={asTime(value)}
      onChange={(time) => time && onChange(time.format(CLOCK_FORMAT))}
      aria-label={label}
      data-testid={testId}
    />
  );
}

/** The days and hours of a line in words, e.g. "每天 22:00–06:00（次日）"; "全天" without a window. */
export function useWindowText(): (w: RuleTimeWindow | null) => string {
  const { t } = useI18n();
  return (w) => {
    if (!w) return t('gov.rules.anyTime');
    const days = daysLabel(w.days, {
      everyDay: t('gov.rules.everyDay'),
      workdays: t('gov.rules.workdays'),
      weekend: t('gov.rules.weekend'),
      day: (n) => t(dayName(n)),
      separator: t('gov.rules.daySeparator'),
    });
    const next = crossesMidnight(w) ? t('gov.rules.nextDay') : '';
    return `${days} ${w.from}–${w.to}${next}`;
  };
}

/** When a line applies: always, or on some days between two clock times (a window may run past midnight). */
export function TimeWindowEditor({
  value,
  onChange,
  error,
  testId,
}: {
  value: RuleTimeWindow | null;
  onChange: (w: RuleTimeWindow | null) => void;
  error?: string;
  testId: string;
}) {
  const { t } = useI18n();
  const text = useWindowText();
  const w = value;
  const set = (changes: Partial<RuleTimeWindow>) => w && onChange({ ...w, ...changes });
  const editor = (
    <div className="rule-window-editor" data-testid={`${testId}-editor`}>
      <Space>
        <Switch
          size="small"
          checked={w !== null}
          onChange={(on) => onChange(on ? { ...DEFAULT_WINDOW } : null)}
          data-testid={`${testId}-toggle`}
        />
        <span>{t('gov.rules.windowLimit')}</span>
      </Space>
      {w && (
        <>
          <div className="rule-window-quick">
            <Button size="small" type="link" onClick={() => set({ days: [...DAYS] })}>
              {t('gov.rules.everyDay')}
            </Button>
            <Button size="small" type="link" onClick={() => set({ days: [1, 2, 3, 4, 5] })}>
              {t('gov.rules.workdays')}
            </Button>
            <Button size="small" type="link" onClick={() => set({ days: [6, 7] })}>
              {t('gov.rules.weekend')}
            </Button>
          </div>
          <Checkbox.Group
            value={w.days}
            onChange={(days) => set({ days: [...(days as number[])].sort((a, b) => a - b) })}
            options={DAYS.map((d) => ({ value: d, label: t(dayName(d)) }))}
            data-testid={`${testId}-days`}
          />
          <Space wrap className="rule-window-clock">
            <ClockPicker
              value={w.from}
              onChange={(from) => set({ from })}
              label={t('gov.rules.windowFrom')}
              testId={`${testId}-from`}
            />
            <span>–</span>
            <ClockPicker
              value={w.to}
              onChange={(to) => set({ to })}
              label={t('gov.rules.windowTo')}
              testId={`${testId}-to`}
            />
          </Space>
          <Typography.Text type="secondary" className="small">
            {t('gov.rules.windowHint')}
          </Typography.Text>
        </>
      )}
    </div>
  );
  return (
    <WithError error={error}>
      <Popover content={editor} trigger="click" placement="bottomLeft" title={t('gov.rules.window')}>
        <Button
          size="small"
          icon={<ClockCircleOutlined />}
          danger={Boolean(error)}
          className={`rule-window-button${w ? ' rule-window-on' : ''}`}
          title={text(w)}
          data-testid={testId}
        >
          {text(w)}
        </Button>
      </Popover>
    </WithError>
  );
}
