import { CheckCircleFilled, CloseCircleFilled, QuestionCircleOutlined } from '@ant-design/icons';
import { Alert, Checkbox, Typography } from 'antd';
import type { CaseView, ChecklistChanges, Shortfall } from '../../api/cases.ts';
import { MaterialAttachments } from '../../components/MaterialAttachments.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { filesByMaterial } from '../portal/portal-case.ts';
import { MaterialRow } from './MaterialRow.tsx';

interface ChecklistPanelProps {
  c: CaseView;
  /** Without it the checklist is read-only (the case page). */
  onChange?: (changes: ChecklistChanges) => void;
  /** With it, each material shows its files and the clerk can add a scan while the case is being checked. */
  onCaseChanged?: (c: CaseView) => void;
}

/** The server takes a clerk's scan while the case is checked at the window, pre-reviewed or corrected. */
const SCAN_STATES = new Set(['checking', 'prereview', 'correction']);

/** The one standard checklist of the item: accept conditions, then materials. */
export function ChecklistPanel({ c, onChange, onCaseChanged }: ChecklistPanelProps) {
  const { t } = useI18n();
  const readOnly = !onChange;
  const files = filesByMaterial(c.files);
  const scannable = Boolean(onCaseChanged) && c.files !== undefined && SCAN_STATES.has(c.state);
  return (
    <div className="checklist">
      {c.checklist.conditions.length > 0 && (
        <section className="checklist-section">
          <Typography.Title level={5} className="checklist-heading">
            {t('desk.conditions')}
          </Typography.Title>
          <ul className="condition-list">
            {c.checklist.conditions.map((condition) => (
              <li key={condition.id} className="condition-row">
                {readOnly ? (
                  <span className="condition-readonly">
                    {condition.met === true ? (
                      <CheckCircleFilled className="ok-icon" aria-label={t('case.conditionMet')} />
                    ) : condition.met === false ? (
                      <CloseCircleFilled className="bad-icon" aria-label={t('case.conditionNotMet')} />
                    ) : (
                      <QuestionCircleOutlined className="muted" aria-label={t('case.conditionUnknown')} />
                    )}
                    <span>{condition.text}</span>
                  </span>
                ) : (
                  <Checkbox
                    checked={condition.met === true}
                    onChange={(event) =>
                      onChange({ conditions: [{ id: condition.id, met: event.target.checked }] })
                    }
                    data-testid={`condition-${condition.id}`}
                  >
                    {condition.text}
                  </Checkbox>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="checklist-section">
        <Typography.Title level={5} className="checklist-heading">
          {t('desk.materials')}
        </Typography.Title>
        <div className="material-list">
          {c.checklist.materials.map((material, index) => (
            <MaterialRow
              key={material.id}
              index={index}
              material={material}
              readOnly={readOnly}
              onSet={(status, note) =>
                onChange?.({ materials: [{ id: material.id, status, ...(note ? { note } : {}) }] })
              }
            >
              {onCaseChanged && (
                <MaterialAttachments
                  c={c}
                  material={material}
                  files={files.get(material.id) ?? []}
                  uploadable={scannable}
                  onChanged={onCaseChanged}
                />
              )}
            </MaterialRow>
          ))}
        </div>
      </section>
    </div>
  );
}

/** What still keeps the case from completion or acceptance, as the server counts it. */
export function ShortfallAlert({
  shortfall,
  actionLabel,
  blockingVerifications = 0,
}: {
  shortfall: Shortfall;
  actionLabel: string;
  /** Jump verifications not (yet) answered as required; they hold acceptance unless the item trusts first. */
  blockingVerifications?: number;
}) {
  const { t, label } = useI18n();
  const empty =
    shortfall.materials.length === 0 && shortfall.conditions.length === 0 && blockingVerifications === 0;
  if (empty) {
    return (
      <Alert
        type="success"
        showIcon
        title={t('desk.complete', { action: actionLabel })}
        data-testid="shortfall"
      />
    );
  }
  const names = [
    ...shortfall.materials.map((m) => `${m.name}（${label('material', m.status)}）`),
    ...shortfall.conditions.map((x) => x.text),
  ];
  return (
    <Alert
      type="warning"
      showIcon
      title={t('desk.shortfallCount', {
        materials: shortfall.materials.length,
        conditions: shortfall.conditions.length,
      })}
      description={
        <>
          {names.length > 0 && <div className="shortfall-names">{names.join('；')}</div>}
          {blockingVerifications > 0 && <div>{t('verify.blocking', { count: blockingVerifications })}</div>}
        </>
      }
      data-testid="shortfall"
    />
  );
}
