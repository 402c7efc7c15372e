import { CheckCircleFilled, CloseOutlined, LoadingOutlined } from '@ant-design/icons';
import { Button, Tag, Typography } from 'antd';
import { useCallback, useState } from 'react';
import type { ComponentItem, NearComponent } from '../../api/governance.ts';
import { useI18n } from '../../i18n/index.tsx';
import { classLabel } from './class-picker.ts';
import { componentIdParts, metres, NEAR_RADIUS_M, STATUS_TAGS, visibleComponents } from './component-pick.ts';
import { useTaxonomy } from './useTaxonomy.ts';
import './component-pick.css';

interface NearComponentsProps {
  items: readonly NearComponent[];
  loading: boolean;
  error: unknown;
  chosen: ComponentItem | null;
  onPick: (c: NearComponent) => void;
  onClear: () => void;
}

/** The class of a component in the language shown (the registry names it in Chinese). */
export function useComponentClassName(): (c: Pick<ComponentItem, 'classCode' | 'className'>) => string {
  const { locale } = useI18n();
  const { taxonomy } = useTaxonomy();
  return useCallback(
    (c) => (locale === 'en-US' ? classLabel(taxonomy, c.classCode, 'en') : c.className),
    [locale, taxonomy],
  );
}

/** The 17-digit id, its district, class and serial set slightly apart so it can be read out. */
export function ComponentId({ id }: { id: string }) {
  return (
    <span className="component-id mono" data-testid="component-id">
      {componentIdParts(id).map((part, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts are positional
        <span key={i}>{part}</span>
      ))}
    </span>
  );
}

/**
 * 附近部件: the registered components near the pin, nearest first — class, id, state, distance — to pick the one
 * the problem is on. The choice is shown plainly and can be cleared; with nothing near, a quiet note.
 */
export function NearComponents({ items, loading, error, chosen, onPick, onClear }: NearComponentsProps) {
  const { t, errorText } = useI18n();
  const className = useComponentClassName();
  const [showAll, setShowAll] = useState(false);
  const shown = visibleComponents(items, chosen?.id, showAll);

  return (
    <div className="near-components" data-testid="near-components" data-loading={loading}>
      <div className="near-components-head">
        <Typography.Text strong>{t('gov.component.near')}</Typography.Text>
        <span className="muted small">
          {loading ? <LoadingOutlined /> : null} {t('gov.component.nearHint', { radius: NEAR_RADIUS_M })}
        </span>
      </div>
      {chosen && (
        <div className="component-chosen" data-testid="component-chosen">
          <CheckCircleFilled className="component-chosen-icon" />
          <span className="component-chosen-text">
            {t('gov.component.chosen')}
            <strong>{className(chosen)}</strong> <ComponentId id={chosen.id} />
          </span>
          <Button
            size="small"
            type="text"
            icon={<CloseOutlined />}
            onClick={onClear}
            data-testid="component-clear"
          >
            {t('gov.component.clear')}
          </Button>
        </div>
      )}
      {error ? (
        <div className="muted small" data-testid="near-components-failed">
          {t('gov.component.failed', { reason: errorText(error) })}
        </div>
      ) : items.length === 0 ? (
        !loading && (
          <div className="muted small" data-testid="near-components-none">
            {t('gov.component.none', { radius: NEAR_RADIUS_M })}
          </div>
        )
      ) : (
        <ul className="near-component-list">
          {shown.map((c) => {
            const picked = c.id === chosen?.id;
            return (
              <li key={c.id}>
                <button
                  type="button"
                  className={`near-component${picked ? ' near-component-picked' : ''}`}
                  aria-pressed={picked}
                  onClick={() => (picked ? onClear() : onPick(c))}
                  data-testid={`component-${c.id}`}
                >
                  <span className="near-component-main">
                    <span className="near-component-name">
                      {picked && <CheckCircleFilled className="component-chosen-icon" />}
                      {className(c)}
                    </span>
                    <ComponentId id={c.id} />
                  </span>
                  <Tag color={STATUS_TAGS[c.status]} bordered={false} className="near-component-status">
                    {t(`gov.component.status.${c.status}`)}
                  </Tag>
                  <span className="near-component-distance">
                    {t('gov.component.distance', { metres: metres(c.distanceM) })}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {!showAll && items.length > shown.length && (
        <Button type="link" size="small" onClick={() => setShowAll(true)} data-testid="near-components-all">
          {t('gov.component.showAll', { count: items.length })}
        </Button>
      )}
    </div>
  );
}
