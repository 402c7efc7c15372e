import type { GovEvent } from '../../api/governance.ts';
import { useI18n } from '../../i18n/index.tsx';
import { percent } from './class-picker.ts';

/** How the class was chosen — by the classifier, the reporter or the centre — and what the classifier suggested. */
export function EventClassification({ e }: { e: GovEvent }) {
  const { t, label } = useI18n();
  const suggestions = e.classification.suggestions ?? [];
  return (
    <div data-testid="classification">
      <div>
        {t('gov.class.chosenBy', { by: label('classBy', e.classification.by ?? 'classifier') })}
        {e.classification.correctedFrom && (
          <span className="muted">
            {' '}
            · {t('gov.class.correctedFrom', { code: e.classification.correctedFrom })}
          </span>
        )}
      </div>
      {suggestions.length > 0 && (
        <ol className="class-suggestion-list small">
          {suggestions.map((s) => (
            <li key={s.code}>
              {s.code} {s.name} <span className="muted">{percent(s.confidence)}</span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
