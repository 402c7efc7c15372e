import { ExperimentOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Col, DatePicker, Descriptions, Form, Row, Select, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { previewRouting, type Taxonomy } from '../../../api/governance.ts';
import { useI18n } from '../../../i18n/index.tsx';
import { classGroups, matchesClass } from '../class-picker.ts';
import { PlacePicker } from '../PlacePicker.tsx';
import type { Point } from '../useLocate.ts';

interface RouteTryPanelProps {
  taxonomy: Taxonomy | null;
  /** The saved line with this id, by its place in the list shown (null when it is no longer there). */
  lineOf: (ruleId: string) => { key: string; position: number } | null;
  onHit: (key: string | null) => void;
  unitLabel: (unitId: string) => string;
  /** The list has edits not saved yet: the try still routes by the saved one. */
  unsaved: boolean;
}

/** 试一试: where an event of a class at a point would go now (or at a chosen time), and why. */
export function RouteTryPanel({ taxonomy, lineOf, onHit, unitLabel, unsaved }: RouteTryPanelProps) {
  const { t, locale, errorText } = useI18n();
  const [classCode, setClassCode] = useState<string | null>(null);
  const [point, setPoint] = useState<Point | null>(null);
  const [at, setAt] = useState<Dayjs | null>(null);
  const preview = useMutation({ mutationFn: previewRouting });
  const result = preview.data ?? null;
  const error = preview.error;
  const busy = preview.isPending;
  const groups = useMemo(
    () => (taxonomy ? classGroups(taxonomy, locale === 'en-US' ? 'en' : 'zh') : []),
    [taxonomy, locale],
  );

  const run = () => {
    if (!classCode || !point) return;
    preview.mutate(
      { classCode, lng: point.lng, lat: point.lat, ...(at ? { at: at.toISOString() } : {}) },
      {
        onSuccess: (answer) =>
          onHit(answer.decision.ruleId ? (lineOf(answer.decision.ruleId)?.key ?? null) : null),
        onError: () => onHit(null),
      },
    );
  };

  const decision = result?.decision;
  const line = decision?.ruleId ? lineOf(decision.ruleId) : null;

  return (
    <Card
      size="small"
      className="rules-try"
      title={
        <span>
          <ExperimentOutlined /> {t('gov.rules.tryTitle')}
        </span>
      }
      data-testid="rules-try"
    >
      <Typography.Paragraph type="secondary" className="small">
        {t('gov.rules.tryIntro')}
      </Typography.Paragraph>
      {unsaved && <Alert type="warning" showIcon title={t('gov.rules.tryUnsaved')} className="form-alert" />}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <PlacePicker value={point} onChange={setPoint} compact />
        </Col>
        <Col xs={24} lg={10}>
          <Form layout="vertical" onFinish={() => void run()}>
            <Form.Item label={t('gov.rules.tryClass')} required>
              <Select<string>
                value={classCode ?? undefined}
                onChange={setClassCode}
                options={groups.map((g) => ({ label: g.label, title: g.label, options: g.options }))}
                showSearch={{
                  filterOption: (input, option) =>
                    matchesClass(input, { search: String(option?.search ?? '') }),
                }}
                placeholder={t('gov.class.pick')}
                loading={!taxonomy}
                virtual
                listHeight={320}
                data-testid="try-class"
              />
            </Form.Item>
            <Form.Item label={t('gov.rules.tryAt')} extra={t('gov.rules.tryAtHint')}>
              <DatePicker
                showTime={{ format: 'HH:mm' }}
                format="YYYY-MM-DD HH:mm"
                value={at}
                onChange={setAt}
                placeholder={t('gov.rules.tryNow')}
                className="rules-try-at"
                data-testid="try-at"
              />
            </Form.Item>
            <Button
              type="primary"
              htmlType="submit"
              icon={<ExperimentOutlined />}
              loading={busy}
              disabled={!classCode || !point}
              data-testid="try-submit"
            >
              {t('gov.rules.trySubmit')}
            </Button>
            {!point && (
              <Typography.Text type="secondary" className="small rules-try-need">
                {t('gov.rules.tryNeedPoint')}
              </Typography.Text>
            )}
          </Form>
          {error !== null && (
            <Alert type="error" showIcon title={errorText(error)} className="rules-try-result" />
          )}
          {result && decision && (
            <div className="rules-try-result" data-testid="try-result">
              <Descriptions
                size="small"
                column={1}
                bordered
                styles={{ label: { width: 96, whiteSpace: 'nowrap' } }}
              >
                <Descriptions.Item label={t('gov.rules.tryUnit')}>
                  <strong data-testid="try-unit">{unitLabel(decision.unitId)}</strong>
                </Descriptions.Item>
                <Descriptions.Item label={t('gov.rules.tryBy')}>
                  {decision.fallback ? (
                    <Tag color="orange" data-testid="try-rule">
                      {t('gov.routing.fallback')}
                    </Tag>
                  ) : (
                    <Tag color="blue" data-testid="try-rule">
                      {line ? t('gov.rules.tryLine', { position: line.position }) : t('gov.routing.rule')}
                    </Tag>
                  )}
                </Descriptions.Item>
                <Descriptions.Item label={t('gov.rules.tryReason')}>
                  <span data-testid="try-reason">
                    {locale === 'en-US' ? decision.reason.en : decision.reason.zh}
                  </span>
                </Descriptions.Item>
                <Descriptions.Item label={t('gov.rules.tryPlace')}>
                  {result.location.street.name} · {result.location.community.name} ·{' '}
                  {result.location.grid.name}
                </Descriptions.Item>
              </Descriptions>
            </div>
          )}
        </Col>
      </Row>
    </Card>
  );
}
