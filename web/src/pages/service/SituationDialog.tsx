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
  // One question per situation: materials of the same situation (委托他人代为办理的 …) are asked about once.
  const situations: { text: string; of: CaseMaterial[] }[] = [];
  for (const m of materials) {
    const text = m.condition ?? m.name;
    const found = situations.find((x) => x.text === text);
    if (found) found.of.push(m);
    else situations.push({ text, of: [m] });
  }
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
      onOk={() =>
        onDone(
          new Set(situations.filter((x) => applies.includes(x.text)).flatMap((x) => x.of.map((m) => m.id))),
        )
      }
      onCancel={onCancel}
      okButtonProps={{ ...{ 'data-testid': 'situation-ok' } }}
    >
      <Typography.Paragraph type="secondary">{t('desk.situationHint')}</Typography.Paragraph>
      <Checkbox.Group
        value={applies}
        onChange={(value) => setApplies(value as string[])}
        className="situation-list"
      >
        {situations.map((x) => (
          <div key={x.text}>
            <Checkbox value={x.text} data-testid={`situation-${x.of[0]!.id}`}>
              {x.text}（{x.of.map((m) => m.name).join('、')}）
            </Checkbox>
          </div>
        ))}
      </Checkbox.Group>
    </Modal>
  );
}
