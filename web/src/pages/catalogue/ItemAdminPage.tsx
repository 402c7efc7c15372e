import { ArrowLeftOutlined, CloudUploadOutlined, StopOutlined } from '@ant-design/icons';
import { App, Button, Card, Result, Skeleton, Space, Tabs, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import {
  type AdminItem,
  getAdminItem,
  getDraftGuide,
  publishCatalogueItem,
  retireCatalogueItem,
  saveDraft,
} from '../../api/catalogue-admin.ts';
import { isAbort } from '../../api/client.ts';
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
  const [item, setItem] = useState<AdminItem | null>(null);
  const [error, setError] = useState<unknown>(null);
  // Bumped after every change, so the preview and the history ask the server again.
  const [changes, setChanges] = useState(0);
  const [tab, setTab] = useState('edit');

  useEffect(() => {
    const controller = new AbortController();
    getAdminItem(code, controller.signal)
      .then(setItem)
      .catch((caught: unknown) => !isAbort(caught) && setError(caught));
    return () => controller.abort();
  }, [code]);

  const changed = (next: AdminItem) => {
    setItem(next);
    setChanges((n) => n + 1);
  };
  const loadDraftGuide = useCallback((c: string, signal: AbortSignal) => getDraftGuide(c, signal), []);

  if (error !== null) return <Result status="404" title={errorText(error)} />;
  if (!item) return <Skeleton active className="page" />;

  const publish = () =>
    modal.confirm({
      title: t('cat.publish'),
      content: t('cat.publishConfirm', { version: (item.version ?? 0) + 1 }),
      okText: t('cat.publish'),
      cancelText: t('cat.cancel'),
      onOk: async () => {
        try {
          const published = await publishCatalogueItem(item.code);
          changed(published);
          void message.success(t('cat.publishedOk', { version: published.version ?? 0 }));
        } catch (caught) {
          void message.error(errorText(caught));
        }
      },
    });

  const retire = () =>
    modal.confirm({
      title: t('cat.retire'),
      content: t('cat.retireConfirm'),
      okText: t('cat.retire'),
      okButtonProps: { danger: true },
      cancelText: t('cat.cancel'),
      onOk: async () => {
        try {
          changed(await retireCatalogueItem(item.code));
          void message.success(t('cat.retiredOk'));
        } catch (caught) {
          void message.error(errorText(caught));
        }
      },
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
                  <GuideView key={changes} code={item.code} load={loadDraftGuide} />
                </div>
              ),
            },
            {
              key: 'history',
              label: <span data-testid="tab-history">{t('cat.tab.history')}</span>,
              children: <ItemHistory code={item.code} reloads={changes} />,
            },
          ]}
        />
      </Card>
    </div>
  );
}
