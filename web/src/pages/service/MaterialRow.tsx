import { CheckOutlined, CloseOutlined, ExclamationOutlined, MinusOutlined } from '@ant-design/icons';
import { Button, Input, Tag, Tooltip } from 'antd';
import { useEffect, useState } from 'react';
import type { CaseMaterial, MaterialStatus } from '../../api/cases.ts';
import { useI18n } from '../../i18n/index.tsx';
import { canWaive } from './checklist.ts';

const TOGGLES: {
  status: Exclude<MaterialStatus, 'pending'>;
  colour: 'green' | 'red' | 'orange' | 'default';
  icon: React.ReactNode;
}[] = [
  { status: 'received', colour: 'green', icon: <CheckOutlined /> },
  { status: 'missing', colour: 'red', icon: <CloseOutlined /> },
  { status: 'defective', colour: 'orange', icon: <ExclamationOutlined /> },
  { status: 'waived', colour: 'default', icon: <MinusOutlined /> },
];

const NECESSITY_COLOURS = { required: 'red', conditional: 'gold', optional: 'default' } as const;

interface MaterialRowProps {
  index: number;
  material: CaseMaterial;
  /** Sends a new status (with its note for a defect); `pending` undoes a tick. */
  onSet: (status: MaterialStatus, note?: string) => void;
  readOnly?: boolean;
  /** Shown under the row, e.g. the applicant's uploaded files. */
  children?: React.ReactNode;
}

/** One material of the standard checklist: what it is, and quick toggles 收到 / 缺 / 有误 / 免. */
export function MaterialRow({ index, material, onSet, readOnly, children }: MaterialRowProps) {
  const { t, label } = useI18n();
  // 有误 needs a note before it can be saved; until then the row shows the note field only.
  const [noting, setNoting] = useState(false);
  const [note, setNote] = useState(material.note ?? '');
  const shown: MaterialStatus = noting ? 'defective' : material.status;

  useEffect(() => {
    if (material.status === 'defective') setNote(material.note ?? '');
  }, [material.status, material.note]);

  const saveNote = () => {
    const trimmed = note.trim();
    if (!trimmed) return;
    if (material.status === 'defective' && material.note === trimmed) {
      setNoting(false);
      return;
    }
    setNoting(false);
    onSet('defective', trimmed);
  };

  const toggle = (status: Exclude<MaterialStatus, 'pending'>) => {
    if (shown === status) {
      setNoting(false);
      if (material.status !== 'pending') onSet('pending');
      return;
    }
    if (status === 'defective') {
      setNoting(true);
      return;
    }
    setNoting(false);
    onSet(status);
  };

  return (
    <div
      className={`material-row material-${shown}`}
      data-testid={`material-${material.id}`}
      data-status={shown}
    >
      <div className="material-info">
        <span className="material-index">{index + 1}</span>
        <div className="material-text">
          <div className="material-name">{material.name}</div>
          <div className="material-meta">
            <Tooltip title={material.condition ?? undefined}>
              <Tag color={NECESSITY_COLOURS[material.necessity]} bordered={false} className="material-tag">
                {label('necessity', material.necessity)}
              </Tag>
            </Tooltip>
            <span>
              {label('originalOrCopy', material.originalOrCopy)} · {label('form', material.form)}
              {material.copies > 0 && ` · ${t('desk.copies', { count: material.copies })}`}
            </span>
            {material.condition && <span className="material-condition">{material.condition}</span>}
          </div>
        </div>
        {readOnly ? (
          <Tag className="material-status-tag" color={TOGGLES.find((x) => x.status === shown)?.colour}>
            {label('material', shown)}
          </Tag>
        ) : (
          <fieldset className="material-toggles" aria-label={material.name}>
            {TOGGLES.filter((x) => x.status !== 'waived' || canWaive(material)).map((x) => (
              <Button
                key={x.status}
                size="small"
                color={x.colour}
                variant={shown === x.status ? 'solid' : 'outlined'}
                icon={x.icon}
                aria-pressed={shown === x.status}
                onClick={() => toggle(x.status)}
                data-testid={`material-${material.id}-${x.status}`}
              >
                {label('material', x.status)}
              </Button>
            ))}
          </fieldset>
        )}
      </div>
      {shown === 'defective' && !readOnly && (
        <Input
          size="small"
          autoFocus={noting}
          className="material-note"
          status={noting && !note.trim() ? 'warning' : undefined}
          placeholder={t('desk.defectNote')}
          value={note}
          maxLength={500}
          onChange={(event) => setNote(event.target.value)}
          onPressEnter={saveNote}
          onBlur={saveNote}
          data-testid={`material-${material.id}-note`}
        />
      )}
      {noting && !note.trim() && <div className="material-note-hint">{t('desk.defectNeedsNote')}</div>}
      {shown === 'defective' && readOnly && material.note && (
        <div className="material-note-text">{material.note}</div>
      )}
      {shown === 'waived' && material.note && (
        <div className="material-note-text" data-testid={`material-${material.id}-reason`}>
          {t('desk.waivedBecause', { reason: material.note })}
        </div>
      )}
      {children}
    </div>
  );
}
