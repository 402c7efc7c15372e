import { ArrowRightOutlined, FileSearchOutlined } from '@ant-design/icons';
import { Button, Descriptions, List, Result } from 'antd';
import { Link } from 'react-router-dom';
import type { CaseView, Shortfall } from '../../api/cases.ts';
import { useI18n } from '../../i18n/index.tsx';
import { CaseStateTag } from './CaseTags.tsx';

const STATUS = {
  completed: 'success',
  in_progress: 'success',
  incomplete: 'warning',
  refused: 'error',
  withdrawn: 'info',
} as const;

/** The list a one-time notice gave the applicant (from the notice event; the live shortfall otherwise). */
function noticeList(c: CaseView): Shortfall {
  const event = [...c.timeline].reverse().find((e) => e.action === 'notify_incomplete');
  const recorded = event?.details?.shortfall as Shortfall | undefined;
  return recorded ?? c.shortfall;
}

/** After the window's decision: what happened, the case number, the promised date, and on to the next person. */
export function DeskOutcome({ c, onNext }: { c: CaseView; onNext: () => void }) {
  const { t, label, formatDate, formatDateTime } = useI18n();
  const known = c.state in STATUS;
  const status = known ? STATUS[c.state as keyof typeof STATUS] : 'info';
  const title = known
    ? t(`desk.outcome.${c.state as keyof typeof STATUS}`)
    : t('desk.outcome.other', { state: label('caseState', c.state) });
  const notice = c.state === 'incomplete' ? noticeList(c) : null;

  return (
    <Result
      status={status}
      title={title}
      className="desk-outcome"
      subTitle={
        <Descriptions
          size="small"
          column={1}
          className="desk-outcome-facts"
          items={[
            {
              key: 'no',
              label: t('queue.caseNo'),
              children: (
                <span className="mono case-no" data-testid="case-no">
                  {c.caseNo}
                </span>
              ),
            },
            {
              key: 'state',
              label: t('case.state'),
              children: <CaseStateTag state={c.state} testId="case-state" />,
            },
            { key: 'item', label: t('case.item'), children: c.item.name },
            { key: 'applicant', label: t('case.applicant'), children: c.applicant.name },
            ...(c.promisedDueAt
              ? [
                  {
                    key: 'promised',
                    label: t('desk.promised'),
                    children: <strong>{formatDate(c.promisedDueAt)}</strong>,
                  },
                ]
              : []),
            ...(c.completedAt
              ? [{ key: 'completed', label: t('case.completedAt'), children: formatDateTime(c.completedAt) }]
              : []),
            ...(c.closedReason && c.state === 'refused'
              ? [{ key: 'reason', label: t('case.closedReason'), children: c.closedReason }]
              : []),
          ]}
        />
      }
      extra={[
        <Button
          key="next"
          type="primary"
          size="large"
          autoFocus
          icon={<ArrowRightOutlined />}
          onClick={onNext}
          data-testid="next-applicant"
        >
          {t('desk.next')}
        </Button>,
        <Link key="case" to={`/service/cases/${c.id}`}>
          <Button size="large" icon={<FileSearchOutlined />}>
            {t('desk.viewCase')}
          </Button>
        </Link>,
      ]}
    >
      {notice && (notice.materials.length > 0 || notice.conditions.length > 0) && (
        <div className="desk-notice">
          <p>{t('desk.noticeList')}</p>
          <List
            size="small"
            bordered
            dataSource={[
              ...notice.materials.map(
                (m) => `${m.name}（${label('material', m.status)}${m.note ? `：${m.note}` : ''}）`,
              ),
              ...notice.conditions.map((x) => x.text),
            ]}
            renderItem={(line) => <List.Item>{line}</List.Item>}
          />
        </div>
      )}
    </Result>
  );
}
