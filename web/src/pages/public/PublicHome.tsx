import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Empty, Input, Segmented, Spin, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { catalogueKeys, findItems, type ItemHit } from '../../api/catalogue.ts';
import { type MessageKey, useI18n } from '../../i18n/index.tsx';
import { HandlingTag } from '../service/CaseTags.tsx';
import { highlightSegments } from '../service/highlight.ts';

type Audience = '1' | '2';

interface Entry {
  title: MessageKey;
  /** The words searched for: what a citizen would type, which the catalogue's search understands. */
  q: string;
}

const LIFE_EVENTS: Entry[] = [
  { title: 'public.event.birth', q: '出生' },
  { title: 'public.event.school', q: '入学' },
  { title: 'public.event.work', q: '就业' },
  { title: 'public.event.marriage', q: '结婚' },
  { title: 'public.event.housing', q: '住房' },
  { title: 'public.event.retire', q: '退休' },
  { title: 'public.event.assistance', q: '低保' },
];

const LIFE_CYCLE: Entry[] = [
  { title: 'public.stage.open', q: '开公司' },
  { title: 'public.stage.licence', q: '经营许可' },
  { title: 'public.stage.build', q: '施工' },
  { title: 'public.stage.change', q: '变更登记' },
  { title: 'public.stage.close', q: '注销' },
];

/** The items visitors ask for most, by name (item content is Chinese in both languages). */
const POPULAR = ['食品经营许可', '出生登记', '社会保障卡申领', '居民身份证换领', '企业设立登记', '结婚登记'];

const searchLink = (q: string, prefer: Audience) => `/?${new URLSearchParams({ q, prefer })}`;

function HitName({ hit }: { hit: ItemHit }) {
  return (
    <>
      {highlightSegments(hit.name, hit.highlight).map((segment) =>
        segment.hit ? (
          <mark key={segment.start}>{segment.text}</mark>
        ) : (
          <span key={segment.start}>{segment.text}</span>
        ),
      )}
    </>
  );
}

function Results({ q, prefer }: { q: string; prefer: Audience }) {
  const { t, errorText } = useI18n();
  const { data: hits, error } = useQuery({
    queryKey: catalogueKeys.find(q, 20, prefer),
    queryFn: ({ signal }) => findItems(q, 20, prefer, signal),
  });

  if (error) return <Alert type="warning" showIcon title={errorText(error)} />;
  if (!hits) return <Spin className="public-wait" />;
  const found = { hits };
  const suggested = found.hits.length > 0 && found.hits.every((hit) => hit.suggestion);
  return (
    <section className="public-results" data-testid="public-results">
      <Typography.Title level={5} className="section-title">
        {found.hits.length === 0
          ? t('public.nothing', { q })
          : suggested
            ? t('public.suggestions', { q })
            : t('public.results', { q })}
      </Typography.Title>
      {found.hits.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={false} />
      ) : (
        <ol className="public-hits">
          {found.hits.map((hit) => (
            <li key={hit.code} className="public-hit" data-testid={`public-hit-${hit.code}`}>
              <Link to={`/guide/${encodeURIComponent(hit.code)}`} className="public-hit-name">
                <HitName hit={hit} />
              </Link>
              <span className="public-hit-tags">
                {(['1', '2'] as const)
                  .filter((o) =>
                    o === '1' ? hit.serviceObjects.includes('1') : hit.serviceObjects.some((s) => s !== '1'),
                  )
                  .map((o) => (
                    <Tag key={o} bordered={false}>
                      {t(`public.serves.${o}`)}
                    </Tag>
                  ))}
                <HandlingTag type={hit.handlingType} />
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function EntryLinks({ title, entries, prefer }: { title: MessageKey; entries: Entry[]; prefer: Audience }) {
  const { t } = useI18n();
  return (
    <Card size="small" title={t(title)} className="public-entries">
      <div className="public-entry-list">
        {entries.map((entry) => (
          <Link key={entry.title} to={searchLink(entry.q, prefer)} className="public-entry">
            {t(entry.title)}
          </Link>
        ))}
      </div>
    </Card>
  );
}

/** The home page of a visitor who has not signed in: find an item and its guide by everyday words. */
export function PublicHome() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const q = params.get('q')?.trim() ?? '';
  const prefer: Audience = params.get('prefer') === '2' ? '2' : '1';
  const [text, setText] = useState(q);
  useEffect(() => setText(q), [q]);

  const search = (next: string, audience: Audience) => {
    const words = next.trim();
    setParams(words ? { q: words, prefer: audience } : { prefer: audience });
  };

  return (
    <div className="public-home">
      <section className="public-hero">
        <h1 className="public-title">{t('public.heroTitle')}</h1>
        <p className="public-text">{t('public.heroText')}</p>
        <Segmented<Audience>
          className="public-audience"
          aria-label={t('public.audience')}
          value={prefer}
          onChange={(audience) => search(text, audience)}
          options={[
            { value: '1', label: <span data-testid="audience-1">{t('public.audience.1')}</span> },
            { value: '2', label: <span data-testid="audience-2">{t('public.audience.2')}</span> },
          ]}
        />
        <Input.Search
          size="large"
          enterButton={t('public.search')}
          allowClear
          placeholder={t('public.searchPlaceholder')}
          aria-label={t('public.searchLabel')}
          value={text}
          onChange={(event) => setText(event.target.value)}
          onSearch={(value) => search(value, prefer)}
          data-testid="public-search"
        />
      </section>
      {q && <Results q={q} prefer={prefer} />}
      <div className="public-columns">
        <EntryLinks title="public.lifeEvents" entries={LIFE_EVENTS} prefer="1" />
        <EntryLinks title="public.lifeCycle" entries={LIFE_CYCLE} prefer="2" />
      </div>
      <Card size="small" title={t('public.popular')} className="public-entries">
        <div className="public-entry-list">
          {POPULAR.map((name) => (
            <Link key={name} to={searchLink(name, prefer)} className="public-entry">
              {name}
            </Link>
          ))}
        </div>
      </Card>
    </div>
  );
}
