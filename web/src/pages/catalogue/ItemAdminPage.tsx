import { ArrowLeftOutlined, CloudUploadOutlined, StopOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Result, Skeleton, Space, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { catalogueKeys } from '../../api/catalogue.ts';
import {
  type AdminItem,
  catalogueAdminKeys,
  getAdminItem,
  publishCatalogueItem,
  retireCatalogueItem,
  saveDraft,
} from '../../api/catalogue-admin.ts';
import { useI18n } from '../../i18n/index.tsx';
import { GuideView } from '../service/GuidePage.tsx';
import './catalogue.css';
import { ItemEditor } from './ItemEditor.tsx';
import { ItemHistory } from './ItemHistory.tsx';
import { ItemStatusTag } from './ItemStatusTag.tsx';

/** One item for administrators: its draft to edit, the guide of the draft, its versions; publish and retire. */
export default function ItemAdminPage() {
  const { code = '' } = useParams();
  const { t, errorText } = useI18n();
  const { modal, message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [tab, setTab] = useState('edit');
  const { data: item, error } = useQuery({
    queryKey: catalogueAdminKeys.item(code),
    queryFn: ({ signal }) => getAdminItem(code, signal),
  });

  // The server's answer is the item now; its draft's guide and history, the list and the published catalogue
  // are read again.
  const changed = (next: AdminItem) => {
    queryClient.setQueryData(catalogueAdminKeys.item(next.code), next);
    void queryClient.invalidateQueries({ queryKey: catalogueAdminKeys.draftGuide(next.code) });
    void queryClient.invalidateQueries({ queryKey: catalogueAdminKeys.history(next.code) });
    void queryClient.invalidateQueries({ queryKey: ['catalogue-admin', 'list'] });
    void queryClient.invalidateQueries({ queryKey: catalogueKeys.all });
  };
  const publishing = useMutation({
    mutationFn: publishCatalogueItem,
    onSuccess: (published) => {
      changed(published);
      void message.success(t('cat.publishedOk', { version: published.version ?? 0 }));
    },
    onError: (caught) => void message.error(errorText(caught)),
  });
  const retiring = useMutation({
    mutationFn: retireCatalogueItem,
    onSuccess: (retired) => {
      changed(retired);
      void message.success(t('cat.retiredOk'));
    },
    onError: (caught) => void message.error(errorText(caught)),
  });

  if (error && !item) return <Result status="404" title={errorText(error)} />;
  if (!item) return <Skeleton active className="page" />;

  const publish = () =>
    modal.confirm({
      title: t('cat.publish'),
      content: t('cat.publishConfirm', { version: (item.version ?? 0) + 1 }),
      okText: t('cat.publish'),
      cancelText: t('cat.cancel'),
      onOk: () => publishing.mutateAsync(item.code).catch(() => undefined),
    });

  const retire = () =>
    modal.confirm({
      title: t('cat.retire'),
      content: t('cat.retireConfirm'),
      okText: t('cat.retire'),
      okButtonProps: { danger: true },
      cancelText: t('cat.cancel'),
      onOk: () => retiring.mutateAsync(item.code).catch(() => undefined),
    });

  return (
    <div className="page catalogue-item-page">
      <Card
        title={
          <Space wrap>
            <span data-testid="item-name">{item.name}</span>
            <Typography.Text type="secondary" className="catalogue-code">
              {item.code}
            </Typography.Text>
            <ItemStatusTag status={item.status} unpublished={item.hasUnpublishedChanges} />
            <span data-testid="item-version">
              {item.version === null ? t('cat.noVersion') : t('guide.version', { version: item.version })}
            </span>
          </Space>
        }
        extra={
          <Space wrap>
            <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/catalogue')}>
              {t('cat.back')}
            </Button>
            <Button
              type="primary"
              icon={<CloudUploadOutlined />}
              disabled={!item.hasUnpublishedChanges}
              title={item.hasUnpublishedChanges ? undefined : t('cat.nothingToPublish')}
              onClick={publish}
              data-testid="item-publish"
            >
              {t('cat.publish')}
            </Button>
            <Button
              danger
              icon={<StopOutlined />}
              disabled={item.status === 'retired'}
              onClick={retire}
              data-testid="item-retire"
            >
              {t('cat.retire')}
            </Button>
          </Space>
        }
      >
        <Tabs
          activeKey={tab}
          onChange={setTab}
          items={[
            {
              key: 'edit',
              label: t('cat.tab.edit'),
              children: (
                <ItemEditor
                  key={item.updatedAt}
                  definition={item.definition}
                  creating={false}
                  save={(def) => saveDraft(item.code, def)}
                  onSaved={(saved) => {
                    changed(saved);
                    void message.success(t('cat.savedOk'));
                  }}
                />
              ),
            },
            {
              key: 'preview',
              label: <span data-testid="tab-preview">{t('cat.tab.preview')}</span>,
              children: (
                <div data-testid="draft-preview">
                  <Typography.Paragraph type="secondary">{t('cat.previewNote')}</Typography.Paragraph>
                  <GuideView code={item.code} draft />
                </div>
              ),
            },
            {
              key: 'history',
              label: <span data-testid="tab-history">{t('cat.tab.history')}</span>,
              children: <ItemHistory code={item.code} />,
            },
          ]}
        />
      </Card>
    </div>
  );
}
