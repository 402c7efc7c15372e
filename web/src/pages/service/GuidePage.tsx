import { ArrowLeftOutlined, CalendarOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Result, Skeleton, Space, Tag } from 'antd';
import { Fragment, type ReactNode } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { type Guide, guideQuery } from '../../api/catalogue.ts';
import { draftGuideQuery } from '../../api/catalogue-admin.ts';
import { useSession } from '../../auth/AuthContext.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { BlankForms, Section } from './GuideSections.tsx';

/**
 * 在线办理 where the item is offered online, and 预约办理 always (the primary choice when it must be done in person).
 * `to` gives where each leads: straight to the page when signed in, through the sign-in for a visitor.
 */
export function ApplyOrBook({
  guide,
  to,
  applyHint,
}: {
  guide: Guide;
  to: (page: 'apply' | 'book', code: string) => string;
  applyHint?: string;
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  return (
    <>
      {guide.onlineApplication && (
        <Button
          type="primary"
          title={applyHint}
          onClick={() => navigate(to('apply', guide.code))}
          data-testid="guide-apply-online"
        >
          {t('public.applyOnline')}
        </Button>
      )}
      <Button
        type={guide.onlineApplication ? 'default' : 'primary'}
        icon={<CalendarOutlined />}
        onClick={() => navigate(to('book', guide.code))}
        data-testid="guide-book-visit"
      >
        {t('book.bookVisit')}
      </Button>
    </>
  );
}

export interface GuideViewProps {
  code: string;
  /** Buttons beside 打印, given the loaded guide (the public page's 在线办理). */
  actions?: (guide: Guide) => ReactNode;
  /** The guide the draft would publish (the administrators' preview) instead of the published one. */
  draft?: boolean;
}

/** The published guide of an item: its sections, with the fixed headings in the interface's language. */
export function GuideView({ code, actions, draft = false }: GuideViewProps) {
  const { t, locale, errorText } = useI18n();
  const navigate = useNavigate();
  const published = useQuery({ ...guideQuery(code), enabled: !draft });
  const drafted = useQuery({ ...draftGuideQuery(code), enabled: draft });
  const { data: guide, error } = draft ? drafted : published;

  if (error && !guide) {
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
  const { user } = useSession();
  const applicant = user?.roles.some((role) => role === 'citizen' || role === 'enterprise_agent') ?? false;
  if (!applicant) return <GuideView code={code} />;
  return (
    <GuideView
      code={code}
      actions={(guide) => (
        <ApplyOrBook guide={guide} to={(page, itemCode) => `/my/${page}/${encodeURIComponent(itemCode)}`} />
      )}
    />
  );
}
