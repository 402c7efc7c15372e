import { MessageOutlined, ReloadOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Typography } from 'antd';
import { authKeys, fetchDemoOutbox } from '../../api/auth.ts';
import type { OutboxMessage } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.tsx';

/** The first run of 4–8 digits in a message: the one-time code the demo user copies. */
const codeIn = (body: string) => /(?<!\d)(\d{4,8})(?!\d)/.exec(body)?.[1] ?? null;

const newestFirst = (list: OutboxMessage[]) =>
  [...list].sort((a, b) => b.createdAt.localeCompare(a.createdAt));

/**
 * Demo mode only: stands in for the SMS gateway by listing what would have been texted to the phone.
 * `version` changes each time a new code is requested, which reloads the list.
 */
export function DemoOutbox({
  phone,
  version,
  onUseCode,
}: {
  phone: string;
  version: number;
  onUseCode: (code: string) => void;
}) {
  const { t, errorText, formatDateTime } = useI18n();
  const outbox = useQuery({
    queryKey: authKeys.demoOutbox(phone, version),
    queryFn: ({ signal }) => fetchDemoOutbox(phone, signal),
    select: newestFirst,
    placeholderData: keepPreviousData,
  });
  const messages = outbox.data ?? [];
  const error = outbox.isError ? errorText(outbox.error) : null;

  return (
    <Card
      size="small"
      className="demo-outbox"
      data-testid="demo-outbox"
      title={
        <span>
          <MessageOutlined /> {t('login.outbox.title')}
        </span>
      }
      extra={
        <Button
          size="small"
          type="text"
          icon={<ReloadOutlined />}
          loading={outbox.isFetching}
          onClick={() => void outbox.refetch()}
        >
          {t('login.outbox.refresh')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary" className="demo-outbox-hint">
        {t('login.outbox.hint')}
      </Typography.Paragraph>
      {error && <Typography.Text type="danger">{error}</Typography.Text>}
      {messages.length === 0 && !error ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('login.outbox.empty')} />
      ) : (
        <ul className="demo-outbox-list">
          {messages.slice(0, 3).map((message) => {
            const code = codeIn(message.body);
            return (
              <li key={message.id} className="demo-outbox-item">
                <div className="demo-outbox-body">{message.body}</div>
                <div className="demo-outbox-meta">
                  <span>{formatDateTime(message.createdAt)}</span>
                  {code && (
                    <Button size="small" onClick={() => onUseCode(code)} data-testid="outbox-use-code">
                      {t('login.outbox.useCode')} <strong className="mono">{code}</strong>
                    </Button>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
