import { Alert, Result, Table, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { EventSummary, ImportOutcome } from '../../api/governance.ts';
import { useI18n } from '../../i18n/index.tsx';
import { EventStateTag, useClassName } from './EventTags.tsx';
import { ImportProblems } from './ImportProblems.tsx';
import type { ReadImport } from './import-file.ts';

/** One imported event as the table shows it: the number alone when the list did not bring the event back. */
type ImportedRow = { eventNo: string; event: EventSummary | null };

/**
 * What an accepted import made: how many events, each with its class, unit and a link; and the rows the database
 * refused after the others were stored (an address the register does not know), to be fixed and sent again.
 */
export function ImportResult({
  outcome,
  events,
  file,
  extra,
}: {
  outcome: ImportOutcome;
  /** The imported events the list brought back, by number; null while it loads. */
  events: ReadonlyMap<string, EventSummary> | null;
  file: ReadImport;
  extra: ReactNode;
}) {
  const { t } = useI18n();
  const className = useClassName();
  const rows: ImportedRow[] = outcome.eventNos.map((eventNo) => ({
    eventNo,
    event: events?.get(eventNo) ?? null,
  }));
  const unlisted = events ? rows.filter((r) => !r.event).length : 0;
  return (
    <div data-testid="import-result">
      <Result
        status={outcome.failed.length ? 'warning' : 'success'}
        title={
          <span data-testid="import-created">{t('gov.import.doneTitle', { count: outcome.imported })}</span>
        }
        subTitle={outcome.imported ? t('gov.import.doneText') : t('gov.import.nothingCreated')}
        extra={extra}
      />
      {outcome.failed.length > 0 && (
        <div className="import-block">
          <Alert
            type="warning"
            showIcon
            title={t('gov.import.partialTitle', { count: outcome.failed.length })}
            description={t('gov.import.partialText')}
            className="import-block"
          />
          <ImportProblems problems={outcome.failed} file={file} testId="import-failed" />
        </div>
      )}
      {rows.length > 0 && (
        <Table<ImportedRow>
          size="small"
          rowKey="eventNo"
          loading={!events}
          dataSource={rows}
          pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
          data-testid="import-events"
          columns={[
            {
              title: t('gov.import.eventNo'),
              key: 'eventNo',
              width: 190,
              render: (_, r) =>
                r.event ? (
                  <Link to={`/gov/events/${r.event.id}`} data-testid={`import-event-${r.eventNo}`}>
                    {r.eventNo}
                  </Link>
                ) : (
                  r.eventNo
                ),
            },
            {
              title: t('gov.import.description'),
              key: 'description',
              ellipsis: true,
              render: (_, r) => r.event?.description ?? '',
            },
            {
              title: t('gov.import.class'),
              key: 'class',
              width: 200,
              render: (_, r) => (r.event ? `${r.event.classCode} ${className(r.event)}` : ''),
            },
            {
              title: t('gov.import.unit'),
              key: 'unit',
              width: 260,
              render: (_, r) => r.event?.unitName ?? r.event?.unitId ?? '',
            },
            {
              title: t('gov.import.state'),
              key: 'state',
              width: 110,
              render: (_, r) => (r.event ? <EventStateTag state={r.event.state} /> : null),
            },
            {
              title: '',
              key: 'open',
              width: 80,
              render: (_, r) =>
                r.event ? <Link to={`/gov/events/${r.event.id}`}>{t('gov.import.open')}</Link> : null,
            },
          ]}
        />
      )}
      {unlisted > 0 && (
        <Typography.Paragraph type="secondary" className="import-note">
          {t('gov.import.notListed', { count: unlisted })}
        </Typography.Paragraph>
      )}
    </div>
  );
}
