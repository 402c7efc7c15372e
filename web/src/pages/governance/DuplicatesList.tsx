import { MergeCellsOutlined } from '@ant-design/icons';
import { App, Button, Empty, List, Popconfirm, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { asEventState, type GovEvent, takeEventAction } from '../../api/governance.ts';
import { useI18n } from '../../i18n/index.tsx';
import { useActor } from './EventActions.tsx';
import { EventStateTag, useClassName } from './EventTags.tsx';
import { availableActions } from './event-actions.ts';

/**
 * Reports near this one in the last days that are likely the same problem — the same component, the same class,
 * a related class, the same kind of component, each saying which: the centre merges this report into one of
 * them, and its reporter then follows that one.
 */
export function DuplicatesList({
  e,
  onChanged,
}: {
  e: GovEvent;
  onChanged: (event: GovEvent | null) => void;
}) {
  const { t, errorText, formatDateTime } = useI18n();
  const { message } = App.useApp();
  const actor = useActor();
  const className = useClassName();
  const [merging, setMerging] = useState<string | null>(null);
  const canMerge = availableActions(e, actor).includes('merge');
  if (e.possibleDuplicates.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('gov.duplicates.none')} />;
  }

  const merge = async (into: string, eventNo: string) => {
    setMerging(into);
    try {
      const answer = await takeEventAction(e.id, 'merge', { into });
      void message.success(t('gov.duplicates.merged', { eventNo }));
      onChanged(answer.event);
    } catch (caught) {
      void message.error(errorText(caught));
    } finally {
      setMerging(null);
    }
  };

  return (
    <List
      size="small"
      data-testid="duplicates"
      dataSource={e.possibleDuplicates}
      renderItem={(d) => (
        <List.Item
          data-testid={`duplicate-${d.eventNo}`}
          actions={
            canMerge
              ? [
                  <Popconfirm
                    key="merge"
                    title={t('gov.duplicates.confirm', { eventNo: d.eventNo })}
                    okText={t('gov.duplicates.merge')}
                    cancelText={t('common.cancel')}
                    onConfirm={() => merge(d.id, d.eventNo)}
                  >
                    <Button
                      size="small"
                      icon={<MergeCellsOutlined />}
                      loading={merging === d.id}
                      data-testid={`merge-${d.eventNo}`}
                    >
                      {t('gov.duplicates.merge')}
                    </Button>
                  </Popconfirm>,
                ]
              : []
          }
        >
          <List.Item.Meta
            title={
              <span>
                <Link to={`/gov/events/${d.id}`} className="mono">
                  {d.eventNo}
                </Link>{' '}
                <EventStateTag state={asEventState(d.state)} />
                <Tag color={d.reason === 'same_component' ? 'red' : 'default'} data-testid="duplicate-reason">
                  {t(`gov.duplicates.reason.${d.reason}`)}
                </Tag>
                <span className="small">{className(d)}</span>
              </span>
            }
            description={
              <>
                <div className="small">
                  {t('gov.duplicates.distance', { metres: d.distanceM })} · {formatDateTime(d.reportedAt)}
                </div>
                <Typography.Paragraph ellipsis={{ rows: 2 }} className="duplicate-desc">
                  {d.description}
                </Typography.Paragraph>
              </>
            }
          />
        </List.Item>
      )}
    />
  );
}
