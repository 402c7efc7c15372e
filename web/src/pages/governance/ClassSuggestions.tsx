import { BulbOutlined, LoadingOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import type { Suggestion } from '../../api/governance.ts';
import { useI18n } from '../../i18n/index.tsx';
import { classLabel, percent, usefulSuggestions } from './class-picker.ts';
import { useTaxonomy } from './useTaxonomy.ts';

interface ClassSuggestionsProps {
  suggestions: readonly Suggestion[];
  loading: boolean;
  /** The class chosen from them, if any. */
  chosen?: string | null;
  onChoose?: (code: string) => void;
  /** Show all three, however unlikely (the operator's correction), not only the likely ones. */
  all?: boolean;
}

/** The classifier's best guesses while the text is typed, each a tag to click. */
export function ClassSuggestions({
  suggestions,
  loading,
  chosen,
  onChoose,
  all = false,
}: ClassSuggestionsProps) {
  const { t, locale } = useI18n();
  const { taxonomy } = useTaxonomy();
  const shown = all ? suggestions.slice(0, 3) : usefulSuggestions(suggestions);
  const lang = locale === 'en-US' ? 'en' : 'zh';
  if (!loading && shown.length === 0) return null;
  return (
    <div className="class-suggestions" data-testid="class-suggestions">
      <span className="muted small">
        {loading ? <LoadingOutlined /> : <BulbOutlined />} {t('gov.class.suggested')}
      </span>
      {shown.map((s) => (
        <Tag.CheckableTag
          key={s.code}
          checked={chosen === s.code}
          onChange={() => onChoose?.(s.code)}
          data-testid={`suggestion-${s.code}`}
          className="class-suggestion"
        >
          {lang === 'en' ? classLabel(taxonomy, s.code, lang) : s.name}
          <span className="class-suggestion-confidence">{percent(s.confidence)}</span>
        </Tag.CheckableTag>
      ))}
    </div>
  );
}
