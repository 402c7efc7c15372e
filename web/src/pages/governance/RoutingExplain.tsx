import { ApartmentOutlined, BranchesOutlined } from '@ant-design/icons';
import { Tag, Typography } from 'antd';
import type { Bilingual, EventSummary } from '../../api/governance.ts';
import { useI18n } from '../../i18n/index.tsx';

/** A routing reason in the reader's language. */
export function useReason(): (reason: Bilingual | null | undefined) => string {
  const { locale } = useI18n();
  return (reason) => (reason ? (locale === 'en-US' ? reason.en : reason.zh) : '');
}

/**
 * Why the event went where it went: the unit, whether a line of the responsibility list (规则) or the street's
 * fallback (兜底) decided, the reason in words, and the units it went to before (改派).
 */
export function RoutingExplain({
  e,
  compact = false,
}: {
  e: Pick<EventSummary, 'unitName' | 'unitId' | 'routing'>;
  compact?: boolean;
}) {
  const { t } = useI18n();
  const reasonText = useReason();
  const fallback = Boolean(e.routing.fallback);
  const history = e.routing.history ?? [];
  return (
    <div className={`routing-explain${compact ? ' routing-compact' : ''}`} data-testid="routing">
      <div className="routing-unit">
        <ApartmentOutlined /> <strong data-testid="routing-unit">{e.unitName ?? e.unitId ?? '—'}</strong>{' '}
        <Tag
          color={fallback ? 'orange' : 'geekblue'}
          bordered={false}
          data-testid="routing-kind"
          data-kind={fallback ? 'fallback' : 'rule'}
        >
          {t(fallback ? 'gov.routing.fallback' : 'gov.routing.rule')}
        </Tag>
      </div>
      <Typography.Text type="secondary" className="small routing-reason" data-testid="routing-reason">
        {reasonText(e.routing.reason)}
      </Typography.Text>
      {!compact && history.length > 0 && (
        <div className="routing-history small">
          <BranchesOutlined /> {t('gov.routing.before')}
          <ol>
            {history.map((h, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the history only grows at its end; a unit may occur twice.
              <li key={`${h.unitId}-${i}`}>
                <span className="muted">{reasonText(h.reason) || h.unitId || '—'}</span>
              </li>
            ))}
          </ol>
        </div>
      )}
    </div>
  );
}
