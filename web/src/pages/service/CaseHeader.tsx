import { FileTextOutlined } from '@ant-design/icons';
import { Card, Descriptions, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { type CaseView, TERMINAL_STATES } from '../../api/cases.ts';
import { RecordTitle } from '../../components/RecordTitle.tsx';
import { useDepartmentName } from '../../hooks/useDepartments.ts';
import { useNow } from '../../hooks/useNow.ts';
import { useI18n } from '../../i18n/index.tsx';
import { ApplicantFlagsAlert } from './ApplicantFlagsAlert.tsx';
import { CaseStateTag, HandlingTag } from './CaseTags.tsx';
import { TimeLeft } from './TimeLeft.tsx';

/** The head of 办件详情: number, state, item, the promised date with the time left, and the case's facts. */
export function CaseHeader({ c, onReload }: { c: CaseView; onReload: () => void }) {
  const { t, formatDate, formatDateTime } = useI18n();
  const departmentName = useDepartmentName();
  const now = useNow(30_000);
  const running = !TERMINAL_STATES.has(c.state);
  return (
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
  );
}
