import { StarOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Rate, Typography } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client.ts';
import type { GovEvent } from '../../api/governance.ts';
import { useI18n } from '../../i18n/index.tsx';
import { useEventStep } from './useEventStep.ts';

/**
 * Once the event is closed the reporter rates how it was handled, 1 to 5 stars, once; afterwards the stars show
 * read-only.
 */
export function EventRating({ e, onRated }: { e: GovEvent; onRated: (event: GovEvent | null) => void }) {
  const { t, errorText } = useI18n();
  const [stars, setStars] = useState(0);
  const [note, setNote] = useState('');
  const step = useEventStep();
  if (e.state !== 'closed') return null;

  const send = () =>
    step.mutate(
      { id: e.id, action: 'rate', input: { rating: stars, ...(note.trim() ? { note: note.trim() } : {}) } },
      {
        onSuccess: (answer) => onRated(answer.event),
        onError: (caught) => {
          if (caught instanceof ApiError && caught.code === 'conflict') onRated(null);
        },
      },
    );
  const sending = step.isPending;
  const error = step.error ? errorText(step.error) : null;

  return (
    <Card
      size="small"
      title={
        <span>
          <StarOutlined /> {t('gov.rating.title')}
        </span>
      }
      className="case-card rating-card"
      data-testid="event-rating"
    >
      {e.rating !== null ? (
        <div data-testid="rating-given">
          <Rate disabled value={e.rating} />
          <Typography.Text type="secondary" className="small">
            {' '}
            {t('gov.rating.thanks')}
          </Typography.Text>
        </div>
      ) : (
        <Form layout="vertical" onFinish={() => void send()}>
          <Typography.Paragraph type="secondary" className="small">
            {t('gov.rating.intro')}
          </Typography.Paragraph>
          <Form.Item label={t('gov.rating.stars')} required>
            <Rate value={stars} onChange={setStars} data-testid="rating-stars" />
          </Form.Item>
          <Form.Item label={t('gov.rating.note')}>
            <Input.TextArea
              rows={2}
              maxLength={500}
              showCount
              value={note}
              onChange={(ev) => setNote(ev.target.value)}
              data-testid="rating-note"
            />
          </Form.Item>
          {error && <Alert type="error" showIcon title={error} className="form-alert" />}
          <Button
            type="primary"
            htmlType="submit"
            disabled={stars === 0}
            loading={sending}
            data-testid="rating-submit"
          >
            {t('gov.rating.submit')}
          </Button>
        </Form>
      )}
    </Card>
  );
}
