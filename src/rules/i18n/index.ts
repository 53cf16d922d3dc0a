/**
 * Messages in the reader's language: the catalogues, template filling, plural forms
 * (`Intl.PluralRules`: CLDR rules, built into every JavaScript engine, so no library) and the
 * standard legal notation with its Finlex link. Pure: no clock, no I/O.
 */
import { type GroundCode, ground, STATUTES, type StatuteCode, type StatuteRef, type TextLang } from '../grounds';
import type { Catalogue, Plural } from './catalogue';
import { EN } from './en';
import { FI } from './fi';
import { SV } from './sv';

export type { Catalogue, Plural } from './catalogue';

export const LANGS: readonly TextLang[] = ['fi', 'sv', 'en'];

export const CATALOGUES: Readonly<Record<TextLang, Catalogue>> = { fi: FI, sv: SV, en: EN };

export function catalogue(lang: TextLang): Catalogue {
  return CATALOGUES[lang] ?? FI;
}

export function isLang(value: unknown): value is TextLang {
  return value === 'fi' || value === 'sv' || value === 'en';
}

/** Fills `{name}` placeholders; an unknown placeholder is left as it is (a test finds it). */
export function fill(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}

const pluralRules = new Map<TextLang, Intl.PluralRules>();

/** `{n} päivä` / `{n} päivää` by the language's plural rule. */
export function plural(lang: TextLang, forms: Plural, n: number): string {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(catalogue(lang).locale);
    pluralRules.set(lang, rules);
  }
  const form = rules.select(n) === 'one' ? forms.one : forms.other;
  return fill(form, { n });
}

/** `HL 28 § 1 mom. 5 k.`, `FL 28 § 1 mom. 5 p.`, `APA s. 28(1)(5)`. */
export function citation(ref: StatuteRef, lang: TextLang): string {
  const c = catalogue(lang).citation;
  const abbr = STATUTES[ref.statute].abbreviation[lang];
  return (
    fill(c.section, { abbr, section: ref.section }) +
    (ref.subsection ? fill(c.subsection, { subsection: ref.subsection }) : '') +
    (ref.paragraph ? fill(c.paragraph, { paragraph: ref.paragraph }) : '')
  );
}

export function groundCitation(code: GroundCode, lang: TextLang): string {
  return citation(ground(code).ref, lang);
}

export function groundTitle(code: GroundCode, lang: TextLang): string {
  return ground(code).title[lang];
}

/** A ground in words: `HL 28 § 1 mom. 5 k. (yhteisöjäävi)`. */
export function groundText(code: GroundCode, lang: TextLang): string {
  return fill(catalogue(lang).explain.groundItem, { citation: groundCitation(code, lang), title: groundTitle(code, lang) });
}

/** The statute's consolidated text on Finlex in the reader's language (English: the translation). */
export function finlexUrl(statute: StatuteCode, lang: TextLang): string {
  const [num, year] = STATUTES[statute].number.split('/');
  const id = `${year}${(num ?? '').padStart(4, '0')}`;
  const path = catalogue(lang).citation.finlexPath;
  return `https://www.finlex.fi/${path}/${year}/${lang === 'en' ? 'en' : ''}${id}`;
}

/** A short reference used inside sentences (`KL 79 §`), by statute and section. */
export function law(statute: StatuteCode, section: number, lang: TextLang, subsection?: number): string {
  return citation({ statute, section, subsection }, lang);
}

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `YYYY-MM-DD` → `14.12.2026` (fi, sv, as minutes write it) or `14 December 2026` (en). */
export function formatDate(date: string, lang: TextLang): string {
  const [y, m, d] = date.slice(0, 10).split('-').map(Number);
  return lang === 'en' ? `${d} ${MONTHS_EN[(m ?? 1) - 1]} ${y}` : `${d}.${m}.${y}`;
}

const timeFormats = new Map<TextLang, Intl.DateTimeFormat>();

/**
 * An ISO timestamp in Finnish time (meetings are held in Finland whatever the reader's zone):
 * `14.12.2026 klo 16.00`, `14.12.2026 kl. 16.00`, `14 December 2026 at 16:00`.
 */
export function formatDateTime(iso: string, lang: TextLang): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  let format = timeFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(catalogue(lang).locale, {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: 'Europe/Helsinki',
    });
    timeFormats.set(lang, format);
  }
  const part = (type: string) => format.formatToParts(instant).find((p) => p.type === type)?.value ?? '';
  const date = formatDate(`${part('year')}-${part('month')}-${part('day')}`, lang);
  const time = lang === 'en' ? `${part('hour')}:${part('minute')}` : `${part('hour')}.${part('minute')}`;
  return `${date} ${catalogue(lang).at} ${time}`;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
