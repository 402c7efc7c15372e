import { Tag } from 'antd';
import type { EventComponent } from '../../api/governance.ts';
import { useI18n } from '../../i18n/index.tsx';
import { STATUS_TAGS } from './component-pick.ts';
import { useClassName } from './EventTags.tsx';
import { ComponentId } from './NearComponents.tsx';
import './component-pick.css';

interface EventComponentLineProps {
  component: EventComponent;
  /** Lead with the word 部件 (on a card); off where a label stands beside it already. */
  labelled?: boolean;
  testId?: string;
}

/**
 * The component (部件) an event is about, in one line: its class, its 17-digit id to find it by on site, and its
 * state in the registry — so the worker and the unit know which cover or lamp to go to.
 */
export function EventComponentLine({ component, labelled = true, testId }: EventComponentLineProps) {
  const { t } = useI18n();
  const className = useClassName();
  return (
    <span className="event-component-line" data-testid={testId ?? 'event-card-component'}>
      {labelled && <span className="event-component-label">{t('gov.component.label')}</span>}
      <span className="event-component-name">{className(component)}</span>
      <ComponentId id={component.id} />
      {component.status && (
        <Tag color={STATUS_TAGS[component.status]} bordered={false} className="event-component-status">
          {t(`gov.component.status.${component.status}`)}
        </Tag>
      )}
    </span>
  );
}
