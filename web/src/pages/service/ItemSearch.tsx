import { SearchOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Input, type InputRef, Spin, Tag } from 'antd';
import { type Ref, useEffect, useRef, useState } from 'react';
import { catalogueKeys, type ItemHit, searchItems } from '../../api/catalogue.ts';
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
  const q = text.trim();
  // The search follows the typing after a short pause; clearing the field clears the results at once.
  const [asked, setAsked] = useState('');
  useEffect(() => {
    if (!q) {
      setAsked('');
      return;
    }
    const timer = window.setTimeout(() => setAsked(q), SEARCH_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [q]);
  const serviceObject = applicantKind === 'person' ? '1' : '2';
  // The last results stay until the next ones come, so the list does not flicker while the clerk types.
  const search = useQuery({
    queryKey: catalogueKeys.search(asked, LIMIT, serviceObject),
    queryFn: ({ signal }) => searchItems(asked, LIMIT, serviceObject, signal),
    enabled: asked !== '',
    placeholderData: keepPreviousData,
  });
  const answered = asked === q && q !== '' && !search.isPlaceholderData && !search.isPending;
  const found = q && asked ? (search.data ?? []) : [];
  const error = answered && search.isError ? errorText(search.error) : null;
  // The marked result belongs to one answer: the next answer marks its first again.
  const [marked, setMarked] = useState<{ of: unknown; index: number }>({ of: null, index: 0 });
  const active = marked.of === search.data ? marked.index : 0;
  const setActive = (change: (index: number) => number) =>
    setMarked({ of: search.data, index: change(active) });
  const enterPending = useRef(false);
  const hits = error ? [] : found.filter((hit) => serves(hit, applicantKind));
  const current = answered;

  const pick = (hit: ItemHit | undefined) => {
    if (!hit) return;
    enterPending.current = false;
    setText('');
    setAsked('');
    onPick(hit);
  };

  // Enter pressed while the last keystroke's results were on their way: take the first as soon as they come.
  useEffect(() => {
    if (enterPending.current && current && q) {
      enterPending.current = false;
      const first = hits[0];
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
              onMouseEnter={() => setActive(() => index)}
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
