import { fieldAt, type Case } from '../domain/case.js';
import { Datum } from '../domain/datum.js';
import type { Basis, Finding } from '../domain/evaluation.js';
import type { Rule } from '../domain/rule.js';
import { type Lang, textIn, textOr } from '../domain/lang.js';
import { isFreeText } from '../input/case-schema.js';
import { formatPath } from '../input/problem.js';
import { fill, formatAmount, formatDate, formatDays, type Notation, words } from './locale/index.js';

export interface MessageOptions {
  lang: Lang;
  notation: Notation;
  /** --redact: what free text becomes. */
  mask?: ((text: string) => string) | undefined;
}

/** A finding in words: the rule's template for this way of failing, with its values filled in. */
export function findingMessage(f: Finding, rule: Rule | undefined, c: Case, options: MessageOptions): string {
  // A template the rules file has only in English is filled in English too: one language per sentence.
  const own = f.template[options.lang] !== undefined ? options : { ...options, lang: 'en' as const };
  const parts = templateParts(textIn(f.template, own.lang));
  let text = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) text += placeholder(parts[i]!, f, rule, c, own) + parts[i + 1]!;
  return text;
}

/** A template split once into text and placeholder names, alternately: every finding of a batch fills one. */
const compiled = new Map<string, readonly string[]>();

function templateParts(template: string): readonly string[] {
  let parts = compiled.get(template);
  if (!parts) compiled.set(template, (parts = template.split(/\{([^}]+)\}/)));
  return parts;
}

function placeholder(name: string, f: Finding, rule: Rule | undefined, c: Case, { lang, notation, mask }: MessageOptions): string {
  switch (name) {
    case 'key': return formatPath(f.path);
    case 'title': return textOr(rule?.title, lang, f.rule);
    case 'days': return f.args.days === undefined ? `{${name}}` : formatDays(f.args.days, lang);
    case 'basis': return f.args.basis ? describeBasis(f.args.basis, lang, notation) : '';
    case 'value': {
      const v = f.args.value;
      return v === undefined ? '—' : mask && typeof v === 'string' ? mask(v) : String(v);
    }
    case 'done': case 'due': case 'from': case 'date': case 'limit': {
      const d = f.args[name];
      return d ? formatDate(d, lang, notation) : '—';
    }
    default: {
      // A case key, such as {eerste_spoor.status}; the rules loader checked that it exists.
      const path = name.split('.');
      const v = fieldAt(c, path);
      if (mask && typeof v === 'string' && isFreeText(path)) return mask(v);
      return v instanceof Datum ? formatDate(v, lang, notation) : v === undefined ? '—' : String(v);
    }
  }
}

const basisWords = new WeakMap<object, Map<string, string>>();

/**
 * Why a date is what it is, in words: "end of week 52", "6 weeks after eerstejaarsevaluatie
 * (2025-11-20)". The anchors are the rules table's own objects, so the words are made once per
 * anchor, recorded date, language and notation, however many cases a batch has.
 */
export function describeBasis(basis: Basis, lang: Lang, notation: Notation = 'local'): string {
  let byKey = basisWords.get(basis.anchor);
  if (!byKey) basisWords.set(basis.anchor, (byKey = new Map()));
  const key = `${lang}${notation}${basis.fieldDate?.day ?? ''}+${basis.daysLate ?? 0}`;
  let words = byKey.get(key);
  if (words === undefined) byKey.set(key, (words = basisInWords(basis, lang, notation)));
  return words;
}

function basisInWords(basis: Basis, lang: Lang, notation: Notation): string {
  const a = basis.anchor;
  const b = a.base;
  let what: string;
  switch (b.type) {
    case 'week': {
      const key = b.at === 'start' ? 'weekStart' : b.at === 'end' ? 'weekEnd' : a.werkdag === 'next' ? 'firstWorkingDayAfterWeek' : 'dayAfterWeek';
      what = fill(words(lang).basis[key], { n: b.week });
      break;
    }
    case 'field':
      what = basis.fieldDate ? `${formatPath(b.path)} (${formatDate(basis.fieldDate, lang, notation)})` : formatPath(b.path);
      break;
    case 'clock':
      what = words(lang).basis[b.name];
      break;
    case 'rule':
      what = fill(words(lang).basis[b.point === 'from' ? 'ruleFrom' : 'ruleDue'], { id: b.id });
      break;
    case 'earliest':
    case 'latest':
      // A resolved basis names the anchor that decided; an unresolved one (the rules table) is described whole elsewhere.
      what = '';
  }
  if (a.days !== 0) {
    what = fill(words(lang).basis[a.days > 0 ? 'after' : 'before'], { n: formatAmount(a.days, lang), what });
  }
  if (basis.daysLate && a.plusDaysLate) what += fill(words(lang).basis.plusDaysLate, { n: formatDays(basis.daysLate, lang), id: a.plusDaysLate });
  if (a.werkdag === 'previous') what = fill(words(lang).basis.lastWorkingDayBy, { what });
  else if (a.werkdag === 'next' && !(b.type === 'week' && b.at === 'after' && a.days === 0)) what += words(lang).basis.workingDay;
  return what;
}
