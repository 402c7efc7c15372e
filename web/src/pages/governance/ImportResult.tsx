import { Alert, Result, Table } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { EventSummary, ImportOutcome } from '../../api/governance.ts';
import { useI18n } from '../../i18n/index.tsx';
import { EventStateTag, useClassName } from './EventTags.tsx';
import { ImportProblems } from './ImportProblems.tsx';
import type { ReadImport } from './import-file.ts';

/**
 * What an accepted import made: how many events, each with its class, unit and a link; and the rows the database
 * refused after the others were stored (an address the register does not know), to be fixed and sent again.
 */
export function ImportResult({
  outcome,
  file,
  extra,
}: {
  outcome: ImportOutcome;
  file: ReadImport;
  extra: ReactNode;
}) {
  const { t } = useI18n();
  const className = useClassName();
  const rows = outcome.events;
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
        <Table<EventSummary>
          size="small"
          rowKey="eventNo"
          dataSource={rows}
          pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
          data-testid="import-events"
          columns={[
            {
              title: t('gov.import.eventNo'),
              key: 'eventNo',
              width: 190,
              render: (_, e) => (
                <Link to={`/gov/events/${e.id}`} data-testid={`import-event-${e.eventNo}`}>
                  {e.eventNo}
                </Link>
              ),
            },
            {
              title: t('gov.import.description'),
              key: 'description',
              ellipsis: true,
              render: (_, e) => e.description,
            },
            {
              title: t('gov.import.class'),
              key: 'class',
              width: 200,
              render: (_, e) => `${e.classCode} ${className(e)}`,
            },
            {
              title: t('gov.import.unit'),
              key: 'unit',
              width: 260,
              render: (_, e) => e.unitName ?? e.unitId ?? '',
            },
            {
              title: t('gov.import.state'),
              key: 'state',
              width: 110,
              render: (_, e) => <EventStateTag state={e.state} />,
            },
            {
              title: '',
              key: 'open',
              width: 80,
              render: (_, e) => <Link to={`/gov/events/${e.id}`}>{t('gov.import.open')}</Link>,
            },
          ]}
        />
      )}
    </div>
  );
}
