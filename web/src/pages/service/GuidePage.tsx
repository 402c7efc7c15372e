import { ArrowLeftOutlined, CalendarOutlined, DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Result, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { Fragment, type ReactNode, useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { blankFormUrl, type Guide, type GuideSection, getGuide } from '../../api/catalogue.ts';
import { isAbort } from '../../api/client.ts';
import { useSession } from '../../auth/AuthContext.tsx';
import { type LabelPrefix, useI18n } from '../../i18n/index.tsx';

/** A fixed heading or label of the guide in the interface's language; the server's Chinese text when unknown. */
function useGuideLabel() {
  const { label } = useI18n();
  return (prefix: LabelPrefix, id: string, fallback: string) => {
    const text = label(prefix, id);
    return text === id ? fallback : text;
  };
}

function Section({ section }: { section: GuideSection }) {
  const text = useGuideLabel();
  const field = (name: string) => text('guideField', name, name);
  return (
    <section className="guide-section" data-testid={`guide-${section.key}`}>
      <Typography.Title level={5} className="guide-heading">
        {text('guideSection', section.key, section.heading)}
      </Typography.Title>
      {section.kind === 'fields' && (
        <Descriptions
          bordered
          size="small"
          column={{ xs: 1, md: 2 }}
          items={(section.fields ?? []).map((entry) => ({
            key: entry.label,
            label: field(entry.label),
            children: entry.value,
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
            title: field(column),
            render: (_, row) => row[index],
          }))}
        />
      )}
      {section.note && <Alert type="info" showIcon title={section.note} className="guide-note" />}
    </section>
  );
}

/** 空白表格下载: the forms the materials name, each a PDF to print and fill in before coming. */
function BlankForms({ guide }: { guide: Guide }) {
  const { t } = useI18n();
  if (!guide.blankForms?.length) return null;
  return (
    <section className="guide-section no-print" data-testid="guide-blank-forms">
      <Typography.Title level={5} className="guide-heading">
        {t('guide.blankForms')}
      </Typography.Title>
      <Space wrap>
        {guide.blankForms.map((form) => (
          <a
            key={form.materialId}
            href={blankFormUrl(guide.code, form.materialId)}
            download
            data-testid={`blank-form-${form.materialId}`}
          >
            <DownloadOutlined /> {form.name}
          </a>
        ))}
      </Space>
    </section>
  );
}

/** Whether the item can be applied for online: the server says so (older servers: the 办理地点 text). */
export function offeredOnline(guide: Guide): boolean {
  if (guide.onlineApplication !== undefined) return guide.onlineApplication;
  const where = guide.sections.find((section) => section.key === 'where');
  const online = where?.fields?.find((field) => field.label === '网上办理');
  return online?.value.startsWith('可网上办理') ?? false;
}

export interface GuideViewProps {
  code: string;
  /** Buttons beside 打印, given the loaded guide (the public page's 在线办理). */
  actions?: (guide: Guide) => ReactNode;
  /** Where the guide comes from: the published guide, unless given (the administrators' draft preview). */
  load?: (code: string, signal: AbortSignal) => Promise<Guide>;
}

/** The published guide of an item: its sections, with the fixed headings in the interface's language. */
export function GuideView({ code, actions, load = getGuide }: GuideViewProps) {
  const { t, locale, errorText } = useI18n();
  const navigate = useNavigate();
  const [guide, setGuide] = useState<Guide | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    const controller = new AbortController();
    setGuide(null);
    setError(null);
    load(code, controller.signal)
      .then(setGuide)
      .catch((caught: unknown) => !isAbort(caught) && setError(caught));
    return () => controller.abort();
  }, [code, load]);

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
          <Space className="no-print" wrap>
            {guide && actions?.(guide)}
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
        {locale !== 'zh-CN' && (
          <Alert
            type="info"
            showIcon
            className="guide-language-note no-print"
            title={t('public.contentInChinese')}
            data-testid="guide-language-note"
          />
        )}
        {guide ? (
          guide.sections.map((section) => (
            <Fragment key={section.key}>
              <Section section={section} />
              {section.key === 'materials' && <BlankForms guide={guide} />}
            </Fragment>
          ))
        ) : (
          <Skeleton active />
        )}
      </Card>
    </div>
  );
}

/** 办事指南 inside the signed-in shell, printable for the counter; a citizen can apply or book from it. */
export default function GuidePage() {
  const { code = '' } = useParams();
  const { t } = useI18n();
  const navigate = useNavigate();
  const { user } = useSession();
  const applicant = user?.roles.some((role) => role === 'citizen' || role === 'enterprise_agent') ?? false;
  if (!applicant) return <GuideView code={code} />;
  return (
    <GuideView
      code={code}
      actions={(guide) => (
        <>
          {offeredOnline(guide) && (
            <Button
              type="primary"
              onClick={() => navigate(`/my/apply/${encodeURIComponent(guide.code)}`)}
              data-testid="guide-apply-online"
            >
              {t('public.applyOnline')}
            </Button>
          )}
          <Button
            icon={<CalendarOutlined />}
            onClick={() => navigate(`/my/book/${encodeURIComponent(guide.code)}`)}
            data-testid="guide-book-visit"
          >
            {t('book.bookVisit')}
          </Button>
        </>
      )}
    />
  );
}
