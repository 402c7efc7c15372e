import { useQuery } from '@tanstack/react-query';
import { Alert, Table, Tag } from 'antd';
import { catalogueAdminKeys, getItemHistory } from '../../api/catalogue-admin.ts';
import { useI18n } from '../../i18n/index.tsx';

interface Line {
  key: string;
  version: string;
  name: string;
  at: string;
  by: string;
  current: boolean;
  draft: boolean;
}

/** 版本历史: the unpublished draft on top, then every published version, with who and when. */
export function ItemHistory({ code }: { code: string }) {
  const { t, errorText, formatDateTime } = useI18n();
  const { data: history, error } = useQuery({
    queryKey: catalogueAdminKeys.history(code),
    queryFn: ({ signal }) => getItemHistory(code, signal),
  });

  if (error) return <Alert type="error" showIcon title={errorText(error)} />;
  const lines: Line[] = [
    ...(history?.draft
      ? [
          {
            key: 'draft',
            version: t('cat.hist.draft'),
            name: history.draft.name,
            at: formatDateTime(history.draft.updatedAt),
            by: history.draft.updatedBy?.name ?? t('cat.hist.seed'),
            current: false,
            draft: true,
          },
        ]
      : []),
    ...(history?.versions ?? []).map((v) => ({
      key: String(v.version),
      version: t('guide.version', { version: v.version }),
      name: v.name,
      at: formatDateTime(v.publishedAt),
      by: v.publishedBy?.name ?? t('cat.hist.seed'),
      current: v.current,
      draft: false,
    })),
  ];
  return (
    <Table<Line>
      rowKey="key"
      size="small"
      loading={!history}
      pagination={false}
      dataSource={lines}
      locale={{ emptyText: t('cat.hist.none') }}
      data-testid="item-history"
      columns={[
        {
          key: 'version',
          title: t('cat.hist.version'),
          render: (_, line) => (
            <span>
              {line.draft ? <Tag color="gold">{line.version}</Tag> : line.version}
              {line.current && (
                <Tag color="green" style={{ marginLeft: 8 }}>
                  {t('cat.hist.current')}
                </Tag>
              )}
            </span>
          ),
        },
        { key: 'name', title: t('cat.hist.name'), dataIndex: 'name' },
        { key: 'at', title: t('cat.hist.at'), dataIndex: 'at' },
        { key: 'by', title: t('cat.hist.by'), dataIndex: 'by' },
      ]}
    />
  );
}
