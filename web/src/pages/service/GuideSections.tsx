import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Descriptions, Space, Table, Typography } from 'antd';
import { blankFormUrl, type Guide, type GuideSection } from '../../api/catalogue.ts';
import { type LabelPrefix, useI18n } from '../../i18n/index.tsx';

/** A fixed heading or label of the guide in the interface's language; the server's Chinese text when unknown. */
function useGuideLabel() {
  const { label } = useI18n();
  return (prefix: LabelPrefix, id: string, fallback: string) => {
    const text = label(prefix, id);
    return text === id ? fallback : text;
  };
}

export function Section({ section }: { section: GuideSection }) {
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
export function BlankForms({ guide }: { guide: Guide }) {
  const { t } = useI18n();
  if (guide.blankForms.length === 0) return null;
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
