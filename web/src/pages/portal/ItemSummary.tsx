import { FileTextOutlined } from '@ant-design/icons';
import { Descriptions } from 'antd';
import { Link } from 'react-router-dom';
import type { Guide, Item } from '../../api/catalogue.ts';
import { useI18n } from '../../i18n/index.tsx';
import { HandlingTag } from '../service/CaseTags.tsx';
import { ItemRequirements } from '../service/ItemPreview.tsx';

/** The guide's 实施主体 (the department that decides), in its basic facts. */
export const implementingBody = (guide: Guide | null): string | null =>
  guide?.sections.find((s) => s.key === 'basic')?.fields?.find((f) => f.label === '实施主体')?.value ?? null;

/** 办事指南摘要 before applying: who decides, how long it takes, what to prepare; the full guide one click away. */
export function ItemSummary({ item, guide }: { item: Item; guide: Guide | null }) {
  const { t, label, locale } = useI18n();
  const department = implementingBody(guide);
  const def = item.definition;
  const instant = def.handlingType === 'instant';
  return (
    <div className="item-summary" data-testid="item-summary">
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2 }}
        className="item-summary-facts"
        items={[
          ...(department ? [{ key: 'department', label: t('apply.department'), children: department }] : []),
          { key: 'handling', label: t('apply.handling'), children: <HandlingTag type={def.handlingType} /> },
          {
            key: 'promised',
            label: t('apply.promisedLimit'),
            children: instant ? t('apply.instant') : t('apply.workingDays', { days: def.promisedLimitDays }),
          },
          ...(instant
            ? []
            : [
                {
                  key: 'legal',
                  label: t('apply.legalLimit'),
                  children: t('apply.workingDays', { days: def.legalLimitDays }),
                },
              ]),
          ...((def.deliveryMethods ?? []).length > 0
            ? [
                {
                  key: 'delivery',
                  label: t('apply.delivery'),
                  children: def.deliveryMethods
                    .map((m) => label('delivery', m))
                    .join(locale === 'zh-CN' ? '、' : ', '),
                },
              ]
            : []),
        ]}
      />
      <ItemRequirements definition={def} />
      <Link to={`/guide/${encodeURIComponent(item.code)}`} data-testid="apply-guide-link">
        <FileTextOutlined /> {t('apply.fullGuide')}
      </Link>
    </div>
  );
}
