import { Checkbox, Modal, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { CaseMaterial } from '../../api/cases.ts';
import { useI18n } from '../../i18n/index.tsx';

/**
 * 全部收到 with materials brought only in some situations (按情形): asks once which situations apply. The ticked
 * ones are received, the others waived as not applicable.
 */
export function SituationDialog({
  materials,
  open,
  onDone,
  onCancel,
}: {
  materials: readonly CaseMaterial[];
  open: boolean;
  onDone: (applies: ReadonlySet<string>) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [applies, setApplies] = useState<string[]>([]);
  useEffect(() => {
    if (open) setApplies([]);
  }, [open]);
  return (
    <Modal
      open={open}
      title={t('desk.situationTitle')}
      okText={t('desk.allReceived')}
      cancelText={t('common.cancel')}
      onOk={() => onDone(new Set(applies))}
      onCancel={onCancel}
      okButtonProps={{ ...{ 'data-testid': 'situation-ok' } }}
    >
      <Typography.Paragraph type="secondary">{t('desk.situationHint')}</Typography.Paragraph>
      <Checkbox.Group
        value={applies}
        onChange={(value) => setApplies(value as string[])}
        className="situation-list"
      >
        {materials.map((m) => (
          <div key={m.id}>
            <Checkbox value={m.id} data-testid={`situation-${m.id}`}>
              {m.condition ?? m.name}（{m.name}）
            </Checkbox>
          </div>
        ))}
      </Checkbox.Group>
    </Modal>
  );
}
