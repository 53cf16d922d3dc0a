import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useMemo, useState } from 'preact/hooks';
import { messages, type Key } from './messages';
// The engine's catalogue module is pure: the web app cites statutes exactly as the service does.
import { finlexUrl, groundCitation, groundTitle } from '../../src/rules/i18n';
import { ground, isGroundCode } from '../../src/rules/grounds';

export type Lang = 'fi' | 'sv' | 'en';
export const LANGS: { code: Lang; name: string }[] = [
  { code: 'fi', name: 'Suomi' },
  { code: 'sv', name: 'Svenska' },
  { code: 'en', name: 'English' },
];

const LOCALE: Record<Lang, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };
const STORAGE = 'jaavi.lang';

export interface I18n {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: (key: Key, params?: Record<string, string | number>) => string;
  /** A code's label, e.g. label('ground', 'HL28_1_5'); the code itself when unknown. */
  label: (prefix: string, code: string | null | undefined) => string;
  /** A calendar date YYYY-MM-DD (or an ISO timestamp) in the reader's language. */
  date: (value: string | null | undefined) => string;
  dateTime: (value: string | null | undefined) => string;
  month: (yyyyMm: string) => string;
  /** The language the service writes explanations in: the reader's own. */
  apiLang: Lang;
  /** A ground code's Finlex page in the reader's language; null for an unknown code. */
  groundUrl: (code: string) => string | null;
}

const Context = createContext<I18n | null>(null);

function initialLang(): Lang {
  const stored = localStorage.getItem(STORAGE);
  if (stored === 'fi' || stored === 'sv' || stored === 'en') return stored;
  return 'fi';
}

function make(lang: Lang, setLang: (l: Lang) => void): I18n {
  const dict = messages[lang];
  const locale = LOCALE[lang];
  const plurals = new Intl.PluralRules(locale);
  const dateFormat = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' });
  // Meetings are held in Finland: times are shown in Finnish time wherever the reader is.
  const dateTimeFormat = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Helsinki',
  });
  const monthFormat = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  return {
    lang,
    setLang,
    apiLang: lang,
    groundUrl: (code) => (isGroundCode(code) ? finlexUrl(ground(code).ref.statute, lang) : null),
    t: (key, params) => {
      // A count picks its plural form by the language's rule: `key.one` when it exists.
      const n = params?.n;
      const one = `${key}.one` as Key;
      const pick = typeof n === 'number' && plurals.select(n) === 'one' && dict[one] ? one : key;
      let text: string = dict[pick] ?? messages.fi[pick] ?? key;
      if (params) for (const [k, v] of Object.entries(params)) text = text.split(`{${k}}`).join(String(v));
      return text;
    },
    label: (prefix, code) => {
      if (!code) return '';
      if (prefix === 'ground' && isGroundCode(code)) return groundCitation(code, lang);
      if (prefix === 'groundTitle' && isGroundCode(code)) return groundTitle(code, lang);
      const key = `${prefix}.${code}`;
      return (dict as Record<string, string>)[key] ?? (messages.fi as Record<string, string>)[key] ?? code;
    },
    date: (value) => {
      if (!value) return '';
      const d = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : new Date(value);
      return Number.isNaN(d.getTime()) ? value : dateFormat.format(d);
    },
    dateTime: (value) => {
      if (!value) return '';
      const d = new Date(value);
      return Number.isNaN(d.getTime()) ? value : dateTimeFormat.format(d);
    },
    month: (yyyyMm) => {
      const d = new Date(`${yyyyMm}-01T00:00:00Z`);
      return Number.isNaN(d.getTime()) ? yyyyMm : monthFormat.format(d);
    },
  };
}

export function I18nProvider({ children }: { children: ComponentChildren }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const setLang = (l: Lang) => {
    localStorage.setItem(STORAGE, l);
    setLangState(l);
  };
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const value = useMemo(() => make(lang, setLang), [lang]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(Context);
  if (!value) throw new Error('I18nProvider missing');
  return value;
}
