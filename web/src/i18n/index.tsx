import { ConfigProvider } from 'antd';
import antdEnUS from 'antd/locale/en_US';
import antdZhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { ApiError, setApiLanguage } from '../api/client.ts';
import type { DepartmentRef } from '../api/types.ts';
import { enUS } from './en-US.ts';
import { format, type Params } from './format.ts';
import { type Dictionary, type MessageKey, zhCN } from './zh-CN.ts';

/** Chancheng (and every Chinese district) keeps China Standard Time. */
export const DISTRICT_TIME_ZONE = 'Asia/Shanghai';

export type Locale = 'zh-CN' | 'en-US';
export type { MessageKey, Params };

const dictionaries: Record<Locale, Dictionary> = { 'zh-CN': zhCN, 'en-US': enUS };
const STORAGE_KEY = 'yimen.locale';

function initialLocale(): Locale {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved === 'zh-CN' || saved === 'en-US') return saved;
  } catch {
    // Storage can be unavailable (private mode); Chinese is the default anyway.
  }
  return 'zh-CN';
}

/** Families of `prefix.id` keys that name a value coming from the server (a role, a case state …). */
export type LabelPrefix =
  | 'role'
  | 'level'
  | 'audit.outcome'
  | 'caseState'
  | 'caseAction'
  | 'caseEvent'
  | 'material'
  | 'necessity'
  | 'originalOrCopy'
  | 'form'
  | 'handling'
  | 'nodeState'
  | 'match'
  | 'verify'
  | 'verifySystem'
  | 'predicate'
  | 'channel'
  | 'documentKind'
  | 'delivery'
  | 'ratingLevel'
  | 'ratingIndicator'
  | 'portalState'
  | 'govState'
  | 'govCitizenState'
  | 'govCitizenExplain'
  | 'govAction'
  | 'govLog'
  | 'govTask'
  | 'govTaskState'
  | 'govStage'
  | 'govChannel'
  | 'govLive'
  | 'severity'
  | 'photoStage'
  | 'classBy'
  | 'guideSection'
  | 'guideField';

export interface I18n {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  toggleLocale: () => void;
  t: (key: MessageKey, params?: Params) => string;
  /** A label for a role id, area level, outcome or case term; falls back to the raw id for values the UI does not know. */
  label: (prefix: LabelPrefix, id: string) => string;
  departmentName: (department: DepartmentRef | null | undefined) => string;
  /** The message to show for a failed request: the server's message, or a translated network/unknown text. */
  errorText: (error: unknown) => string;
  formatDateTime: (iso: string) => string;
  /** The calendar day alone, in the district's time (promised dates). */
  formatDate: (iso: string) => string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);

  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not persisted; the switch still works for this visit.
    }
  }, []);

  useEffect(() => {
    document.documentElement.lang = locale;
    setApiLanguage(locale);
    dayjs.locale(locale === 'zh-CN' ? 'zh-cn' : 'en');
  }, [locale]);

  const value = useMemo<I18n>(() => {
    const dictionary = dictionaries[locale];
    const t = (key: MessageKey, params?: Params) => format(dictionary[key], params);
    // Government records are read in the district's own time, whatever the viewer's device says.
    const dateTime = new Intl.DateTimeFormat(locale, {
      dateStyle: 'medium',
      timeStyle: 'medium',
      timeZone: DISTRICT_TIME_ZONE,
    });
    const dateOnly = new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      weekday: 'short',
      timeZone: DISTRICT_TIME_ZONE,
    });
    return {
      locale,
      setLocale,
      toggleLocale: () => setLocale(locale === 'zh-CN' ? 'en-US' : 'zh-CN'),
      t,
      label: (prefix, id) => {
        const key = `${prefix}.${id}`;
        return key in dictionary ? dictionary[key as MessageKey] : id;
      },
      departmentName: (department) =>
        department ? (locale === 'zh-CN' ? department.nameZh : department.nameEn || department.nameZh) : '',
      errorText: (error) => {
        if (error instanceof ApiError) {
          if (error.code === 'network_error') return t('error.network');
          return error.message || t('error.unknown');
        }
        return t('error.unknown');
      },
      formatDateTime: (iso) => {
        const date = new Date(iso);
        return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
      },
      formatDate: (iso) => {
        const date = new Date(iso);
        return Number.isNaN(date.getTime()) ? iso : dateOnly.format(date);
      },
    };
  }, [locale, setLocale]);

  return (
    <I18nContext.Provider value={value}>
      <ConfigProvider
        locale={locale === 'zh-CN' ? antdZhCN : antdEnUS}
        theme={{
          token: {
            colorPrimary: '#0b57b7',
            borderRadius: 6,
            fontFamily:
              "-apple-system, BlinkMacSystemFont, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
          },
          components: { Layout: { headerBg: '#0b3a75', siderBg: '#ffffff' } },
        }}
      >
        {children}
      </ConfigProvider>
    </I18nContext.Provider>
  );
}

export function useI18n(): I18n {
  const context = useContext(I18nContext);
  if (!context) throw new Error('useI18n must be used inside <I18nProvider>');
  return context;
}
