import { SearchOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { AutoComplete, Input, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { geoKeys, searchAreas } from '../../api/geo.ts';
import type { AreaSearchItem } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.tsx';

const DEBOUNCE_MS = 250;

/** Finds an area by name or code; picking one hands the whole item to the map page. */
export function AreaSearch({ onPick }: { onPick: (item: AreaSearchItem) => void }) {
  const { t, label } = useI18n();
  const [text, setText] = useState('');
  // The text as it stood when the typing paused: that is what is searched for.
  const [asked, setAsked] = useState('');
  useEffect(() => {
    const q = text.trim();
    const timer = window.setTimeout(() => setAsked(q), q ? DEBOUNCE_MS : 0);
    return () => window.clearTimeout(timer);
  }, [text]);
  const search = useQuery({
    queryKey: geoKeys.search(asked),
    queryFn: ({ signal }) => searchAreas(asked, signal),
    enabled: asked !== '',
    placeholderData: keepPreviousData,
  });
  const items: AreaSearchItem[] = !text.trim() || search.isError ? [] : (search.data ?? []);
  const searching = search.isFetching;

  const options = items.map((item) => ({
    value: item.code,
    label: (
      <div className="search-option">
        <span className="search-option-main">
          <strong>{item.name}</strong>
          <Tag className="search-option-level">{label('level', item.level)}</Tag>
        </span>
        <span className="search-option-path">
          {[...item.path.filter((p) => p.code !== item.code).map((p) => p.name), item.code].join(' / ')}
        </span>
      </div>
    ),
  }));

  return (
    <AutoComplete
      className="area-search"
      value={text}
      options={options}
      // Typing goes through onSearch; onChange also fires with the picked code, so it only handles clearing.
      showSearch={{ onSearch: setText }}
      onChange={(value: string) => {
        if (!value) setText('');
      }}
      onSelect={(code: string) => {
        const item = items.find((candidate) => candidate.code === code);
        if (!item) return;
        setText(item.name);
        onPick(item);
      }}
      notFoundContent={text.trim() && !searching ? t('geo.noResult') : null}
      popupMatchSelectWidth={360}
    >
      <Input
        allowClear
        prefix={<SearchOutlined />}
        placeholder={t('geo.searchPlaceholder')}
        data-testid="area-search"
        aria-label={t('common.search')}
      />
    </AutoComplete>
  );
}
