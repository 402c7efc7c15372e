import { App } from 'antd';
import { useEffect } from 'react';
import { useBlocker } from 'react-router-dom';
import { useI18n } from '../../../i18n/index.tsx';

/**
 * Asks before edits that are not saved yet are lost: when leaving for another screen of the app, and (through the
 * browser's own question) when closing or reloading the tab.
 */
export function useUnsavedChanges(dirty: boolean): void {
  const { t } = useI18n();
  const { modal } = App.useApp();
  const blocker = useBlocker(({ currentLocation, nextLocation }) =>
    dirty ? currentLocation.pathname !== nextLocation.pathname : false,
  );

  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    modal.confirm({
      title: t('gov.admin.unsavedTitle'),
      content: t('gov.admin.unsavedText'),
      okText: t('gov.admin.leave'),
      okButtonProps: { danger: true },
      cancelText: t('gov.admin.stay'),
      onOk: () => blocker.proceed(),
      onCancel: () => blocker.reset(),
    });
  }, [blocker, modal, t]);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
}
