import { FileTextOutlined } from '@ant-design/icons';
import { Card, Col, Descriptions, Row, Tag } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { type CaseView, TERMINAL_STATES } from '../../api/cases.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { DocumentsCard } from '../../components/DocumentsCard.tsx';
import { NotLoaded } from '../../components/NotLoaded.tsx';
import { RecordTitle } from '../../components/RecordTitle.tsx';
import { useNow } from '../../hooks/useNow.ts';
import { useI18n } from '../../i18n/index.tsx';
import { CaseActionButtons } from '../service/CaseActionButtons.tsx';
import { CaseStateTag, HandlingTag } from '../service/CaseTags.tsx';
import { CaseTimeline } from '../service/CaseTimeline.tsx';
import { TimeLeft } from '../service/TimeLeft.tsx';
import { useCase } from '../service/useCase.ts';
import { CorrectionNotice } from './CorrectionNotice.tsx';
import { DeliveryCard } from './DeliveryCard.tsx';
import { MaterialFiles } from './MaterialFiles.tsx';
import { RatingCard } from './RatingCard.tsx';

/** The applicant's case: where it stands, what they must do (补正, materials, delivery, rating), its documents. */
export default function MyCasePage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  // An action's or upload's answer is the newest case: it shows at once, and a read on its way is dropped.
  const { c, error, show, reload } = useCase(id, 30_000);

  if (!c) {
    return (
      <NotLoaded
        error={error}
        onRetry={reload}
        title={t('case.notFound')}
        back={<Link to="/my/cases">{t('portalCase.back')}</Link>}
      />
    );
  }
  return <MyCaseDetail c={c} onChanged={show} onReload={reload} />;
}

interface DetailProps {
  c: CaseView;
  onChanged: (c: CaseView) => void;
  onReload: () => void;
}

function MyCaseDetail({ c, onChanged, onReload }: DetailProps) {
  const { t } = useI18n();
  return (
    <div className="page case-page my-case-page">
      <BackLink to="/my/cases">{t('portalCase.back')}</BackLink>
      <CaseHeader c={c} onChanged={onChanged} onReload={onReload} />
      {c.state === 'correction' && <CorrectionNotice c={c} onChanged={onChanged} />}
      <Row gutter={[16, 16]} className="case-body">
        <Col xs={24} xl={15}>
          <RatingCard c={c} onReload={onReload} />
          <Card size="small" title={t('portalCase.materials')} className="case-card">
            <MaterialFiles c={c} onChanged={onChanged} />
          </Card>
          <DocumentsCard caseId={c.id} version={c.timeline.length} />
        </Col>
        <Col xs={24} xl={9}>
          <DeliveryCard c={c} onChanged={onChanged} onReload={onReload} />
          <Card size="small" title={t('case.timeline')} className="case-card">
            <CaseTimeline c={c} />
          </Card>
        </Col>
      </Row>
    </div>
  );
}

function CaseHeader({ c, onChanged, onReload }: DetailProps) {
  const { t, label, formatDate, formatDateTime } = useI18n();
  const now = useNow(60_000);
  const running = !TERMINAL_STATES.has(c.state);
  return (
    <Card className="case-header">
      <div className="case-header-top">
        <div>
          <RecordTitle title={c.item.name} onReload={onReload} reloadTestId="case-reload">
            <CaseStateTag state={c.state} testId="case-state" />
            <HandlingTag type={c.handlingType} />
          </RecordTitle>
          <div className="case-header-item">
            <span className="mono" data-testid="case-no">
              {c.caseNo}
            </span>
            <Tag bordered={false}>{label('channel', c.channel)}</Tag>
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
      <div className={`portal-state portal-state-${c.state}`} data-testid="portal-state">
        {label('portalState', c.state)}
      </div>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, lg: 4 }}
        className="case-facts"
        items={[
          {
            key: 'applicant',
            label: t('case.applicant'),
            children: `${c.applicant.name} · ${t(`case.applicantKind.${c.applicant.kind}`)}`,
          },
          { key: 'created', label: t('portalCase.submittedAt'), children: formatDateTime(c.createdAt) },
          ...(c.acceptedAt
            ? [{ key: 'accepted', label: t('case.acceptedAt'), children: formatDateTime(c.acceptedAt) }]
            : []),
          ...(c.completedAt
            ? [{ key: 'completed', label: t('case.completedAt'), children: formatDateTime(c.completedAt) }]
            : []),
          ...(c.closedReason
            ? [{ key: 'reason', label: t('case.closedReason'), children: c.closedReason }]
            : []),
        ]}
      />
      {c.actions.includes('withdraw') && (
        <div className="my-case-withdraw">
          <CaseActionButtons
            c={c}
            actions={['withdraw']}
            size="small"
            onDone={onChanged}
            texts={{ withdraw: { confirm: t('portalCase.withdrawConfirm') } }}
          />
        </div>
      )}
    </Card>
  );
}
