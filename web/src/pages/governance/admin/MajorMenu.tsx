import { Badge, Card, Menu, Tag } from 'antd';
import type { MajorClass } from '../../../api/governance.ts';
import { type MessageKey, useI18n } from '../../../i18n/index.tsx';
import type { MinorDraft, MinorProblem } from './taxonomy-draft.ts';

const KIND_NAMES: Record<'component' | 'event', MessageKey> = {
  component: 'gov.tax.kind.component',
  event: 'gov.tax.kind.event',
};

interface MajorMenuProps {
  majors: readonly MajorClass[];
  drafts: readonly MinorDraft[];
  /** Problems of a refusal by draft key: a major with a troubled minor shows its count in red. */
  problems: Record<string, MinorProblem[]>;
  /** The major whose minors are listed; null while a search lists across them. */
  selected: string | null;
  onSelect: (code: string) => void;
}

/** The majors, each with its kind and the number of its minors (as edited). */
export function MajorMenu({ majors, drafts, problems, selected, onSelect }: MajorMenuProps) {
  const { t, locale } = useI18n();
  const lang = locale === 'en-US' ? 'en' : 'zh';
  return (
    <Card size="small" className="tax-card" title={t('gov.tax.majors', { count: majors.length })}>
      <Menu
        mode="inline"
        className="tax-major-menu"
        selectedKeys={selected ? [selected] : []}
        onClick={({ key }) => onSelect(key)}
        items={majors.map((major) => {
          const minors = drafts.filter((d) => d.minor.majorCode === major.code);
          const troubled = minors.some((d) => problems[d.key]);
          return {
            key: major.code,
            label: (
              <span className="tax-major-head" data-testid={`tax-major-${major.code}`}>
                <span className="mono">{major.code}</span>
                <span>{lang === 'en' ? major.nameEn : major.name}</span>
                <Badge count={minors.length} showZero color={troubled ? '#cf1322' : '#8c8c8c'} size="small" />
                <Tag className="tax-kind-tag">{t(KIND_NAMES[major.kind])}</Tag>
              </span>
            ),
          };
        })}
      />
    </Card>
  );
}
