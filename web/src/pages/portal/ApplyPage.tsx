import { SwapOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Col, type InputRef, Result, Row, Skeleton, Space, Steps, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { guideQuery, itemQuery } from '../../api/catalogue.ts';
import { useUser } from '../../auth/AuthContext.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { ItemSearch } from '../service/ItemSearch.tsx';
import { APPLY_STEPS, ApplyForm } from './ApplyForm.tsx';
import { ItemSummary } from './ItemSummary.tsx';
import { applicantKindOf } from './portal-case.ts';

const servesKind = (objects: readonly string[], kind: 'person' | 'enterprise') =>
  kind === 'person' ? objects.includes('1') : objects.some((o) => o !== '1');

/**
 * 在线申办: find the item (the same search as the window's), read what it needs, then fill in, upload, review and
 * submit.
 * The item's code is in the address, so a guide or a friend's link can lead straight to the form.
 */
export default function ApplyPage() {
  const { code } = useParams();
  const { t } = useI18n();
  const user = useUser();
  const navigate = useNavigate();
  const kind = applicantKindOf(user.roles);
  const searchRef = useRef<InputRef>(null);
  const [step, setStep] = useState(0);
  useEffect(() => {
    setStep(0);
    if (!code) searchRef.current?.focus();
  }, [code]);

  return (
    <div className="page apply-page">
      <Typography.Title level={4} className="page-title">
        {t('apply.title')}
      </Typography.Title>
      <Steps
        className="apply-steps"
        size="small"
        current={code ? step : 0}
        items={APPLY_STEPS.map((s) => ({ title: t(`apply.step.${s}`) }))}
        data-testid="apply-steps"
      />
      {code ? (
        <ChosenItem key={code} code={code} kind={kind} onStep={setStep} />
      ) : (
        <Card title={t('apply.search')} className="apply-card">
          <Typography.Paragraph type="secondary">{t('apply.searchIntro')}</Typography.Paragraph>
          <ItemSearch
            applicantKind={kind}
            // The department list is for staff; the guide names the department once an item is chosen.
            departmentName={() => ''}
            onPick={(hit) => navigate(`/my/apply/${encodeURIComponent(hit.code)}`)}
            inputRef={searchRef}
          />
        </Card>
      )}
    </div>
  );
}

function ChosenItem({
  code,
  kind,
  onStep,
}: {
  code: string;
  kind: 'person' | 'enterprise';
  onStep: (step: number) => void;
}) {
  const { t, errorText } = useI18n();
  const navigate = useNavigate();
  const { data: item, error } = useQuery(itemQuery(code));
  // Only for the department's name: the summary does without it.
  const guide = useQuery(guideQuery(code)).data ?? null;
  const [step, setStep] = useState(0);
  const stepTo = (next: number) => {
    setStep(next);
    onStep(next);
  };

  const change = (
    <Button icon={<SwapOutlined />} onClick={() => navigate('/my/apply')} data-testid="apply-change">
      {t('apply.change')}
    </Button>
  );
  if (error && !item) {
    return <Result status="404" title={t('apply.itemNotFound')} subTitle={errorText(error)} extra={change} />;
  }
  if (!item) {
    return (
      <Card className="apply-card">
        <Skeleton active paragraph={{ rows: 6 }} />
      </Card>
    );
  }
  const allowed = servesKind(item.definition.serviceObjects, kind);
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={14}>
        <Card
          className="apply-card"
          title={
            <Space wrap>
              <span data-testid="apply-item-name">{item.name}</span>
              <span className="muted small">{t('apply.summary')}</span>
            </Space>
          }
          extra={change}
        >
          <ItemSummary item={item} guide={guide} />
        </Card>
      </Col>
      <Col xs={24} lg={10}>
        <Card
          className="apply-card"
          title={t(`apply.card.${APPLY_STEPS[step] ?? 'fill'}`)}
          data-testid="apply-form-card"
        >
          {!allowed && (
            <Result status="warning" className="apply-not-served" subTitle={t(`apply.notServed.${kind}`)} />
          )}
          <ApplyForm
            key={item.code}
            itemCode={item.code}
            itemName={item.name}
            kind={kind}
            materials={item.definition.materials}
            allowed={allowed}
            onStep={stepTo}
          />
        </Card>
      </Col>
    </Row>
  );
}
