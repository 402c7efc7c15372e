import { ArrowLeftOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';

/** The way back to the list a record was opened from, above the record's header. */
export function BackLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Link to={to} className="my-case-back">
      <ArrowLeftOutlined /> {children}
    </Link>
  );
}
