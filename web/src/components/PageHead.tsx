import { Typography } from 'antd';
import type { ReactNode } from 'react';
import './page-head.css';

/** A screen's title and what it is for, with the screen's own buttons (children) on the right. */
export function PageHead({
  title,
  intro,
  children,
}: {
  title: ReactNode;
  intro: ReactNode;
  children?: ReactNode;
}) {
  return (
    <div className="page-head">
      <div>
        <Typography.Title level={4} className="page-title">
          {title}
        </Typography.Title>
        <Typography.Text type="secondary">{intro}</Typography.Text>
      </div>
      {children}
    </div>
  );
}
