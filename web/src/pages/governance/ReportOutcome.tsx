import { Descriptions, Result } from 'antd';
import type { ReactNode } from 'react';
import type { GovEvent } from '../../api/governance.ts';
import { useI18n } from '../../i18n/index.tsx';
import { EventComponentLine } from './EventComponentLine.tsx';
import { EventStateTag, useClassName } from './EventTags.tsx';
import { PhotoUploadList } from './PhotoUploadList.tsx';
import { RoutingExplain } from './RoutingExplain.tsx';
import type { PhotoUploads } from './usePhotoUploads.ts';

interface ReportOutcomeProps {
  e: GovEvent;
  /** The report's photos on their way up, where the form had any. */
  photos?: PhotoUploads;
  /** The buttons under it (view the event, report another …). */
  extra: ReactNode;
  /** The citizen reads the state in their own words. */
  citizen?: boolean;
}

/**
 * What became of a report the moment it was sent: its number, its class, the component it was filed on (部件), the
 * unit it went to and why.
 */
export function ReportOutcome({ e, photos, extra, citizen = false }: ReportOutcomeProps) {
  const { t } = useI18n();
  const className = useClassName();
  return (
    <Result
      status="success"
      className="report-outcome"
      data-testid="report-outcome"
      title={t('gov.outcome.title')}
      subTitle={
        <span>
          {t('gov.outcome.number')}{' '}
          <strong className="mono" data-testid="report-event-no">
            {e.eventNo}
          </strong>
        </span>
      }
      extra={extra}
    >
      <Descriptions
        size="small"
        column={1}
        bordered
        items={[
          {
            key: 'class',
            label: t('gov.outcome.class'),
            children: <span data-testid="report-class">{className(e)}</span>,
          },
          ...(e.component
            ? [
                {
                  key: 'component',
                  label: t('gov.component.label'),
                  children: (
                    <EventComponentLine component={e.component} labelled={false} testId="report-component" />
                  ),
                },
              ]
            : []),
          {
            key: 'state',
            label: t('gov.outcome.state'),
            children: <EventStateTag state={e.state} citizen={citizen} />,
          },
          {
            key: 'place',
            label: t('gov.outcome.place'),
            children: e.address ? `${e.gridName} · ${e.address}` : e.gridName,
          },
          { key: 'unit', label: t('gov.outcome.unit'), children: <RoutingExplain e={e} compact /> },
        ]}
      />
      {photos && <PhotoUploadList uploads={photos.uploads} unsupported={photos.unsupported} />}
    </Result>
  );
}
