import { SearchOutlined } from '@ant-design/icons';
import { Alert, Input, type InputRef, Spin, Tag } from 'antd';
import { type Ref, useEffect, useRef, useState } from 'react';
import { type ItemHit, searchItems } from '../../api/catalogue.ts';
import { isAbort } from '../../api/client.ts';
import { useI18n } from '../../i18n/index.tsx';
import { HandlingTag } from './CaseTags.tsx';
import { highlightSegments } from './highlight.ts';

/** Results follow the typing this closely; the clerk should never wait for a list. */
export const SEARCH_DEBOUNCE_MS = 150;
const LIMIT = 8;

export interface ItemSearchProps {
  /** Natural persons see the items serving service object 1; enterprises the others. */
  applicantKind: 'person' | 'enterprise';
  onPick: (hit: ItemHit) => void;
  departmentName: (id: string) => string;
  inputRef?: Ref<InputRef>;
  disabled?: boolean;
}

const serves = (hit: ItemHit, kind: 'person' | 'enterprise') =>
  kind === 'person' ? hit.serviceObjects.includes('1') : hit.serviceObjects.some((o) => o !== '1');

/**
 * 选择事项: instant results by name, colloquial word, pinyin, initials or near miss. ↑/↓ move, Enter picks the
 * marked result (the first by default) — also when Enter comes before the results of the last keystroke.
 */
export function ItemSearch({ applicantKind, onPick, departmentName, inputRef, disabled }: ItemSearchProps) {
  const { t, label, errorText } = useI18n();
  const [text, setText] = useState('');
  const [result, setResult] = useState<{ q: string; hits: ItemHit[] }>({ q: '', hits: [] });
  const [active, setActive] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const enterPending = useRef(false);
  const q = text.trim();
  const hits = result.hits.filter((hit) => serves(hit, applicantKind));
  const current = result.q === q;

  useEffect(() => {
    if (!q) {
      setResult({ q: '', hits: [] });
      return;
    }
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      searchItems(q, LIMIT, applicantKind === 'person' ? '1' : '2', controller.signal)
        .then((found) => {
          setResult({ q, hits: found });
          setActive(0);
          setError(null);
        })
        .catch((caught: unknown) => {
          if (isAbort(caught)) return;
          setResult({ q, hits: [] });
          setError(errorText(caught));
        });
    }, SEARCH_DEBOUNCE_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [q, applicantKind, errorText]);

  const pick = (hit: ItemHit | undefined) => {
    if (!hit) return;
    enterPending.current = false;
    setText('');
    setResult({ q: '', hits: [] });
    onPick(hit);
  };

  // Enter pressed while the last keystroke's results were on their way: take the first as soon as they come.
  useEffect(() => {
    if (enterPending.current && current && q) {
      enterPending.current = false;
      const first = result.hits.find((hit) => serves(hit, applicantKind));
      if (first) pick(first);
    }
  });

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (hits.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((index) => (index + step + hits.length) % hits.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (current) pick(hits[active] ?? hits[0]);
      else if (q) enterPending.current = true;
    } else if (event.key === 'Escape') {
      setText('');
    }
  };

  return (
    <div className="item-search">
      <Input
        ref={inputRef}
        size="large"
        allowClear
        disabled={disabled}
        prefix={<SearchOutlined />}
        placeholder={t('desk.itemSearchPlaceholder')}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
        role="combobox"
        aria-expanded={hits.length > 0}
        aria-controls="item-search-results"
        aria-label={t('desk.itemSearch')}
        data-testid="item-search"
      />
      <div className="muted small item-search-hint">{t('desk.itemSearchHint')}</div>
      {error && <Alert type="warning" showIcon title={t('desk.searchFailed', { message: error })} />}
      {q && !current && hits.length === 0 && (
        <div className="item-search-wait">
          <Spin size="small" />
        </div>
      )}
      {q && current && hits.length === 0 && !error && (
        <div className="muted item-search-empty">{t('desk.noItems')}</div>
      )}
      {hits.length > 0 && (
        <div className="item-results" role="listbox" id="item-search-results">
          {hits.map((hit, index) => (
            <div
              key={hit.code}
              role="option"
              tabIndex={-1}
              aria-selected={index === active}
              className={`item-result${index === active ? ' item-result-active' : ''}`}
              onMouseEnter={() => setActive(index)}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => pick(hit)}
              onKeyDown={(event) => event.key === 'Enter' && pick(hit)}
              data-testid={`item-option-${hit.code}`}
            >
              <div className="item-result-main">
                <span className="item-result-name">
                  {highlightSegments(hit.name, hit.highlight).map((segment) =>
                    segment.hit ? (
                      <mark key={segment.start}>{segment.text}</mark>
                    ) : (
                      <span key={segment.start}>{segment.text}</span>
                    ),
                  )}
                </span>
                <HandlingTag type={hit.handlingType} />
              </div>
              <div className="item-result-meta">
                <span>{departmentName(hit.departmentId)}</span>
                {hit.matched !== 'name' && (
                  <Tag bordered={false} className="item-result-match">
                    {label('match', hit.matched)}
                  </Tag>
                )}
              </div>
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
