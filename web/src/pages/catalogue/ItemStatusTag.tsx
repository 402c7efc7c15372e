import { Tag } from 'antd';
import type { ItemStatus } from '../../api/catalogue-admin.ts';
import { type MessageKey, useI18n } from '../../i18n/index.tsx';

const COLOURS: Record<ItemStatus, string> = { draft: 'gold', published: 'green', retired: 'default' };

/** 草稿 / 已发布 / 已废止, and 有未发布的修改 when the draft differs from the published version. */
export function ItemStatusTag({ status, unpublished }: { status: ItemStatus; unpublished?: boolean }) {
  const { t } = useI18n();
  return (
    <span data-testid="item-status">
      <Tag color={COLOURS[status]}>{t(`cat.status.${status}` as MessageKey)}</Tag>
      {unpublished && status !== 'draft' && <Tag color="orange">{t('cat.unpublished')}</Tag>}
    </span>
  );
}
