import { LikeOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Card, Checkbox, Form, Input, Radio, Tag } from 'antd';
import { useState } from 'react';
import {
  RATING_INDICATORS,
  RATING_LEVELS,
  type RatingIndicator,
  type RatingInput,
  type RatingLevel,
  rateCase,
} from '../../api/applications.ts';
import type { CaseView } from '../../api/cases.ts';
import { ApiError } from '../../api/client.ts';
import { useI18n } from '../../i18n/index.tsx';
import { type GivenRating, givenRating } from './portal-case.ts';

/** A rating this low goes to the department for rectification (server/src/modules/cases/ratings.ts). */
const BAD: RatingLevel = 2;

/** 好差评: once the case is completed the applicant rates it once; afterwards the rating shows read-only. */
export function RatingCard({ c, onReload }: { c: CaseView; onReload: () => void }) {
  const { t } = useI18n();
  // Shown at once after rating, until the reloaded case carries the rating in its record.
  const [sent, setSent] = useState<GivenRating | null>(null);
  if (c.state !== 'completed') return null;
  const rating = givenRating(c.timeline) ?? sent;
  return (
    <Card
      size="small"
      title={
        <span>
          <LikeOutlined /> {t('rating.title')}
        </span>
      }
      className="case-card rating-card"
      data-testid="rating-card"
    >
      {rating ? (
        <RatingFacts rating={rating} />
      ) : (
        <RatingForm
          caseId={c.id}
          onRated={(given) => {
            setSent(given);
            onReload();
          }}
          onAlreadyRated={onReload}
        />
      )}
    </Card>
  );
}

function RatingFacts({ rating }: { rating: GivenRating }) {
  const { t, label, formatDateTime } = useI18n();
  return (
    <div data-testid="rating-given">
      <div className="muted small">
        {t('rating.yours')} · {formatDateTime(rating.at)}
      </div>
      <div className="rating-level">
        <Tag color={rating.level <= BAD ? 'red' : rating.level >= 4 ? 'green' : 'gold'}>
          {label('ratingLevel', String(rating.level))}
        </Tag>
        {rating.indicators.map((indicator) => (
          <Tag key={indicator} bordered={false}>
            {label('ratingIndicator', indicator)}
          </Tag>
        ))}
      </div>
    </div>
  );
}

interface RatingFormProps {
  caseId: string;
  onRated: (rating: GivenRating) => void;
  onAlreadyRated: () => void;
}

function RatingForm({ caseId, onRated, onAlreadyRated }: RatingFormProps) {
  const { t, label, errorText } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<RatingInput>();
  const level = Form.useWatch('level', form);
  const [error, setError] = useState<string | null>(null);
  const saving = useMutation({
    mutationFn: (input: RatingInput) => rateCase(caseId, input),
    onMutate: () => setError(null),
    onSuccess: (answer, input) => {
      void message.success(t(answer.rectificationId ? 'rating.rectification' : 'rating.thanks'));
      onRated({ level: input.level, indicators: input.indicators, at: new Date().toISOString() });
    },
    onError: (caught) => {
      if (caught instanceof ApiError && caught.code === 'conflict') onAlreadyRated();
      setError(errorText(caught));
    },
  });

  const submit = (values: RatingInput) =>
    saving.mutate({
      level: values.level,
      indicators: values.indicators ?? [],
      ...(values.comment?.trim() ? { comment: values.comment.trim() } : {}),
    });

  return (
    <Form<RatingInput>
      form={form}
      layout="vertical"
      requiredMark={false}
      onFinish={submit}
      data-testid="rating-form"
    >
      <div className="muted small rating-intro">{t('rating.intro')}</div>
      <Form.Item
        name="level"
        label={t('rating.level')}
        rules={[{ required: true, message: t('rating.levelRequired') }]}
      >
        <Radio.Group optionType="button" buttonStyle="solid" className="rating-levels">
          {RATING_LEVELS.map((value) => (
            <Radio.Button key={value} value={value} data-testid={`rating-level-${value}`}>
              {label('ratingLevel', String(value))}
            </Radio.Button>
          ))}
        </Radio.Group>
      </Form.Item>
      {level !== undefined && level <= BAD && (
        <Alert type="info" showIcon title={t('rating.badHint')} className="form-alert" />
      )}
      <Form.Item name="indicators" label={t('rating.indicators')}>
        <Checkbox.Group
          options={RATING_INDICATORS.map((value: RatingIndicator) => ({
            value,
            label: label('ratingIndicator', value),
          }))}
        />
      </Form.Item>
      <Form.Item name="comment" label={t('rating.comment')}>
        <Input.TextArea rows={2} maxLength={500} showCount data-testid="rating-comment" />
      </Form.Item>
      {error && <Alert type="error" showIcon title={error} className="form-alert" />}
      <Button type="primary" htmlType="submit" loading={saving.isPending} data-testid="rating-submit">
        {t('rating.submit')}
      </Button>
    </Form>
  );
}
