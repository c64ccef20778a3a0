/**
 * Word's automatic numbering written into the text. Contracts number their articles and items with list
 * numbering (「第%1条」, "%1.%2", "(%3)"), which lives in numbering.xml, not in the paragraphs: mammoth
 * renders such paragraphs as list items and the numbers are lost ("第3条" becomes a bullet, and a list
 * interrupted by body text restarts at 1). This computes each numbered paragraph's label as Word would
 * (counters per list, deeper levels restarting, start values and overrides, the level's number format)
 * and writes it at the start of the paragraph, taking the paragraph out of the list. Bulleted levels stay lists.
 */
import JSZip from 'jszip';
import { Parser } from 'htmlparser2';
import { applyEdits, type Edit } from '../engine/edits.ts';

interface Level {
  start: number;
  format: string;
  text: string;
  /** All levels' numbers shown as decimals (w:isLgl: "1.1" under a "第%1条" level). */
  legal: boolean;
}

interface Numbering {
  /** abstractNumId → levels by ilvl. */
  abstract: Map<string, Level[]>;
  /** numId → its abstractNumId and start overrides by ilvl. */
  nums: Map<string, { abstract: string; starts: Map<number, number> }>;
}

/** Every element's opening (with its attributes) and closing, in document order. */
function readXml(xml: string, visit: (name: string, attributes: Record<string, string>, open: boolean) => void): void {
  const parser = new Parser(
    { onopentag: (name, attributes) => visit(name, attributes, true), onclosetag: (name) => visit(name, {}, false) },
    { xmlMode: true },
  );
  parser.write(xml);
  parser.end();
}

/** The list definitions of numbering.xml: levels with start, format and text; lists with their start overrides. */
function readNumbering(xml: string): Numbering {
  const abstract = new Map<string, Level[]>();
  const nums = new Map<string, { abstract: string; starts: Map<number, number> }>();
  let levels: Level[] | null = null;
  let level: Level | null = null;
  let num: { abstract: string; starts: Map<number, number> } | null = null;
  let overrideLevel = -1;
  readXml(xml, (name, a, open) => {
    if (!open) {
      if (name === 'w:abstractNum') levels = null;
      else if (name === 'w:lvl') level = null;
      else if (name === 'w:num') num = null;
      return;
    }
    if (name === 'w:abstractNum') abstract.set(a['w:abstractNumId'], (levels = []));
    else if (name === 'w:lvl' && levels) levels[Number(a['w:ilvl'] ?? 0)] = level = { start: 1, format: 'decimal', text: '', legal: false };
    else if (level && name === 'w:start') level.start = Number(a['w:val'] ?? 1);
    else if (level && name === 'w:numFmt') level.format = a['w:val'] ?? 'decimal';
    else if (level && name === 'w:lvlText') level.text = a['w:val'] ?? '';
    else if (level && name === 'w:isLgl') level.legal = a['w:val'] !== '0' && a['w:val'] !== 'false';
    else if (name === 'w:num') nums.set(a['w:numId'], (num = { abstract: '', starts: new Map() }));
    else if (num && name === 'w:abstractNumId') num.abstract = a['w:val'];
    else if (num && name === 'w:lvlOverride') overrideLevel = Number(a['w:ilvl'] ?? 0);
    else if (num && name === 'w:startOverride') num.starts.set(overrideLevel, Number(a['w:val'] ?? 1));
  });
  return { abstract, nums };
}

/** Paragraph style id → the numbering it carries (directly or through w:basedOn). */
function readStyleNumbering(xml: string): Map<string, { numId: string; ilvl: number }> {
  const own = new Map<string, { numId?: string; ilvl?: number; basedOn?: string }>();
  let style: { numId?: string; ilvl?: number; basedOn?: string } | null = null;
  readXml(xml, (name, a, open) => {
    if (!open) { if (name === 'w:style') style = null; return; }
    if (name === 'w:style' && a['w:type'] === 'paragraph') own.set(a['w:styleId'], (style = {}));
    else if (style && name === 'w:basedOn') style.basedOn = a['w:val'];
    else if (style && name === 'w:numId') style.numId = a['w:val'];
    else if (style && name === 'w:ilvl') style.ilvl = Number(a['w:val'] ?? 0);
  });
  const resolved = new Map<string, { numId: string; ilvl: number }>();
  for (const id of own.keys()) {
    let numId: string | undefined;
    let ilvl: number | undefined;
    for (let s = own.get(id), depth = 0; s && depth < 10 && (numId === undefined || ilvl === undefined); s = s.basedOn ? own.get(s.basedOn) : undefined, depth++) {
      numId ??= s.numId;
      ilvl ??= s.ilvl;
    }
    if (numId !== undefined) resolved.set(id, { numId, ilvl: ilvl ?? 0 });
  }
  return resolved;
}

const KANJI_DIGITS = '〇一二三四五六七八九';
function kanji(n: number): string {
  if (n <= 0 || n >= 10000) return String(n);
  const parts: string[] = [];
  for (const [unit, name] of [[1000, '千'], [100, '百'], [10, '十']] as const) {
    const d = Math.floor(n / unit) % 10;
    if (d > 0) parts.push(`${d > 1 ? KANJI_DIGITS[d] : ''}${name}`);
  }
  if (n % 10 > 0) parts.push(KANJI_DIGITS[n % 10]);
  return parts.join('');
}
const letters = (n: number, a: string) => String.fromCharCode(a.charCodeAt(0) + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
function roman(n: number): string {
  let out = '';
  for (const [v, s] of [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']] as const) {
    for (; n >= v; n -= v) out += s;
  }
  return out;
}
const fromList = (list: string, n: number) => list[(n - 1) % list.length] ?? String(n);
const AIUEO = 'アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン';
const IROHA = 'イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセスン';
const TEN_STEMS = '甲乙丙丁戊己庚辛壬癸';
const ZODIAC = '子丑寅卯辰巳午未申酉戌亥';

/** A number in one of Word's formats (ST_NumberFormat); an unknown format reads as a decimal. */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'lowerLetter': return letters(n, 'a');
    case 'upperLetter': return letters(n, 'A');
    case 'lowerRoman': return roman(n);
    case 'upperRoman': return roman(n).toUpperCase();
    case 'decimalZero': return n < 10 ? `0${n}` : String(n);
    case 'decimalFullWidth': case 'decimalFullWidth2':
      return String(n).replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    case 'decimalEnclosedCircle': case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : `(${n})`;
    case 'decimalEnclosedParen': return `(${n})`;
    case 'decimalEnclosedFullstop': return `${n}.`;
    case 'japaneseCounting': case 'japaneseLegal': case 'chineseCounting': case 'chineseCountingThousand':
    case 'chineseLegalSimplified': case 'ideographDigital': case 'taiwaneseCounting': case 'koreanCounting':
      return kanji(n);
    case 'aiueo': case 'aiueoFullWidth': return fromList(AIUEO, n);
    case 'iroha': case 'irohaFullWidth': return fromList(IROHA, n);
    case 'ideographTraditional': return fromList(TEN_STEMS, n);
    case 'ideographZodiac': return fromList(ZODIAC, n);
    case 'none': return '';
    default: return String(n);
  }
}

/** Counts paragraphs of each list as Word does and gives each its label. */
class NumberingCounter {
  private readonly counters = new Map<string, number[]>();
  private readonly startedNums = new Set<string>();

  constructor(private readonly numbering: Numbering) {}

  /** The label of the next paragraph of list `numId` at level `ilvl`, or null when it shows none (or a bullet). */
  next(numId: string, ilvl: number): string | null {
    const num = this.numbering.nums.get(numId);
    const levels = num && this.numbering.abstract.get(num.abstract);
    const level = levels?.[ilvl];
    if (!num || !levels || !level || level.format === 'bullet' || level.format === 'none') return null;
    // lists of one definition share their counters, except one that restarts its numbering (startOverride)
    const key = num.starts.size > 0 ? `num:${numId}` : `abstract:${num.abstract}`;
    let counts = this.counters.get(key);
    if (!counts) this.counters.set(key, (counts = []));
    if (num.starts.size > 0 && !this.startedNums.has(numId)) {
      this.startedNums.add(numId);
      for (const [l, start] of num.starts) counts[l] = start - 1;
    }
    const startOf = (l: number) => (num.starts.get(l) ?? levels[l]?.start ?? 1);
    counts[ilvl] = counts[ilvl] === undefined ? startOf(ilvl) : counts[ilvl] + 1;
    // a deeper level starts again under each new item of this one
    counts.length = ilvl + 1;
    const shown = counts;
    const label = level.text.replace(/%([1-9])/g, (_m, k: string) => {
      const l = Number(k) - 1;
      const value = shown[l] ?? startOf(l);
      return formatNumber(value, level.legal && l < ilvl ? 'decimal' : levels[l]?.format ?? 'decimal');
    });
    return label.trim() === '' ? null : label;
  }
}

const PARAGRAPH_TAG = /<(\/?)(w:p|w:pPr|w:numPr|w:ilvl|w:numId|w:pStyle|w:pPrChange)(?=[\s/>])([^>]*?)(\/?)>/g;
const attribute = (attributes: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(attributes)?.[1];
const escapeXml = (s: string) => s.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
/** Takes a paragraph out of any list (numId 0 is "no numbering", also over a numbered style). */
const NO_NUMBERING = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>';

interface OpenParagraph {
  /** Where the paragraph's content begins: after <w:p …>, or after its </w:pPr> (a style lives in w:pPr). */
  propertiesEnd: number;
  numPr: [number, number] | null;
  numId?: string;
  ilvl?: number;
  style?: string;
}

/**
 * document.xml with every numbered paragraph's label as text and its list numbering removed. Paragraphs
 * are counted in document order, those in tables and text boxes included, as Word counts them.
 */
function writeNumbersIntoText(
  documentXml: string, numbering: Numbering, styles: Map<string, { numId: string; ilvl: number }>,
): string {
  const counter = new NumberingCounter(numbering);
  const edits: Edit[] = [];
  const stack: OpenParagraph[] = [];
  let inPropertiesChange = 0;
  PARAGRAPH_TAG.lastIndex = 0;
  for (let m = PARAGRAPH_TAG.exec(documentXml); m; m = PARAGRAPH_TAG.exec(documentXml)) {
    const [tag, closing, name, attributes, selfClosing] = m;
    const end = m.index + tag.length;
    const p = stack[stack.length - 1];
    if (name === 'w:p') {
      if (!closing && !selfClosing) stack.push({ propertiesEnd: end, numPr: null });
      else if (closing && p) {
        stack.pop();
        const style = p.style !== undefined ? styles.get(p.style) : undefined;
        const numId = p.numId ?? style?.numId;
        if (numId === undefined || numId === '0') continue;
        const label = counter.next(numId, p.ilvl ?? (p.numId === undefined ? style?.ilvl : undefined) ?? 0);
        if (label === null) continue;
        const run = `<w:r><w:t xml:space="preserve">${escapeXml(label)} </w:t></w:r>`;
        if (p.numPr) {
          edits.push({ at: p.numPr[0], end: p.numPr[1], text: NO_NUMBERING }, { at: p.propertiesEnd, end: p.propertiesEnd, text: run });
        } else {
          // numbered through its style: the paragraph's own properties turn the numbering off
          const close = p.propertiesEnd - '</w:pPr>'.length;
          edits.push({ at: close, end: close, text: NO_NUMBERING }, { at: p.propertiesEnd, end: p.propertiesEnd, text: run });
        }
      }
      continue;
    }
    if (!p) continue;
    if (name === 'w:pPrChange') { inPropertiesChange += closing ? -1 : selfClosing ? 0 : 1; continue; }
    if (inPropertiesChange > 0) continue;
    if (name === 'w:pPr' && closing) p.propertiesEnd = end;
    else if (name === 'w:numPr' && !closing && !selfClosing) p.numPr = [m.index, m.index];
    else if (name === 'w:numPr' && closing && p.numPr) p.numPr[1] = end;
    else if (name === 'w:numId') p.numId = attribute(attributes, 'w:val');
    else if (name === 'w:ilvl') p.ilvl = Number(attribute(attributes, 'w:val') ?? 0);
    else if (name === 'w:pStyle') p.style = attribute(attributes, 'w:val');
  }
  return applyEdits(documentXml, edits);
}

/** The target of the relationship of `type` in a .rels part ("/word/document.xml" read as a path in the package). */
function relationshipTarget(rels: string | undefined, type: string): string | undefined {
  const tag = new RegExp(`<Relationship\\b[^>]*?Type="[^"]*/${type}"[^>]*>`).exec(rels ?? '')?.[0];
  return tag?.match(/Target="\/?([^"]+)"/)?.[1];
}

/** A .docx package (its bytes) with its list numbering written into the paragraphs; as it is when it has none. */
export async function withNumbersInText(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const read = (path: string) => zip.file(path)?.async('string');
  // parts found through the package's relationships, as mammoth finds them (with the same fallbacks)
  const documentPath = relationshipTarget(await read('_rels/.rels'), 'officeDocument') ?? 'word/document.xml';
  const folder = documentPath.includes('/') ? documentPath.slice(0, documentPath.lastIndexOf('/') + 1) : '';
  const documentRels = await read(`${folder}_rels/${documentPath.slice(folder.length)}.rels`);
  const part = (type: string) => {
    const path = relationshipTarget(documentRels, type);
    return read(path === undefined ? `word/${type}.xml` : path.startsWith(folder) ? path : folder + path);
  };
  const [documentXml, numberingXml, stylesXml] = await Promise.all([read(documentPath), part('numbering'), part('styles')]);
  if (numberingXml === undefined || documentXml === undefined) return bytes;
  zip.file(documentPath, writeNumbersIntoText(documentXml, readNumbering(numberingXml), readStyleNumbering(stylesXml ?? '')));
  return zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
}
