import { ReloadOutlined } from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/index.tsx';

interface RecordTitleProps {
  title: ReactNode;
  /** The record's tags, its state first. */
  children: ReactNode;
  /** Asks the server again: the record moves on while the page is open. */
  onReload: () => void;
  reloadTestId: string;
  /** Extra class for the title, e.g. `mono` for a case number. */
  titleClassName?: string;
  titleTestId?: string;
}

/** The first line of a record's header: its name, its tags and a quiet reload button. */
export function RecordTitle({
  title,
  children,
  onReload,
  reloadTestId,
  titleClassName,
  titleTestId,
}: RecordTitleProps) {
  const { t } = useI18n();
  return (
    <Space size={8} wrap align="center">
      <Typography.Title
        level={4}
        className={titleClassName ? `page-title ${titleClassName}` : 'page-title'}
        data-testid={titleTestId}
      >
        {title}
      </Typography.Title>
      {children}
      <Button
        type="text"
        size="small"
        icon={<ReloadOutlined />}
        onClick={onReload}
        aria-label={t('common.retry')}
        data-testid={reloadTestId}
      />
    </Space>
  );
}
