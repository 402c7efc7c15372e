import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Result, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { type Guide, type GuideSection, getGuide } from '../../api/catalogue.ts';
import { isAbort } from '../../api/client.ts';
import { useI18n } from '../../i18n/index.tsx';

function Section({ section }: { section: GuideSection }) {
  return (
    <section className="guide-section" data-testid={`guide-${section.key}`}>
      <Typography.Title level={5} className="guide-heading">
        {section.heading}
      </Typography.Title>
      {section.kind === 'fields' && (
        <Descriptions
          bordered
          size="small"
          column={{ xs: 1, md: 2 }}
          items={(section.fields ?? []).map((field) => ({
            key: field.label,
            label: field.label,
            children: field.value,
          }))}
        />
      )}
      {section.kind === 'list' &&
        ((section.items ?? []).length === 1 ? (
          <p className="guide-single">{section.items![0]}</p>
        ) : (
          <ol className="guide-list">
            {(section.items ?? []).map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ol>
        ))}
      {section.kind === 'table' && (
        <Table<string[]>
          size="small"
          bordered
          pagination={false}
          scroll={{ x: 880 }}
          rowKey={(row) => row.join('|')}
          dataSource={section.rows ?? []}
          columns={(section.columns ?? []).map((column, index) => ({
            key: column,
            title: column,
            render: (_, row) => row[index],
          }))}
        />
      )}
      {section.note && <Alert type="info" showIcon title={section.note} className="guide-note" />}
    </section>
  );
}

/** 办事指南: the published guide of an item, readable by anyone signed in and printable for the counter. */
export default function GuidePage() {
  const { code = '' } = useParams();
  const { t, errorText } = useI18n();
  const navigate = useNavigate();
  const [guide, setGuide] = useState<Guide | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    const controller = new AbortController();
    setGuide(null);
    setError(null);
    getGuide(code, controller.signal)
      .then(setGuide)
      .catch((caught: unknown) => !isAbort(caught) && setError(caught));
    return () => controller.abort();
  }, [code]);

  if (error !== null) {
    return (
      <div className="page">
        <Result status="404" title={t('guide.notFound')} subTitle={errorText(error)} />
      </div>
    );
  }
  return (
    <div className="page guide-page">
      <Card
        title={
          guide ? (
            <Space wrap>
              <span data-testid="guide-title">{guide.name}</span>
              <Tag>{t('guide.title')}</Tag>
              {guide.version !== null && (
                <Tag color="blue">{t('guide.version', { version: guide.version })}</Tag>
              )}
            </Space>
          ) : (
            t('guide.title')
          )
        }
        extra={
          <Space className="no-print">
            {window.history.length > 1 && (
              <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)}>
                {t('guide.back')}
              </Button>
            )}
            <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
              {t('guide.print')}
            </Button>
          </Space>
        }
      >
        {guide ? (
          guide.sections.map((section) => <Section key={section.key} section={section} />)
        ) : (
          <Skeleton active />
        )}
      </Card>
    </div>
  );
}
