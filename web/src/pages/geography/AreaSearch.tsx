import { SearchOutlined } from '@ant-design/icons';
import { AutoComplete, Input, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { isAbort } from '../../api/client.ts';
import { searchAreas } from '../../api/geo.ts';
import type { AreaSearchItem } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.tsx';

const DEBOUNCE_MS = 250;

/** Finds an area by name or code; picking one hands the whole item to the map page. */
export function AreaSearch({ onPick }: { onPick: (item: AreaSearchItem) => void }) {
  const { t, label } = useI18n();
  const [text, setText] = useState('');
  const [items, setItems] = useState<AreaSearchItem[]>([]);
  const [searching, setSearching] = useState(false);

  useEffect(() => {
    const q = text.trim();
    if (!q) {
      setItems([]);
      return;
    }
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      setSearching(true);
      searchAreas(q, controller.signal)
        .then(setItems)
        .catch((error: unknown) => {
          if (!isAbort(error)) setItems([]);
        })
        .finally(() => !controller.signal.aborted && setSearching(false));
    }, DEBOUNCE_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [text]);

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
