import type { ReactNode } from 'react';
import type { AreaId } from '../auth/access.ts';
import type { MessageKey } from '../i18n/index.tsx';

/** The areas of the web client: one entry per menu item, home card and guarded route. */
export interface Area {
  id: AreaId;
  path: string;
  title: MessageKey;
  description?: MessageKey;
  icon: ReactNode;
  /** Shown under this menu group: the one-window service's screens, or administration. */
  group?: 'service' | 'admin';
  /** A card on the home page. */
  card: boolean;
  /** Pages reached from other pages (one case, one guide) have no menu entry of their own. */
  inMenu?: false;
}
