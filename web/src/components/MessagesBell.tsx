import { BellOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Badge, Button, Drawer, Empty, Grid, List, Typography } from 'antd';
import { useState } from 'react';
import { listMyMessages, markMessagesSeen, messageKeys } from '../api/messages.ts';
import { useI18n } from '../i18n/index.tsx';

/** How often the unread count is asked for while the page is visible. */
const POLL_MS = 30_000;

/**
 * 我的消息: a bell in the header with the number of unread messages — a reporter's event moving on, a node due
 * soon in the department, an event escalated to the supervisors. Opening the list marks them read.
 */
export function MessagesBell() {
  const { t, formatDateTime } = useI18n();
  const [open, setOpen] = useState(false);
  const screens = Grid.useBreakpoint();
  const queryClient = useQueryClient();
  const { data } = useQuery({
    queryKey: messageKeys.mine(),
    queryFn: ({ signal }) => listMyMessages(signal),
    refetchInterval: POLL_MS,
    refetchIntervalInBackground: false,
  });
  const items = data?.items ?? [];
  const unread = data?.unread ?? 0;
  const markSeen = useMutation({
    mutationFn: markMessagesSeen,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: messageKeys.all }),
  });

  const show = () => {
    setOpen(true);
    const newest = items[0];
    if (newest && unread > 0) markSeen.mutate(newest.id);
  };

  return (
    <>
      <Badge count={unread} overflowCount={99} size="small" offset={[-6, 6]}>
        <Button
          type="text"
          className="on-dark"
          icon={<BellOutlined />}
          onClick={show}
          aria-label={t('messages.open')}
          data-testid="messages-bell"
        />
      </Badge>
      <Drawer
        title={t('messages.title')}
        open={open}
        onClose={() => setOpen(false)}
        size={screens.sm === false ? '100%' : 420}
        data-testid="messages-drawer"
      >
        {items.length === 0 ? (
          <Empty description={t('messages.none')} />
        ) : (
          <List
            dataSource={items}
            renderItem={(m) => (
              <List.Item
                key={m.id}
                className={m.unread ? 'message-unread' : undefined}
                data-testid="message-item"
              >
                <List.Item.Meta
                  title={
                    <Typography.Text type="secondary" className="small">
                      {formatDateTime(m.createdAt)}
                      {m.unread && (
                        <Badge status="processing" text={t('messages.new')} className="message-new" />
                      )}
                    </Typography.Text>
                  }
                  description={<span className="message-body">{m.body}</span>}
                />
              </List.Item>
            )}
          />
        )}
      </Drawer>
    </>
  );
}
