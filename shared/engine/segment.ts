/**
 * Segmentation of normalised text into sections (第N条, 第N条の2, 第N, Article/Section N, 1.2.3, markdown
 * headings), paragraphs, items (項 and 号: 2 / (1) / 一 / ア / (a) / ・; ① arrives as (1)), table rows
 * (markdown and tab-separated) and sentences.
 * All offsets are indices into the normalised text.
 */
import { ENGLISH_NUMBER_WORDS, isAlnumCode, isSpaceCode, NUMERAL, parseNumber } from './normalize.ts';

export type SentenceKind = 'heading' | 'sentence' | 'item' | 'row';

export interface Section {
  index: number;
  start: number;
  end: number;
  level: number;
  /** The number as written: "5", "3.4", "iv". */
  label: string;
  /** The heading line (up to its first sentence end), used by heading conditions. */
  heading: string;
  parent: number;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  kind: SentenceKind;
  section: number;
  /**
   * For an item, or a sub-clause heading (8.2.1 under "8.2 … shall:"): the sentence introducing the list (「次の事項を実施すること。」);
   * for a sentence that goes on with the one before it ("It shall do so within 30 days"): that one (REFERS_BACK).
   */
  lead: number;
  /** 1-based line of the sentence start in the normalised text (where hard-wrapped lines are joined). */
  line: number;
}

/** The rows of a table under its header row (sentence indices): the header names what each row's cells are. */
export interface TableRows {
  header: number;
  /** The rows under it: sentences [from, to). */
  from: number;
  to: number;
}

export interface Segmentation {
  sections: Section[];
  sentences: Sentence[];
  /** Tables with a header row: a markdown table's first row above its separator line, a tab-aligned table's first line. */
  tables: TableRows[];
}

const KANJI_NUM = `${NUMERAL}+`;
/** A markdown heading's text without its hashes. */
const withoutHashes = (line: string) => line.replace(/^#{1,6}\s*/, '');
/** 第3章, 第2節, 第1編, 第1款: a heading that groups articles. */
const GROUPING = new RegExp(`^第\\s*${KANJI_NUM}\\s*[章節編款]`);

/** The words that open a schedule's heading, in English and in Japanese. */
const SCHEDULE_EN = '(?:schedule|annex(?:ure)?|appendix|exhibit|attachment)';
const SCHEDULE = `(?:${SCHEDULE_EN}(?![a-z])|別紙|別表|付録)`;

/**
 * A numbered clause's own title ("7. Audit", "Article 10 — Access", "Section 4"), or a lettered schedule or part whose
 * clauses are numbered after its letter ("Schedule B — Client Responsibilities": B.1, B.2; "Part G — Audit": G.1, G.2);
 * not a numbered part grouping clauses ("PART 5 —" with 5.1–5.4). A lettered part's clauses carry its letter, so they
 * are its paragraphs: a "G.3 … shall supply the documents" without the word audit is still in the audit part.
 * A lettered clause number ("### C.5 Incidents" over C.5.1, C.5.2) titles its clause like a decimal one.
 */
const CLAUSE_TITLE = new RegExp(`^(?:(?:article|section|clause|§)\\s*)?\\d|^(?:${SCHEDULE_EN}|part)\\s+[a-z]\\b|^[a-z]\\.\\d`);

/** A schedule's heading (annex, appendix, 別紙, 別表): a schedule numbers its own clauses from 1. */
const SCHEDULE_HEADING = new RegExp(`^${SCHEDULE}`);

/** Whether a section's heading groups articles (also as a markdown heading: 「## 第3章 再委託」). */
export function groupsArticles(section: Section): boolean {
  return GROUPING.test(withoutHashes(section.heading));
}
/** 第3条, 第3条の2. */
const ARTICLE = new RegExp(`^第\\s*(${KANJI_NUM})\\s*条(?:の\\s*(${KANJI_NUM}))?`);
/** An article whose paragraphs are numbered "1.", "2.": 第3条, "§ 4", "Article 4", "Article VI" (not "§ 4.2", a subsection). */
const ARTICLE_OF_PARAGRAPHS = new RegExp(`${ARTICLE.source}|^(?:§|article)\\s*(?:\\d{1,3}(?!\\d|\\.\\d)|[ivx]{1,6}(?![\\w-]|\\.\\d))`);
/** A line in bold and nothing else: "**Security Incidents**", "**7. Personal Data Breach.**". */
const BOLD_LINE = /^\*\*([^*]{1,80})\*\*\s*$/;
/**
 * A specification's requirement id ("SR-06", "NFR-12.3"; segmentation reads lower-cased text). In a bold run-in caption
 * ("**SR-06 Incident notification.**") it is a section of its own, below whatever heading groups the requirements;
 * an id in plain text heads nothing ("COVID-19 …").
 */
const REQUIREMENT_ID_SHAPE = String.raw`[a-z]{1,5}-\d{1,3}(?:\.\d{1,3})*`;
const REQUIREMENT_ID = new RegExp(String.raw`^(${REQUIREMENT_ID_SHAPE})\.?\s`);
/**
 * A numbered clause whose number and run-in caption are set in bold, the clause going on after it on the same line
 * ("**4.8 Training.** All personnel shall …", an exhibit's "**C.4 Access.** Access is …", a specification's requirement
 * "**SR-06 Incident notification.** The Supplier shall …", a short form's "**5. Return.** On request …"): the clause
 * opens a section of its own like "4.8 Training. All …", else a specification's clauses written this way run together
 * under their chapter, and one clause's test borrows another's words (the training clause met by the "records" of the
 * transition clause two paragraphs on). The number may follow its word or the section sign, as in a plain heading
 * ("**Clause 4 — Return.** On request …", "**Section 9: Audit.** The Customer may …", "**§ 5 Deletion.** …").
 */
const CAPTION_WORD = '(?:article|section|clause|paragraph|part)';
const BOLD_RUN_IN = new RegExp(String.raw`^\*\*(?=(?:\d{1,3}(?:\.\d{1,3})+|\d{1,3}(?=\.\s)|[a-z]\.\d{1,3}(?:\.\d{1,3})*|${REQUIREMENT_ID_SHAPE}|${CAPTION_WORD}\s+(?:\d{1,3}(?:\.\d{1,3})*|[ivxlc]{1,6})(?!\w)|§\s*\d{1,3}(?:\.\d{1,3})*(?!\w))\.?\s[^*]{1,80}\*\*\s*\S)`);
const REQUIREMENT_LEVEL = 5;
/** A number in words (longest first; a compound's hyphen may be a space). */
const NUMBER_WORD = [...ENGLISH_NUMBER_WORDS.keys()].sort((a, b) => b.length - a.length).map((w) => w.replace('-', '[- ]')).join('|');
const wordNumber = (word: string) => String(ENGLISH_NUMBER_WORDS.get(word.replace(' ', '-')));

const HEADING_PATTERNS: { re: RegExp; level: (m: RegExpExecArray) => number; label?: (m: RegExpExecArray) => string }[] = [
  { re: /^(#{1,6})\s+/, level: (m) => m[1].length },
  { re: new RegExp(`^第\\s*(${KANJI_NUM})\\s*章`), level: () => 1 },
  { re: new RegExp(`^第\\s*(${KANJI_NUM})\\s*節`), level: () => 2 },
  {
    // 第3条の2 (an article inserted after 第3条) is labelled "3の2".
    re: ARTICLE, level: () => 3,
    label: (m) => (m[2] === undefined ? normaliseLabel(m[1]) : `${normaliseLabel(m[1])}の${normaliseLabel(m[2])}`),
  },
  // 「第1　総則」, 「第２(定義)」: the number stands apart; 「第一報の後、…」「第三者に…」 open a sentence with an ordinal word
  { re: new RegExp(`^第\\s*(${KANJI_NUM})(?=[\\s(.:、]|$)`), level: () => 2 },
  // a schedule numbers its own clauses as paragraphs ("Paragraph 3. Processor personnel", then 3.1, 3.2 under it)
  { re: /^(?:article|section|clause|part|paragraph)\s+([0-9]+(?:\.[0-9]+)*|[ivxlc]+|[a-z])\b\.?/, level: (m) => 2 + depth(m[1]) },
  // "Article One", "CLAUSE THIRD – OF THE OBLIGATIONS", "Twelfth Clause": a clause numbered in words, alone on its line or
  // before its title ("Part One of the interview will …" opens a sentence)
  { re: new RegExp(`^(?:article|section|clause|part)\\s+(${NUMBER_WORD})(?=\\s*(?:$|[-:.–—]))`), level: () => 2, label: (m) => wordNumber(m[1]) },
  { re: new RegExp(`^(${NUMBER_WORD})\\s+(?:article|section|clause|part)(?=\\s*(?:$|[-:.–—]))`), level: () => 2, label: (m) => wordNumber(m[1]) },
  // "§ 4 Confidentiality", "§ 4.2": German and Austrian contracts number their clauses with the section sign
  { re: /^§\s*([0-9]+(?:\.[0-9]+)*)\b\.?/, level: (m) => 2 + depth(m[1]) },
  { re: new RegExp(`^${SCHEDULE}\\s*([0-9a-z]*)`), level: () => 1 },
  // not a quantity opening a table row: 「9.0以上 7日以内」, 「99.5% 未満」
  { re: /^(\d{1,3}(?:\.\d{1,3})+)\.?(?=\s|[^\d.])(?!\s*(?:以上|以下|未満|超|[%～〜]))/, level: (m) => 2 + depth(m[1]) },
  // "C.4.9", "H.1": a clause numbered under a lettered contract section (US federal Sections C, H, I)
  { re: /^([a-z]\.\d{1,3}(?:\.\d{1,3})*)\.?(?=\s)/, level: (m) => 1 + depth(m[1]) },
  // "1. The Supplier …", and Japanese 「１．乙は…」 without a space
  // 「１．（対象データ）」: the caption in brackets right after the number is the clause's title too
  { re: /^(\d{1,3})\.(?=\s|[\u3040-\u30ff\u4e00-\u9fff]|\((?=[^()]{0,20}[\u3040-\u30ff\u4e00-\u9fff])[^()]{1,24}\))/, level: () => 2 },
  { re: BOLD_LINE, level: () => 4 },
  { re: BOLD_RUN_IN, level: () => 2 },
];
/** All heading patterns in one (each is anchored): most lines are no heading, and this rejects them in one step. */
const ANY_HEADING = new RegExp(HEADING_PATTERNS.map((p) => p.re.source).join('|'));
// ア、イ、ウ … number items in the order of the kana table, never with a voiced or small kana: 「バ、」 opening a
// wrapped line is the rest of a word (「サー\nバ、」); a bullet mark doubled is a name left blank (「○○市」), no bullet
const ITEM_PATTERN =
  /^(?:\(\s*\d{1,3}\s*\)|\d{1,3}\)|\(\s*[a-z]{1,4}\s*\)|[a-z]\)|[a-z]\.\s|[a-z]{1,2}\d{1,2}\.\s|\([ア-ンア-ン]\)|[アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン][\s.、]|[一二三四五六七八九十]{1,3}[\s、]|[-*]\s|[•・◦○●■□](?![•・◦○●■□])\s*|\d{1,3}\s)/;
/** An enumerator inside a paragraph ("…will: (a) cease using it; (b) destroy it"): the piece is an item of the colon's sentence. */
const INLINE_ITEM = /^(?:(?:and|or|および|又は)\s+)?(?:\(\s*(?:\d{1,3}|[a-z]{1,4})\s*\)|(?:\d{1,3}|[a-z])\))/;
const TABLE_SEPARATOR = /^\|?[\s:|-]+\|?$/;
/**
 * A piece that opens an inline enumeration without a colon and ends at a semicolon ("the Supplier shall ensure that
 * each person (a) has been vetted; (b) has signed …; and (c) …"): the first enumerator, "(a)", "(i)" or "(1)", follows
 * the piece's own words. It leads the enumerated pieces after it as a colon's lead-in does.
 */
const OPENS_INLINE_LIST = /[a-z,]\s+\(\s*(?:a|i|1)\s*\)\s+[a-z]/i;
/**
 * A clause laid out as a Word export lays it out, its number and a tab then its text and no other tab
 * ("4.1<tab>Contractor shall notify …", "ARTICLE 4<tab>SECURITY BREACH"): a numbered clause or title, not a table
 * row, so its sentences are read one by one.
 */
const TABBED_CLAUSE = /^(?:(?:article|section|clause|part|schedule)\s+)?(?:\d{1,3}(?:\.\d{1,3})*\.?|[ivxlc]{1,6}\.)\t+[^\t]*[a-z\u3040-\u30ff\u4e00-\u9fff][^\t]*$/i;
/** A caption alone on its line: 「(目的)」 (normalised brackets), with some Japanese in it. */
const CAPTION_LINE = /^\((?=[^()]{0,40}[\u3040-\u30ff\u4e00-\u9fff])[^()]{1,40}\)$/;
/** Whether text[start, end) (a sentence, say) is only a bracketed caption: 「（再委託の禁止）」 above 第12条. */
export const isCaptionLine = (text: string, start: number, end: number): boolean => CAPTION_LINE.test(text.slice(start, end).trim());
/** A heading line that is a title only (「第10条（アクセス管理）」, "4.3 Limitation of Access"): short, and no sentence end. */
export function isTitleOnly(text: string, { kind, start, end }: Sentence, longest = 40): boolean {
  return kind === 'heading' && end - start <= longest && !/[。.;:：]\s*$/.test(text.slice(start, end));
}
/** 第1条 / 第1 / 第1条の2 opening a line without a bracketed caption of its own: the number. */
const ARTICLE_NUMBER_ONLY = new RegExp(`^第\\s*${KANJI_NUM}\\s*(?:条(?:の\\s*${KANJI_NUM})?)?(?!\\s*[(条章節項号0-9一二三四五六七八九十百千〇])`);
/** Characters that end a paragraph line (a following line starts a new paragraph). */
const TERMINAL_CHARS = new Set([...'。.:;!?)」』]'].map((c) => c.charCodeAt(0)));

/** Whether text[start, end) ends with a terminal character, trailing whitespace aside (no slicing: lines may be many). */
function endsWithTerminal(text: string, start: number, end: number): boolean {
  let k = end - 1;
  while (k >= start && isSpaceCode(text.charCodeAt(k))) k--;
  return k >= start && TERMINAL_CHARS.has(text.charCodeAt(k));
}

/** How far back a bracket left open at a line's end is looked for. */
const OPEN_BRACKET_REACH = 200;
/**
 * Whether text[start, end) ends with 。 inside a bracket opened within its last OPEN_BRACKET_REACH characters
 * (「…（製品図面を含む。」 before 「以下「秘密情報」という。）」 on the next line).
 */
function endsInsideBracket(text: string, start: number, end: number): boolean {
  let k = end;
  while (k > start && isSpaceCode(text.charCodeAt(k - 1))) k--;
  if (text.charCodeAt(k - 1) !== 0x3002) return false;
  let depth = 0;
  for (let i = Math.max(start, k - OPEN_BRACKET_REACH); i < k; i++) {
    const c = text.charCodeAt(i);
    if (c === 40 || c === 0xff08) depth++;
    else if ((c === 41 || c === 0xff09) && depth > 0) depth--;
  }
  return depth > 0;
}

/** "four (4)", "thirty (30)": a number in words and figures never ends a sentence. */
const SPELLED_NUMBER_END = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)(?:[- ][a-z]+)?\s*\(\d{1,4}\)$/;

/** Whether text[start, end) ends with a number in words and figures (trailing whitespace aside; looks at most 40 characters back). */
function endsWithSpelledNumber(text: string, start: number, end: number): boolean {
  let k = end;
  while (k > start && isSpaceCode(text.charCodeAt(k - 1))) k--;
  return text.charCodeAt(k - 1) === 41 && SPELLED_NUMBER_END.test(text.slice(Math.max(start, k - 40), k));
}

/**
 * A numbered line whose text is the clause's first sentence, not a title ("4.1 The Supplier shall encrypt …",
 * 「3.2　端末は、各施設が管理する。」「第4条　乙は、…しなければならない。」): headingText finds no title past the
 * number (a predicate, a sentence end), so that sentence is body text of the clause.
 */
function isNumberedSentence(line: string): boolean {
  const number = (ARTICLE_NUMBER_ONLY.exec(line) ?? HEADING_NUMBER.exec(line)!)[0].trim();
  if (number === '' || line.length <= number.length || line.startsWith('#')) return false;
  const title = headingText(line);
  // (of 「第1　乙は、…する。」 headingText keeps nothing)
  return title === number || (title === '' && number.startsWith('第'));
}

/** A numbered line whose text is a clause, not a title: its heading is the number alone, or a short run-in caption. */
function isClauseLine(line: string): boolean {
  const number = HEADING_NUMBER.exec(line)![0];
  if (number.trim() === '' || line.length <= number.length) return false;
  // a run-in caption and then the clause's first sentence ("4. **Personnel.** The Supplier shall …"): its
  // wrapped lines go on with that sentence — a long one, or one the line break cuts (a page's width leaves
  // little of it on the caption's line: "5.3 Return of Data. Upon termination of this Agreement", even a single word:
  // "Section 8.01. This Contract runs for three years. Upon\ntermination, …")
  if (isNumberedSentence(line)) return true;
  const title = headingText(line);
  if (line.startsWith('#')) return false;
  const sentence = line.slice(title.length).replace(/^[.:*_\s]+/, '').trimEnd();
  return line.length - title.length > RUN_ON || (/[a-z\s]/.test(sentence) && !/[.。;:!?)）]$/.test(sentence));
}

/** What a numbered line holds past its run-in caption to be a clause. */
const RUN_ON = 40;

function depth(label: string): number {
  return label.split('.').length - 1;
}

export function segment(text: string): Segmentation {
  const sections: Section[] = [];
  const sentences: Sentence[] = [];
  const tables: TableRows[] = [];
  // the table the line above belonged to: its last line, its first row and its header row (-1: none yet)
  let tableLine = -1;
  let tableFirst = -1;
  let tableHeader = -1;
  const open: number[] = []; // stack of open section indices
  let lineStart = 0;
  let lineNo = 0;
  let paragraphStart = -1;
  // (asserted, not annotated: an annotation would narrow it to 'sentence' where the loop reads it)
  let paragraphKind = 'sentence' as SentenceKind;
  let paragraphIsClause = false;
  // the paragraph opened with a numbered sentence (isNumberedSentence)
  let paragraphIsSentence = false;
  let paragraphLine = 0;
  let prevLineEnd = -1;
  let prevLineStart = -1;
  // how far the line above was set in from the margin (a table flattened into columns with a small indent)
  let prevLineIndent = -1;
  let prevWasBlank = true;
  let lastLead = -1;
  // an item that introduces a list of its own (「２ 前項の報告には、次の事項を記載する。」 before (1), (2)):
  // the lead of the items of another numbering style that follow it, until one of its own style comes
  let itemLead = -1;
  let itemLeadStyle = '';
  // how far the introducing item is set in: a bullet of its own style set in further is one of its items, not a
  // sibling ("- Data may not be copied except:" then "  - automated backups …")
  let itemLeadIndent = 0;
  let paragraphStyle = '';
  let paragraphIndent = 0;
  let paragraphLead = -1;
  // an item whose sentence announces a list before its last 60 characters (「１ 乙は、次に掲げる作業場所においてのみ
  // 行うものとし、…行う。」): it leads only what comes right under it, a table or items of the next numbering level
  let looseLead = -1;
  let looseStyle = '';
  let looseIndent = 0;
  /** What comes right after the loose lead's item: it leads it when `under` it (and no other lead does), and only it. */
  const takeLooseLead = (under: boolean) => {
    if (under && itemLead < 0 && looseLead >= 0) {
      itemLead = looseLead;
      itemLeadStyle = looseStyle;
      itemLeadIndent = looseIndent;
    }
    looseLead = -1;
  };
  // the sentence that announced a list in the paragraph just flushed, and the lead of an unruled table under it
  let announced = -1;
  let rowLead = -1;
  // the last sentence that points ahead to a table (「下表の区分ごとに…」): it leads a table later in its section,
  // though sibling items come between
  let tableAhead = -1;
  /** Per section, the sentence ending in a colon that introduces its numbered sub-clauses ("8.2 Each party shall:"). */
  const introOf = new Map<number, number>();
  /** Per section, its title alone on its line (「１５　契約終了時のデータ移行及び消去」, "8. Return of Data"): what its numbered sub-clauses are about. */
  const titleOf = new Map<number, number>();
  // 「（目的）」 alone on the line above 「第１条　…」 (the statute style): the article's caption
  let caption: { start: number; text: string } | null = null;

  const currentSection = () => (open.length ? open[open.length - 1] : -1);
  /**
   * Whether a paragraph numbered `label` ("1", "2" …) goes on a run of numbered paragraphs under `owner`: "1." opens
   * the run (where `mayStart`), each next number goes on with it.
   */
  const numberedRunGoesUnder = (owner: number, label: string, mayStart: boolean): boolean => {
    const last = open.findLast((k) => sections[k].parent === owner && /^\d+$/.test(sections[k].label) && !sections[k].heading.startsWith('#'));
    return last === undefined ? mayStart && label === '1' : Number(label) === Number(sections[last].label) + 1;
  };
  const flush = (end: number) => {
    if (paragraphStart < 0) return;
    const first = sentences.length;
    splitSentences(text, paragraphStart, end, paragraphKind, currentSection(), paragraphLine, sentences, paragraphKind === 'item' ? paragraphLead : lastLead);
    if (paragraphIsSentence && first < sentences.length && sentences[first].lead < 0) sentences[first].lead = lastLead;
    // plain sentences right under the paragraph that announced them with a colon ("…within the following periods:"
    // then "Critical: 14 days. High: 30 days.") set out what it announced: it leads each of them
    const announcer = announced >= 0 && announced === first - 1 ? sentences[announced] : null;
    // A question heading ("**D2. What are your remediation timescales?**") announces its answer the same way: the
    // short answers under it ("Critical: 14 days.") only make sense as answers to it.
    if (announcer && paragraphKind === 'sentence' && (isColon(text.charCodeAt(announcer.end - 1)) || isQuestionHeading(text, announcer)) && announcer.section === currentSection()) {
      for (let k = first; k < sentences.length; k++) if (sentences[k].kind === 'sentence' && sentences[k].lead < 0) sentences[k].lead = announced;
    }
    // (one test of the paragraph: most hold no such sentence)
    if (first < sentences.length && TABLE_AHEAD.test(text.slice(sentences[first].start, sentences[sentences.length - 1].end))) {
      for (let k = first; k < sentences.length; k++) if (TABLE_AHEAD.test(text.slice(sentences[k].start, sentences[k].end))) tableAhead = k;
    }
    const last = sentences[sentences.length - 1];
    // the paragraph's last sentence that announces a list (an item's in its last 60 characters), or -1
    const announcing = (itemTail: boolean) => {
      for (let k = sentences.length - 1; k >= first; k--) {
        const { start, end } = sentences[k];
        if (INTRODUCES_LIST.test(text.slice(itemTail ? Math.max(start, end - 60) : start, end))) return k;
      }
      return -1;
    };
    if (last && (last.kind === 'sentence' || last.kind === 'heading')) {
      // the sentence that announces the list leads it, though another follows it in the paragraph
      // (「…次の各号のいずれかに該当する変更をしようとするときは…通知しなければならない。緊急の場合は直ちに通知する。」)
      const k = announcing(false);
      lastLead = k >= 0 ? k : last.index;
      itemLead = looseLead = -1;
      announced = k >= 0 ? k : isQuestionHeading(text, last) ? last.index : -1;
    } else if (last && last.kind === 'item') {
      // the same for an item, though a proviso follows it
      // (「イ 修正プログラムは、次の期限までに適用すること。適用できない場合は…承認を得ること。」 before a table)
      const k = announcing(true);
      if (k >= 0) {
        itemLead = k;
        itemLeadStyle = paragraphStyle;
        itemLeadIndent = paragraphIndent;
      }
      looseLead = k >= 0 ? -1 : announcing(false);
      looseStyle = paragraphStyle;
      looseIndent = paragraphIndent;
      announced = k;
    } else announced = -1;
    if (last && last.section >= 0 && isColon(text.charCodeAt(last.end - 1))) introOf.set(last.section, last.index);
    else if (last && last.section >= 0 && first === sentences.length - 1 && isTitleOnly(text, last, MAX_TITLE) && !introOf.has(last.section)) titleOf.set(last.section, last.index);
    paragraphStart = -1;
  };

  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    lineNo++;
    // the line without surrounding whitespace (what trim() removes is what \s matches)
    let contentStart = lineStart;
    let contentEnd = lineEnd;
    while (contentStart < contentEnd && isSpaceCode(text.charCodeAt(contentStart))) contentStart++;
    while (contentEnd > contentStart && isSpaceCode(text.charCodeAt(contentEnd - 1))) contentEnd--;
    const indent = contentStart - lineStart;
    const line = text.slice(contentStart, contentEnd);

    const captionAbove = caption;
    caption = null;
    if (line.length === 0) {
      flush(prevLineEnd);
      prevWasBlank = true;
      rowLead = -1;
    } else if (tableLine === lineNo - 1 && indent >= CELL_INDENT && sentences.at(-1)?.kind === 'row' &&
      !text.startsWith('|', sentences.at(-1)!.start) && !opensBlock(line)) {
      // a cell wrapped onto the next line of a table laid out in columns ("IS-08  The Supplier must give … before   M" then
      // "       changing any hosting region …"): the row reads on; its cells stay those of its first line (splitRow)
      sentences.at(-1)!.end = contentEnd;
      tableLine = lineNo;
    } else if (line.startsWith('|') || (line.includes('\t') && !TABBED_CLAUSE.test(line)) || (tableLine === lineNo - 1 && text.slice(contentEnd, lineEnd).includes('\t'))) {
      // (the last: a row of a tab-separated table whose cells after the first are empty, "Backups\t\t")
      flush(prevLineEnd);
      announced = rowLead = -1;
      if (tableLine !== lineNo - 1) tableFirst = tableHeader = -1;
      tableLine = lineNo;
      if (TABLE_SEPARATOR.test(line)) {
        // the separator right under a markdown table's first row makes that row its header
        if (tableFirst >= 0 && tableFirst === sentences.length - 1) tableHeader = tableFirst;
      } else {
        takeLooseLead(true);
        const row = sentences.length;
        sentences.push({
          index: row, start: contentStart, end: contentEnd, kind: 'row',
          // a table right after an item that announces it (「(2) …次の期限内に…」) belongs to that item
          section: currentSection(), lead: itemLead >= 0 ? itemLead : tableAhead >= 0 && sentences[tableAhead].section === currentSection() ? tableAhead : lastLead, line: lineNo,
        });
        // a questionnaire laid out as "D2<tab>What are your remediation timelines?" with the answer on the lines under it:
        // the row ends by asking, so it announces that answer as a question heading does (isQuestionHeading)
        if (!line.startsWith('|') && isQuestionHeading(text, sentences[row])) announced = row;
        if (tableFirst < 0) {
          tableFirst = row;
          // a table aligned by tabs (a Word or PDF export, or columns of spaces, see alignedTables) opens with its header line
          if (!line.startsWith('|')) tableHeader = row;
        } else if (tableHeader >= 0) {
          const last = tables[tables.length - 1];
          if (last?.header === tableHeader) last.to = row + 1;
          else tables.push({ header: tableHeader, from: row, to: row + 1 });
        }
      }
      prevWasBlank = false;
    } else {
      // 「1. 乙は…」 inside 第N条 is a paragraph (項) of the article, not a section beside it.
      // So is "1. The Processor …" inside "§ 4. Authorised persons" or "Article 4" (European statute style).
      const paragraphOfArticle = open.length > 0 && PARAGRAPH_NUMBER.test(line) && ARTICLE_OF_PARAGRAPHS.test(withoutHashes(sections[open[open.length - 1]].heading));
      // A paragraph of running text (not a title) that the line above left mid-sentence.
      // (A short line too when it ends on a word no sentence or title ends with: a table cell wrapped in its narrow column.)
      const running: boolean = !prevWasBlank && paragraphStart >= 0 && (paragraphKind !== 'heading' || paragraphIsClause) &&
        (prevLineEnd - paragraphStart > 40 || OPEN_END.test(text.slice(Math.max(paragraphStart, prevLineEnd - 12), prevLineEnd)) ||
          (contentStart === lineStart && (JA_GOES_ON.test(line) || referenceGoesOn(line))));
      // a colon or an English bracket that a wrap left at the end of a long line of a paragraph already wrapped ("… within
      // the following times from\ndiscovery:\nCritical, 7 days; …", "… Critical vulnerabilities (CVSS 9.0 or higher)\nwithin
      // 7 days") goes on with the next line, as it did on one line; so does an enumerator ("… except (a)\nas …")
      const lastChar = text.charCodeAt(prevLineEnd - 1);
      // (a line laid out in columns of spaces is a table's, not wrapped prose)
      // (the paragraph's first line too when the next goes on with a conjunction: "… only in the AWS us-east-1 (Virginia)\nand
      // us-west-2 (Oregon) regions")
      const bracketEnd = lastChar === 41 && isAlnumCode(text.charCodeAt(prevLineEnd - 2));
      const wrappedEnd = (paragraphLine < lineNo - 1 || (bracketEnd && CONJUNCTION_START.test(line))) && prevLineEnd - prevLineStart >= WRAPPED_LINE &&
        !text.slice(prevLineStart, prevLineEnd).includes('   ') && (isColon(lastChar) || bracketEnd);
      const lineTail = text.slice(Math.max(paragraphStart, prevLineEnd - 8), prevLineEnd);
      const openEnded: boolean = running && (wrappedEnd || !endsWithTerminal(text, paragraphStart, prevLineEnd) || ENUMERATOR_END.test(lineTail));
      // A wrapped line that starts with a decimal number ("… where the CVSS score is\n7.0 or higher") is then no
      // clause number, unless the line above introduced the next clause of a list ("; or"); a reference ("or\nSchedule 5")
      // numbers no clause of a list, so it goes on after "or" too (crossReferenceGoesOn).
      const midSentence: boolean = openEnded && !LIST_JOIN_END.test(lineTail);
      const heading: ReturnType<typeof matchHeading> = paragraphOfArticle || (midSentence && DECIMAL_START.test(line) && !numbersNextClause(line, sections[currentSection()])) || (openEnded && crossReferenceGoesOn(text, prevLineEnd, line)) ? null : matchHeading(line) ??
        (midSentence ? null : titleByNumber(text, lineEnd, line, sections[currentSection()]));
      const isItem: boolean = paragraphOfArticle || (!heading && ITEM_PATTERN.test(line) &&
        !(openEnded && markerGoesOn(text, prevLineEnd, line, midSentence, {
          inDashList: paragraphKind === 'item' && paragraphStyle === 'bullet',
          cutByPage: paragraphKind !== 'item' && prevLineEnd - prevLineStart >= WRAPPED_LINE,
        })));
      // A wrapped line goes on the paragraph above unless that ended a sentence; a line-final ")" does not
      // when it closes a number written out in words ("within four (4)\nhours of …"). A numbered clause without a
      // title ("12.3 Where a Security Incident results …") is a heading only by its number: its wrapped lines
      // go on with it.
      // a plain-text glossary entry ("Sensor      the passive appliance …") opens a paragraph of its own, though the
      // entry above ends without a full stop
      // a line cut right after a full stop inside brackets (「…（製品図面を含む。\n以下「秘密情報」という。）を…」, as pasted from
      // a PDF) ends no sentence either: the bracket still holds it together
      // a field line of a front-matter block ("**Applies to:** all suppliers …" under "**Owner:** …") opens a paragraph
      // of its own, though the field above ends without a full stop
      // a row of a table flattened into columns of spaces (at the margin) under another opens a paragraph of its own, though
      // the row above ends without a full stop (rowUnderRow)
      // (at the margin, or set in as far as the row above, by less than a wrapped cell is: a PDF text layer often indents a
      // whole table by a space or two)
      const nextRow = (indent === 0 || (indent < CELL_INDENT && indent === prevLineIndent)) &&
        prevLineStart >= 0 && rowUnderRow(line, text.slice(prevLineStart, prevLineEnd));
      const continues = !heading && !isItem && !nextRow && !GLOSSARY_ENTRY.test(line) && !BOLD_FIELD_LINE.test(line) &&
        (openEnded || (running && (endsWithSpelledNumber(text, paragraphStart, prevLineEnd) || endsInsideBracket(text, paragraphStart, prevLineEnd))));
      // short lines set in from the margin right under a sentence that announces them, with no rule or header
      // (「…次の期限までに…行う。」 then 「　　ＣＶＳＳ９．０以上　　７日以内」): rows of a table it leads; after a blank
      // line, as exports leave one above a table, only lines with a gap between cells (prose set in never has one)
      const tableRow = !heading && !isItem && !continues && (!prevWasBlank || (announced >= 0 && CELL_GAP.test(line))) && contentStart > lineStart &&
        contentEnd - contentStart <= 60 && !endsWithTerminal(text, contentStart, contentEnd);
      if (tableRow) flush(prevLineEnd);
      rowLead = tableRow ? (rowLead >= 0 ? rowLead : announced) : -1;
      if (rowLead >= 0) {
        sentences.push({ index: sentences.length, start: contentStart, end: contentEnd, kind: 'row', section: currentSection(), lead: rowLead, line: lineNo });
        announced = -1;
      } else if (!continues) {
        flush(prevLineEnd);
        if (heading) {
          // the caption line above an article without a caption of its own titles it, and opens it
          const titled = captionAbove !== null && ARTICLE_NUMBER_ONLY.test(line) ? captionAbove : null;
          const start = titled ? titled.start : contentStart;
          // "7.1 …" under "### 7. Audit" is a subsection of clause 7 even where the hashes gave 7 the level a
          // two-part number has (else 7.2 and 7.3 would be siblings of 7, outside the clause's scope);
          // under "### PART 5 — …" the clauses 5.1–5.4 stay clauses of their own
          // (not a paragraph numbered afresh inside a sibling: the 「4. …」 of 「### 4.3」's list is no clause 4 that
          // 「### 4.4」 would go under)
          const dot = heading.label.lastIndexOf('.');
          const ownerLabel = heading.label.slice(0, dot);
          const owner = dot > 0
            ? open.findLast((s) => sections[s].label === ownerLabel && !sections[sections[s].parent]?.label.startsWith(`${ownerLabel}.`))
            : undefined;
          // (a bold title line, "**5.3 Hosting location**" over "5.3.1 …", owns its numbered sub-clauses as a hashed one does)
          if (owner !== undefined && sections[owner].level >= heading.level && CLAUSE_TITLE.test(withoutHashes(sections[owner].heading).replace(/^\*\*/, ''))) {
            heading.level = sections[owner].level + 1;
          }
          // "1.", "2." … under "## 別紙 SLA" or "## Annex B — Service Levels" (a schedule as a markdown heading) are the
          // schedule's clauses, not siblings of it (a part's clauses stay clauses of their own, see below)
          if (!line.startsWith('#')) {
            const schedule = open.findLast((k) => sections[k].heading.startsWith('#'));
            if (schedule !== undefined && sections[schedule].level >= heading.level && SCHEDULE_HEADING.test(withoutHashes(sections[schedule].heading))) {
              heading.level = sections[schedule].level + 1;
            } else if (schedule !== undefined && sections[schedule].level >= heading.level && /^\d+(?:\.\d+)*$/.test(sections[schedule].label) && /^\d+$/.test(heading.label)) {
              // a list numbered afresh under a numbered markdown heading (「## 5. 再委託について」, then 「1. …」「2. …」) is
              // that heading's paragraphs, not clauses beside it: "1." opens the run, each next number goes on with it (a
              // plain "6." right after "## 5." with nothing numbered under it is still the next clause; under a heading
              // without a number, "## Terms", numbered clauses stay beside it, see above)
              if (numberedRunGoesUnder(schedule, heading.label, true)) heading.level = sections[schedule].level + 1;
            } else if (/^\d+$/.test(heading.label)) {
              // so is one right under a bare decimal title in plain text (「4.6 Vulnerability management」 then 「1. …」,
              // as an extractor gives 「### 4.6 …」): "1." must follow the title with no sentence between them, so a
              // clause 1 after a section that has a body (a new part's numbering) stays a clause of its own
              const title = open.findLast((k) => DECIMAL_LABEL.test(sections[k].label) && !sections[k].heading.startsWith('#'));
              const lastSentence = sentences[sentences.length - 1];
              const bare = title !== undefined && title === open[open.length - 1] &&
                (!lastSentence || lastSentence.start < sections[title].start || (lastSentence.section === title && lastSentence.kind === 'heading'));
              if (title !== undefined && sections[title].level >= heading.level && numberedRunGoesUnder(title, heading.label, bare)) heading.level = sections[title].level + 1;
            }
          }
          while (open.length && sections[open[open.length - 1]].level >= heading.level) {
            sections[open.pop()!].end = start;
          }
          const number = titled ? ARTICLE_NUMBER_ONLY.exec(line)![0].trim() : '';
          sections.push({
            index: sections.length, start, end: text.length, level: heading.level,
            label: heading.label, heading: titled ? `${number}${titled.text}` : headingText(line), parent: currentSection(),
          });
          if (titled) {
            const captionSentence = sentences.findLast((x) => x.start === titled.start);
            if (captionSentence) {
              captionSentence.section = sections.length - 1;
              captionSentence.kind = 'heading';
            }
          }
          open.push(sections.length - 1);
          // 8.2.1, 8.2.2 under "8.2 … shall:" are items of that sentence, as (a), (b) would be.
          lastLead = introOf.get(sections[sections.length - 1].parent) ?? titleOf.get(sections[sections.length - 1].parent) ?? -1;
        }
        paragraphStart = contentStart;
        paragraphLine = lineNo;
        // a numbered sentence is the clause's body, not its title; it keeps the lead a heading there would have
        // (the parent's title, or its "8.2 … shall:")
        paragraphIsSentence = heading !== null && isNumberedSentence(line);
        paragraphKind = heading && !paragraphIsSentence ? 'heading' : isItem ? 'item' : 'sentence';
        if (isItem) {
          paragraphStyle = numberingStyle(line);
          takeLooseLead(SUB_LEVEL[looseStyle] === paragraphStyle);
          // a sibling of the introducing item ends its list (one of its style set in further is its own item)
          if (itemLead >= 0 && paragraphStyle === itemLeadStyle && indent <= itemLeadIndent) itemLead = -1;
          paragraphIndent = indent;
          paragraphLead = itemLead >= 0 ? itemLead : lastLead;
        }
        paragraphIsClause = heading !== null && !line.startsWith('#') && isClauseLine(line);
        if (!heading && !isItem && CAPTION_LINE.test(line)) caption = { start: contentStart, text: line };
        // 「### （見出し）」 as a markdown heading of its own does the same
        else if (heading && line.startsWith('#')) {
          const inner = withoutHashes(line);
          if (CAPTION_LINE.test(inner)) caption = { start: contentStart, text: inner };
        }
      }
      prevWasBlank = false;
    }
    if (contentEnd > contentStart) {
      prevLineIndent = indent;
      prevLineStart = contentStart;
      prevLineEnd = contentEnd;
    }
    lineStart = lineEnd + 1;
  }
  flush(prevLineEnd);
  for (const s of open) sections[s].end = text.length;
  return { sections, sentences, tables };
}

/** A line of a table laid out in columns set in this far under a row, with no cell of its own at the margin, goes on a cell of that row. */
const CELL_INDENT = 4;

/** Two cells of a line laid out in columns: a run of two or more spaces between them. */
const CELL_GAP = /\S {2,}\S/;
/** Three cells or more: two runs of two or more spaces, neither after a full stop (typed English puts two there). */
export const COLUMN_ROW = /[^\s.] {2,}\S[^\n]*?[^\s.] {2,}\S/;
/** One such gap: two cells or more. */
const CELL_GAP_NOT_STOP = /[^\s.] {2,}\S/;
/**
 * A gap of four spaces or more between two cells: a two-column table flattened from a PDF, whose empty cells leave no
 * gap of their own (「仮想サーバのOS更新　　　　実施」 under 「物理サーバ基盤　　　　管理」), has one such gap per row.
 */
const WIDE_CELL_GAP = /[^\s.] {4,}\S/;
/** A Japanese character (kana or kanji). */
const JA_CHAR = /[\u3041-\u30ff\u4e00-\u9fff]/;

/**
 * A Japanese row of a table flattened into columns of spaces, right under another (a check sheet's 「技術　　4-2　　…か
 * はい　　…修正」): one of the two lines has two gaps between cells, the other one at least (a cell typed up to its
 * column leaves a single space). Not in English, where a PDF table wraps its first cell at the margin
 * ("Security Alerts," then "Advisories, and").
 */
function rowUnderRow(line: string, above: string): boolean {
  return JA_CHAR.test(line) && JA_CHAR.test(above) &&
    ((COLUMN_ROW.test(line) && CELL_GAP_NOT_STOP.test(above)) || (CELL_GAP_NOT_STOP.test(line) && COLUMN_ROW.test(above)) ||
      (WIDE_CELL_GAP.test(line) && WIDE_CELL_GAP.test(above)));
}

/** A sentence that points ahead to a table: 「下表の区分ごとに」. */
const TABLE_AHEAD = /(?:下表|次表|(?:以下|下記)の表)/;
/** A sentence that announces a list: 「次の事項」, "the following", or a final colon. */
const INTRODUCES_LIST = /(?:次の|次に掲げる|以下の|下記の|下表|次表|following|as follows)|[:：]\s*$/;

/**
 * A sentence that goes on with what the one before it says ("The Supplier shall complete this within 30 days",
 * "It shall not be implemented until approved", "Such return shall…", "During this period …", "a summary of the results is …",
 * 「乙は、これを…行う。」「当該報告は…」「その後、…」): that one
 * leads it, as a list's lead leads an item.
 */
const THEY = String.raw`(?:they|each\s+of\s+them|all\s+of\s+them)`;
const REFERS_BACK = new RegExp([
  String.raw`^(?:it|${THEY})\s+(?:shall|will|must|may)\b`,
  // 「We use subprocessors. They are contractually required to …」: a duty put on what the sentence before named
  String.raw`^${THEY}\s+(?:are|is|will\s+be|shall\s+be|must\s+be)\s+(?:also\s+|each\s+)?(?:contractually\s+|legally\s+)?(?:required|obliged|obligated|bound)\s+to\b`,
  String.raw`^(?:the\s+)?[a-z]+(?:\s+[a-z]+)?\s+(?:shall|will|must|agrees\s+to)\s+(?:do\s+so|(?:complete|perform|effect)\s+(?:this|that|it|the\s+same|such\s)|carry\s+(?:this|that|it)\s+out)`,
  String.raw`^(?:this|that|the\s+same)\s+(?:shall|will|must)\s+be\s+(?:done|completed|carried\s+out|performed|effected)\b`,
  String.raw`^such\s+(?!as\b)[a-z]`,
  // 「We use vendors … . We're responsible for them as for ourselves.」: a duty about 'them' is about what the sentence before named
  String.raw`^(?:we|it|they|(?:the\s+)?[a-z]+)(?:['’]re|\s+are|\s+is|\s+remains?|\s+(?:shall|will)\s+(?:be|remain))\s+(?:fully\s+|solely\s+)?(?:responsible|liable|answerable)\s+for\s+(?:them|those|these)\b`,
  String.raw`^(?:during|throughout|within|for)\s+(?:this|that|such|the\s+same)\s+(?:period|time|term)\b`,
  String.raw`^(?:an?\s+(?:summary|copy|report)\s+of\s+)?the\s+(?:results?|findings|outcomes?)\s+(?!of\b)`,
  String.raw`^(?:[^、。]{1,15}は、)?(?:これを|これらを|当該|この場合)`,
  String.raw`^(?:その後|その期間の経過後|同期間の経過後)、`,
  // 「…実施計画書（案）は…。契約締結後、確定版を提出して…承認を受けます。」: the final version is the draft's
  String.raw`^[^。]{0,24}?(?:その|同)?(?:確定版|最終版|正式版|完成版)(?:を|は|について|も)`,
].join('|'));

/**
 * A sentence that opens with a condition on what the sentence before found (「…脆弱性情報を収集し、影響を確認します。
 * 影響がある場合は…報告し」): that one leads it, even inside a list item whose lead-in leads the item.
 */
const CONDITION_ON_BEFORE = /^(?:その結果、?)?(?:[^、。]{1,20}への)?影響が(?:ある|あった|認められる|認められた|判明した|確認された)(?:場合|とき)/;
/** A proviso opening its sentence (「ただし、」「但し、」): it qualifies the sentence just before. */
const PROVISO_ON_BEFORE = /^(?:ただし|但し)[、,]/;

/**
 * How a piece after a semicolon opens when it goes on with the piece before it: a pronoun, a definite article or a
 * connective ("…; the Supplier then shares the results", "…; it is reviewed yearly"), not a fresh item ("…; (d) …").
 */
const GOES_ON_AFTER_SEMICOLON = /^(?:the|this|that|these|those|it|its|they|their|such|and|then)\b/;
/**
 * A piece after a semicolon that takes up what the piece before produced as "the results" or "the findings" ("… tested
 * twice a year; customers receive a summary of the results"), not the results of something it names itself ("… of the audit").
 */
// (or opens with them bare, "…; results will be shared with the Customer": no article, the same results)
const TAKES_UP_RESULTS = /^(?:[^;:.]{0,40}?\bthe\s+)?(?:results?|findings|outcomes?)\b(?!\s+of\b)/;

/**
 * The opening of a sentence that names the event its clause happens on: "On termination,", "Upon expiry of this
 * Agreement,", "Following the end of the Term,", "When the contract ends,".
 */
const OPENS_WITH_EVENT = /^(?:on|upon|after|following|at|when|once|prior\s+to|before|within\s+\w+\s+days\s+(?:of|after))\s[^,;.:]{1,50},/;

/**
 * A sentence that says the one before it applies to another case as well (「再委託先が更に委託する場合も同様とする。」
 * 「変更するときも、同様とする。」): that one leads it, so what 「同様」 extends is the sentence it goes on with.
 */
const SAME_APPLIES = /(?:場合|とき|ついて)(?:\([^)。]{0,20}\))?(?:も|にも)、?(?:同様とする|同様である|同じとする|同様の手続による)[。.]?\s*$/;
/**
 * The same, said in the sentence's opening clause before it goes on (「再委託先が更に委託する場合も同様とし、この場合には…」):
 * what 「同様」 extends is still the sentence before.
 */
const SAME_APPLIES_THEN = /^[^。]{0,40}?(?:場合|とき)(?:\([^)。]{0,20}\))?(?:も|にも)、?同様とし[、,]/;

/**
 * A sentence that opens by naming again, as "the …", what the sentence before introduced as "a …" ("… shall submit a
 * Fleet Cyber Security Plan … . The Plan takes effect once approved …", "… deliver a written report. The report
 * shall state …"): group 1 is the head word, which the sentence before must hold after "a"/"an" (repeatsHead).
 */
const DEFINITE_HEAD = /^(?:the|this|that|such)\s+([a-z][a-z-]{2,})\b(?!\s+of\b|['’])/;
/** "a"/"an" and up to four more words right before a noun ("a fleet cyber security ", "an "). */
const INDEFINITE_BEFORE = /\b(?:a|an)\s+(?:[a-z][a-z-]*\s+){0,4}$/;

/** Whether [start, end) introduces `head` with "a"/"an" as the last word of its noun phrase ("a fleet cyber security plan"). */
function repeatsHead(text: string, start: number, end: number, head: string): boolean {
  const sentence = text.slice(start, end);
  for (let at = sentence.indexOf(head); at >= 0; at = sentence.indexOf(head, at + 1)) {
    const after = sentence[at + head.length] ?? '';
    if (/[\w-]/.test(after)) continue;
    if (INDEFINITE_BEFORE.test(sentence.slice(Math.max(0, at - 80), at))) return true;
  }
  return false;
}

/**
 * A reference to the paragraph before (前項, 前各項) taking up what it lays down; not one setting it aside
 * (「前項の規定にかかわらず…この限りでない」: an exception, which the ban before it does not lead).
 */
const PREVIOUS_PARAGRAPH = /前(?:各)?項(?![^、。]{0,8}かかわらず)/;
/** A sentence that only extends the one before it in its paragraph: 「同様とする」 (「…後もまた同様とする」), 「ただし、…」, 「この場合において、…」. */
const EXTENDS_BEFORE = /^(?:ただし|なお|この場合(?:において)?)[、,]|(?:も|にも)、?(?:また|亦)?(?:同様とする|同様である|同じとする)[。.]?\s*$/;
/** The sentence stating a paragraph's duty, from its last sentence `k`: back over the sentences that only extend it. */
function paragraphDuty(text: string, sentences: readonly Sentence[], k: number): number {
  let duty = k;
  while (EXTENDS_BEFORE.test(text.slice(sentences[duty].start, sentences[duty].end).trim())) {
    const before = previousInParagraph(text, sentences, duty);
    if (before < 0 || sentences[before].line !== sentences[duty].line) break;
    duty = before;
  }
  return duty;
}

/** The sentence before this one when it is of the same paragraph (a line of its own counts: a wrapped line's paragraph), else -1. */
function previousInParagraph(text: string, sentences: readonly Sentence[], index: number): number {
  const before = sentences[index - 1];
  return before && before.kind !== 'row' && !text.slice(before.end, sentences[index].start).includes('\n\n') ? index - 1 : -1;
}

/** The numbering style of the level under each (see numberingStyle): 1 → (1) → ア → (ア), 一 → ア. */
const SUB_LEVEL: Readonly<Record<string, string>> = { 2: '0', 0: '8', 8: '7', 9: '8' };

/**
 * The kind of number an item line starts with: (1), 1), 1 / 1., (i), i), (a), a), (ア), ア, 一, a bullet.
 * (i)–(x) are roman, so "(i) …" under "(a) … except:" is its sub-item, not the letter after (h).
 */
function numberingStyle(line: string): string {
  const m = /^(?:(\(\s*\d)|(\d{1,3}\))|(\d)|(\(\s*(?:i{1,3}|iv|vi{0,3}|ix|x)\s*\))|((?:i{1,3}|iv|vi{0,3}|ix|x)\))|(\(\s*[a-z])|([a-z][).])|(\([ア-ン])|([ア-ン])|([一二三四五六七八九十]))/.exec(line);
  return m ? String(m.slice(1).findIndex((g) => g !== undefined)) : 'bullet';
}

/**
 * Each sentence's section heading line: the first sentence of its section when that is a heading, else the heading
 * line of the nearest section around it that has one (a numbered clause without a title under "4. Return of Data");
 * -1 for none.
 */
export function sectionHeadingLines(seg: Pick<Segmentation, 'sentences' | 'sections'>): Int32Array {
  const { sentences, sections } = seg;
  const first = new Int32Array(sections.length).fill(-1);
  sentences.forEach((s, i) => { if (s.section >= 0 && first[s.section] < 0) first[s.section] = i; });
  // a parent comes before its subsections
  const line = new Int32Array(sections.length).fill(-1);
  sections.forEach((section, k) => {
    line[k] = first[k] >= 0 && sentences[first[k]].kind === 'heading' ? first[k] : section.parent >= 0 ? line[section.parent] : -1;
  });
  return Int32Array.from(sentences, (s) => (s.section >= 0 ? line[s.section] : -1));
}

/** The index of the sentence holding offset `pos` (sentences in text order, not overlapping), or -1. */
export function sentenceLocator(sentences: readonly { start: number; end: number }[]): (pos: number) => number {
  return (pos) => {
    let lo = 0;
    let hi = sentences.length - 1;
    let best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sentences[mid].start <= pos) { best = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return best >= 0 && pos < sentences[best].end ? best : -1;
  };
}

/** A front-matter field set as a bold label and its colon, then a value: "**Applies to:** …", "**Version**: 3.1". */
const BOLD_FIELD_LINE = /^\*\*[^*\n:]{1,40}(?::\s*\*\*|\*\*\s*:)\s*\S/;
/** A term of up to five words (group 1), a gap of three spaces or more, then a body that opens with an article. */
export const GLOSSARY_ENTRY = /^([a-z][\w'’-]*(?: [\w'’-]+){0,4}) {3,}(?:a|an|the|any|all|each|every)\s/;

/** Whether a line (trimmed) is a heading's: 「第2条（…）」, 「8.1　データの返却」, "Section 4". */
export const opensHeading = (line: string): boolean => ANY_HEADING.test(line) && !referenceGoesOn(line);

/** Whether a line (trimmed) opens a unit of its own: a heading, an item or a table row. */
export function opensBlock(line: string): boolean {
  return line.startsWith('|') || line.includes('\t') || opensHeading(line) || ITEM_PATTERN.test(line);
}

function matchHeading(line: string): { level: number; label: string } | null {
  if (!opensHeading(line)) return null;
  for (const { re, level, label } of HEADING_PATTERNS) {
    const m = re.exec(line);
    if (m) {
      // "1. The Supplier shall ..." as a long numbered paragraph is still a section (clause 1).
      if (m[1]?.startsWith('#')) {
        // A markdown heading keeps its level; its label is the number written after the hashes, if any.
        const inner = matchHeading(line.slice(m[0].length));
        return { level: level(m), label: inner && !inner.label.startsWith('#') ? inner.label : '' };
      }
      // a numbered title in bold ("**7. Personal Data Breach.**") is that numbered heading: 7.1, 7.2 … fall under it
      if (re === BOLD_LINE) return matchHeading(m[1]) ?? { level: level(m), label: normaliseLabel(m[1]) };
      if (re === BOLD_RUN_IN) {
        const rest = line.slice(m[0].length);
        const id = REQUIREMENT_ID.exec(rest);
        return matchHeading(rest) ?? (id ? { level: REQUIREMENT_LEVEL, label: id[1] } : null);
      }
      return { level: level(m), label: label ? label(m) : normaliseLabel(m[1] ?? '') };
    }
  }
  return null;
}

function normaliseLabel(label: string): string {
  if (label === '') return '';
  const n = parseNumber(label);
  return Number.isNaN(n) ? label : String(n);
}

/** The heading's own number ("### 4.", "Article 12.", "3.1.") is not where its text ends. */
const HEADING_NUMBER = new RegExp(String.raw`^(?:#{1,6}\s+|\*\*(?=\d|${CAPTION_WORD}\s|§))?(?:${CAPTION_WORD}\s+|§\s*)?(?:\d{1,3}(?:\.\d{1,3})*\.?|[a-z]\.\d{1,3}(?:\.\d{1,3})*\.?|[ivxlc]{1,6}\.|[a-z]{1,2}\d{1,2}\.?(?=\s))?\s*`);

const PARAGRAPH_NUMBER = /^\d{1,3}\.(?:\s|[\u3040-\u30ff\u4e00-\u9fff])/;
/** A decimal number opening a line ("7.0 or higher"); a multi-level clause number (8.2.2) is not one. */
const DECIMAL_START = /^\d{1,3}\.\d{1,3}(?![.\d])/;
/**
 * "2.3 Country of work" under the clause "2.2 Name of the representative", which ended without a full stop (a form's
 * list of fields): the next clause by its number, not a decimal a wrap carried over ("… score is\n7.0 or higher").
 */
function numbersNextClause(line: string, open: Section | undefined): boolean {
  const number = DECIMAL_START.exec(line)?.[0];
  const dot = open ? open.label.lastIndexOf('.') : -1;
  return number !== undefined && dot > 0 && number === `${open!.label.slice(0, dot)}.${Number(open!.label.slice(dot + 1)) + 1}`;
}
/**
 * "… by telephone on the number in\nSchedule 4 and by email …", "… any location listed in 12.3.1 or\nSchedule 5 without …":
 * a reference wrapped after a preposition or a conjunction goes on the sentence (neither ends one).
 */
const REFERENCE_START = new RegExp(`^(?:(?:${SCHEDULE_EN}|article|section|clause|part)(?![a-z])|§)`);
const LINKING_WORD_END = /\b(?:in|of|to|at|on|from|within|under|with|by|per|see|the|this|cfr|and|or|nor)$/;
/** "… a proposed remediation\nschedule." : the word alone, then punctuation, ends the sentence it goes on. */
const REFERENCE_WORD_ALONE = new RegExp(`^(?:${SCHEDULE_EN}|article|section|clause|part)s?\\s*[.,;:)]`);
/**
 * 「…改善策を書面で報告し、\n別紙5に定めるところにより…」「…による場合及び\n第5条の違反による場合には…」「第5条の規定に
 * かかわらず、…」: a Japanese reference (第N条・項・号, 別紙N, 別表N) that a particle or a conjunction goes on from opens a
 * sentence, or goes on one a wrap cut, and is never a heading (a heading's number stands before a caption, a space or the
 * sentence's subject); 第3条の2 is an article's number.
 */
const JA_REFERENCE_GOES_ON = new RegExp(
  `^(?:第\\s*${KANJI_NUM}\\s*[条項号]|(?:別紙|別表|付録)\\s*(?:${KANJI_NUM})?)(?:\\s*第\\s*${KANJI_NUM}\\s*[項号])*` +
  `(?:(?!の\\s*${NUMERAL})[\u3041-\u3093]|及び|又は|並びに|若しくは)`,
);
/** A section's number of two parts or more: "4.6", "12.3.1". */
const DECIMAL_LABEL = /^\d+(?:\.\d+)+$/;
/** Whether a line opens with a cross-reference that a sentence goes on through. */
export const referenceGoesOn = (line: string): boolean => JA_REFERENCE_GOES_ON.test(line);
function crossReferenceGoesOn(text: string, prevLineEnd: number, line: string): boolean {
  return REFERENCE_WORD_ALONE.test(line) || (REFERENCE_START.test(line) && LINKING_WORD_END.test(text.slice(Math.max(0, prevLineEnd - 8), prevLineEnd).trimEnd()));
}

/** The next line with content after lineEnd (within a few hundred characters), trimmed at its start; '' when none. */
const nextLineAfter = (text: string, lineEnd: number): string => /\S[^\n]*/.exec(text.slice(lineEnd, lineEnd + 400))?.[0] ?? '';

/** The next line set in from the margin with Japanese text (a title's body, not a wrapped line or a new number). */
const SET_IN_TEXT = /^\r?\n[ \t\u3000]+[\u3040-\u30ff\u4e00-\u9fff]/;
/**
 * "8 LOCATION OF DATA", 「１５　契約終了時のデータ移行及び消去」 (plain text, no dot after the number): a title line, not an
 * item, when clause 8.1 follows it, when it numbers on from the clause open above (「５　責任分担」 after 4.8) or from a
 * title read so ("5  SERVICE LEVELS" after "4  SUBCONTRACTORS" over 4.1, 「１１　損害賠償」 after 「１０」), or, in
 * Japanese, when a list numbered (1) opens under it (「１０　事故発生時の対応」 then 「(1) 受注者は…」: a specification whose
 * 「### １０」 headings lost their markup in Word or a PDF).
 */
const BARE_NUMBER_TITLE = /^(\d{1,3})\s+(?:[a-z][a-z ,&/'’()-]{2,70}|[\u3040-\u30ff\u4e00-\u9fff][^\s。.,、;:]{1,39})$/;
function bareNumberTitle(text: string, lineEnd: number, line: string, open: Section | undefined): { level: number; label: string } | null {
  const m = BARE_NUMBER_TITLE.exec(line);
  if (!m) return null;
  const next = nextLineAfter(text, lineEnd);
  const opensClauses = next.startsWith(`${m[1]}.1`) && !/^\d/.test(next.slice(m[1].length + 2));
  const numbersOn = open !== undefined && /^\d{1,3}\.\d/.test(open.label) && Number(open.label.slice(0, open.label.indexOf('.'))) + 1 === Number(m[1]);
  const japanese = /^\d{1,3}\s+[\u3040-\u30ff\u4e00-\u9fff]/.test(line);
  const opensItems = japanese && /^\(1\)\s*\S/.test(next);
  // 「３　履行場所」 over its text set in from the margin (「　受注者の事業所（…）」): a municipal specification's plain titles
  const opensSetInText = japanese && SET_IN_TEXT.test(text.slice(lineEnd, lineEnd + 8)) && !ITEM_PATTERN.test(next);
  // 「１１　損害賠償」 after the section 「１０　事故発生時の対応」 that such a title opened, "5  SERVICE LEVELS" after
  // "4  SUBCONTRACTORS": the next one, whatever follows it
  const followsTitle = open !== undefined && /^\d{1,3}$/.test(open.label) && /^\d{1,3}\s/.test(open.heading) && Number(open.label) + 1 === Number(m[1]);
  return opensClauses || numbersOn || opensItems || opensSetInText || followsTitle ? { level: 2, label: m[1] } : null;
}

/**
 * 「(8) 脆弱性対応」 alone on its line over ア、イ… items (plain text, where markup made it 「### (8)」): the title of a
 * subsection of the open section, or a sibling of the (7) before it, not an item.
 */
const BRACKET_NUMBER_TITLE = /^\((\d{1,2})\)\s*[\u3040-\u30ff\u4e00-\u9fff][^。.,、;:：]{0,29}$/;
const KANA_ITEM_START = /^(?:[アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン][\s.、]|\([ア-ン]\))/;
function bracketNumberTitle(text: string, lineEnd: number, line: string, open: Section | undefined): { level: number; label: string } | null {
  const m = BRACKET_NUMBER_TITLE.exec(line);
  if (!m || !KANA_ITEM_START.test(nextLineAfter(text, lineEnd))) return null;
  const level = !open ? 3 : open.label.startsWith('(') ? open.level : open.level + 1;
  return { level, label: `(${m[1]})` };
}

/**
 * "A5. Data Protection", "B3 Return of Data" alone on its line over text not numbered so (a schedule numbering its clauses
 * by part): a clause title, not an item. A run of such lines is a list of short items ("SR1. Encryption at rest").
 */
const LETTER_NUMBER_TITLE = /^([a-z]{1,2}\d{1,2})\.?\s+[a-z][a-z ,&/'’()-]{2,60}$/;
const LETTER_NUMBER_START = /^[a-z]{1,2}\d{1,2}\b/;
function letterNumberTitle(text: string, lineEnd: number, line: string, open: Section | undefined): { level: number; label: string } | null {
  const m = LETTER_NUMBER_TITLE.exec(line);
  if (!m) return null;
  const next = nextLineAfter(text, lineEnd);
  if (!next || LETTER_NUMBER_START.test(next)) return null;
  // under the part its letter names ("Part C" over C2), beside the clause of that part before it (C2 before C3), else
  // a clause of the schedule open above
  const letter = m[1].replace(/\d+$/, '');
  const level = !open ? 2 : open.label === letter ? open.level + 1 : open.label.replace(/\d+$/, '') === letter ? open.level : 2;
  return { level, label: m[1] };
}

/** A plain-text title known by its number and what follows it (bareNumberTitle, bracketNumberTitle, letterNumberTitle). */
const titleByNumber = (text: string, lineEnd: number, line: string, open: Section | undefined) =>
  bareNumberTitle(text, lineEnd, line, open) ?? bracketNumberTitle(text, lineEnd, line, open) ?? letterNumberTitle(text, lineEnd, line, open);

/** Letters in brackets that no list numbers with: not one letter, a doubled one or a roman numeral ("(EU)"). */
const BRACKETED_WORD = /^\((?![a-z]\)|([a-z])\1\)|[ivxlc]+\))[a-z]{2,4}\)/;
const DASH_START = /^-\s/;
const QUANTITY_START = /^\d{1,4}\s+(?:(?:business|working|calendar)\s+)?(?:minutes?|hours?|days?|weeks?|months?|years?)\b/;
const FIGURES_START = /^\(\d{1,4}\)\s+[a-z]/;
/** A number with no dot or bracket, then a word: an item marker only where a list of such items runs. */
const BARE_NUMBER_WORD = /^\d{1,3}\s+[a-z]/;
const NUMBER_WORD_END = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)(?:-[a-z]+)?$/;
/**
 * Whether a line a wrap started, after a line left open, goes on with it though it opens like an item: the figures of a
 * number in words ("… within ninety\n(90) days"), a quantity ("… Critical —\n7 days; High …", "… critical and\n72 hours"),
 * and mid-sentence letters in brackets no list numbers with ("… Regulation\n(EU) 2022/2554"), a dash outside a list of
 * dashes ("… (CVSS 9.0 and above)\n— 7 days") or, under a line the page width cut in a paragraph that is no item, a bare
 * number ("… its most recent SOC\n2 Type II report").
 */
function markerGoesOn(text: string, prevLineEnd: number, line: string, midSentence: boolean,
  { inDashList, cutByPage }: { inDashList: boolean; cutByPage: boolean }): boolean {
  if (FIGURES_START.test(line) && NUMBER_WORD_END.test(text.slice(Math.max(0, prevLineEnd - 16), prevLineEnd).trimEnd())) return true;
  if (QUANTITY_START.test(line)) return true;
  return midSentence && (BRACKETED_WORD.test(line) || (DASH_START.test(line) && !inDashList) || (cutByPage && BARE_NUMBER_WORD.test(line)));
}
/**
 * A line ending so goes on: a comma (、 too), an article, a preposition, a conjunction or an auxiliary ("… provided
 * to the").
 */
const OPEN_END = /(?:[,、，]|\b(?:the|a|an|of|to|by|and|or|for|with|in|on|at|from|must|shall|will|may|be|not|that|which|any|its|their|under|than))$/;
/**
 * A line of Japanese that opens with hiragana at the margin goes on the open line above, however short (a wrap
 * line-wrap.ts could not tell in a short text, 「…速やかに甲\nに報告する」): no title or item starts so, and a new
 * paragraph (「　なお、…」) is set in. So does one that opens with a reference a particle goes on from
 * (referenceGoesOn).
 */
const JA_GOES_ON = /^[\u3041-\u3093]/;
/** A line at least this long that ends a line of a paragraph already wrapped was cut by the page width. */
const WRAPPED_LINE = 60;
/** A line that goes on with the sentence above: it opens with a conjunction. */
const CONJUNCTION_START = /^(?:and|or|nor|and\/or|as\s+well\s+as|together\s+with)\b/;
/** An inline enumerator, "(a)", "(ii)", "(3)", ending a line: the enumerated text follows on the next. */
const ENUMERATOR_END = /\s\((?:[a-z]{1,4}|\d{1,3})\)$/;
/** A line ending in "; or", "and", ":" introduces the next clause of a list. */
const LIST_JOIN_END = /(?:\b(?:or|and)|[;:,])\s*$/;
const ARTICLE_LABEL = new RegExp(`^第\\s*${KANJI_NUM}\\s*[条章節](?:の\\s*${KANJI_NUM})?`);

const MODAL_VERB = /\b(?:shall|must|will|may|should|agrees?|undertakes?)\b/;
/**
 * "4.2 Clause 4.1 applies equally to any replacement of an approved\nsubcontractor …": a clause extending another
 * to further cases binds as that clause does, without a modal verb; no title says so. Read as a title, its wrapped
 * line is cut off and the cases it extends to are lost.
 */
const APPLIES_EQUALLY = /\bappl(?:y|ies)\s+(?:equally|likewise|mutatis\s+mutandis|in\s+the\s+same\s+way)\b/;

/** A title is short; a numbered paragraph's first sentence is not a title ("7. Both parties may …"). */
const MAX_TITLE = 60;

function headingText(line: string): string {
  const from = HEADING_NUMBER.exec(line)![0].length;
  const rest = line.slice(from);
  // 第5条(秘密保持) 乙は… : the bracketed caption is the title, the sentence after it is not.
  const caption = /^第[^(]{1,12}\([^)]{1,40}\)/.exec(rest);
  // with the markdown hashes kept: the heading's concepts are read from its start over this length
  if (caption) return line.slice(0, from) + caption[0];
  const cut = rest.search(/[。]|\.(?:\*{1,2}|_{1,2})?\s/);
  // A title never ends with 。: 「第2条 乙は、…する。」 is a sentence, and the article has no title.
  if (rest[cut] === '。') return (line.slice(0, from) + (ARTICLE_LABEL.exec(rest)?.[0] ?? '')).trim();
  const title = cut >= 0 ? rest.slice(0, cut) : rest;
  // Nor does a title bind anyone: "7. Supplier shall encrypt data." is a clause without a title; nor does a long one
  // stop on a comma or a word no title ends with ("Section 11.2  Within sixty (60) days after completion of the
  // project, or\nupon …"): a clause's first sentence cut by the wrap.
  if (!line.startsWith('#') && (MODAL_VERB.test(title) || APPLIES_EQUALLY.test(title) || (title.length > RUN_ON && OPEN_END.test(title)))) return line.slice(0, from).trim();
  if (title.length > MAX_TITLE && !line.startsWith('#')) {
    // a run-in caption before a colon is the title of a long numbered line: "6. **Resilience:** platform-level backups …"
    const runIn = RUN_IN_CAPTION.exec(rest);
    return runIn && !MODAL_VERB.test(runIn[0]) ? line.slice(0, from) + runIn[0] : line.slice(0, from).trim();
  }
  return line.slice(0, from) + title.slice(0, 120);
}

/** "Resilience:", "**Access control:**" — a few words, no sentence punctuation, then a colon. */
const RUN_IN_CAPTION = /^\**[a-z][a-z0-9 ,&/'’-]{1,38}[:：]\**(?=\s)/;

/**
 * A number before a full stop ends its sentence when a word follows ("… listed in Schedule 1. The Provider …",
 * "… certified to ISO 27001. The Supplier …", "… from 1 April 2026. Each party …", "… monitored 24x7. We …"),
 * unless the number is a label: all the sentence holds so far ("5. The Supplier …", "Section 5. Audit"), what a
 * colon or semicolon opens ("the following: 1. encryption; 2. logging"), or a bare number after a full stop that did
 * not end a sentence ("… in Schedule 1. 2. The Supplier …"). A full stop with no space after it ("7.2", "99.9") is a
 * decimal point and never reaches this test.
 */
const LABEL_NUMBER = String.raw`[(\[]?\d+(?:\.\d+)*$`;
const LABEL = String.raw`[\s*_#]*(?:[a-z§]{1,12}\.?\s*)?${LABEL_NUMBER}`;
const OPENING_LABEL = new RegExp(String.raw`(?:^|[:;])${LABEL}|\.\s+${LABEL_NUMBER}`);
const LISTED_LABEL = new RegExp(String.raw`[:;]${LABEL}|\.\s+${LABEL_NUMBER}`);
const WORD_AFTER = /^\s+[a-z]/;

const ABBREVIATIONS = /\b(?:e\.g|i\.e|etc|inc|ltd|co|corp|no|nos|art|arts|sec|para|paras|vs|cf|u\.s|mr|ms|dr|st|p|pp|fig|approx|incl|min|max|viz|rev|ver|vol|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|[a-z])$/;

/**
 * A leader set off by spaces between an item and its value on the same line (「退職者のアカウントの無効化 …… 退職日の当日中」,
 * 「第一報 ・・・ 1時間以内」 once normalised to dots): a tab-like gap, not the end of a sentence, so the item keeps its value
 * (the deadline, the party) in one sentence. Only a run of two or more dots after a space, followed on the same line by more text.
 */
const LEADER_BEFORE = /[ \t\u3000]\.+$/;
const LEADER_AFTER = /^[ \t\u3000]+[^\s]/;
function isLeaderDot(text: string, i: number, sentenceStart: number): boolean {
  if (text.charCodeAt(i - 1) !== DOT) return false;
  return LEADER_BEFORE.test(text.slice(Math.max(sentenceStart, i - 40), i + 1)) && LEADER_AFTER.test(text.slice(i + 1, i + 6));
}
/** Whether the full stop at i closes an abbreviation ("e.g.", "Ltd.") or a number that does not end its sentence. */
function isAbbreviationOrLabel(text: string, i: number, start: number, sentenceStart: number, stop: number): boolean {
  const before = text.charCodeAt(i - 1);
  if (before < 48 || before > 57) return ABBREVIATIONS.test(text.slice(Math.max(start, i - 6), i));
  const from = Math.max(sentenceStart, i - 40);
  return !WORD_AFTER.test(text.slice(stop, stop + 3)) || (from === sentenceStart ? OPENING_LABEL : LISTED_LABEL).test(text.slice(from, i));
}
const PROVISO = /^\s*(?:provided|except|unless|but|however|save|subject to|so long as|in which case|ただし)\b/;
/**
 * "X is responsible for A; for B; and for C": a piece that opens with "for" (or "and/or for") is another
 * complement of the same predicate, not a new sentence ("; for the avoidance of doubt, …" / "; for example" are).
 */
const PARALLEL_FOR = /^\s*(?:(?:and|or)\s+)?for\s+(?!(?:the\s+)?avoidance\b|example\b|instance\b|this\s+purpose\b|the\s+purposes?\s+of\b|purposes?\s+of\b)/;

/** Bracket class of a code unit: 1 opens ( 「 『 [ 【, -1 closes ) 」 』 ] 】, 0 neither. */
const BRACKET = new Int8Array(0x3020);
for (const c of '(「『[【') BRACKET[c.charCodeAt(0)] = 1;
for (const c of ')」』]】') BRACKET[c.charCodeAt(0)] = -1;
const FULL_STOP = '。'.charCodeAt(0);
const isColon = (code: number) => code === 58 || code === 0xff1a;
/**
 * A heading that asks (a questionnaire's "**D2. What are your remediation timescales?**"): it ends in ? or ？, past any
 * closing emphasis marks. Its answer is the paragraph right under it.
 */
const QUESTION_END = /[?？][*_\s]*$/;
/** A heading, or a tab-separated row ("D2<tab>What are your …?"), that ends by asking a question. */
function isQuestionHeading(text: string, sentence: Sentence): boolean {
  return (sentence.kind === 'heading' || sentence.kind === 'row') && QUESTION_END.test(text.slice(Math.max(sentence.start, sentence.end - 8), sentence.end));
}
const DOT = 46;
const SEMICOLON = 59;
/** The characters splitSentences acts on; it jumps from one to the next instead of reading every code unit. */
const SENTENCE_MARK = /[(「『[【)」』\]】\n。.!?;:：]/g;
/** Past this many characters an unclosed bracket no longer holds the sentence together. */
const MAX_BRACKETED = 600;

/** Splits [start, end) into sentences at 。 and . ! ? ; outside brackets, skipping abbreviations. */
function splitSentences(
  text: string, start: number, end: number, kind: SentenceKind, section: number, line: number,
  out: Sentence[], lead: number,
): void {
  let sentenceStart = start;
  let depthBracket = 0;
  // the paragraph's first sentence keeps its kind; a heading's following sentences are plain sentences
  let current = kind;
  const next = kind === 'heading' ? 'sentence' : kind;
  let colonLead = -1;
  let colonAt = -1;
  // a sentence that announces what the next one sets out (「…次の期限までに修正する。ＣＶＳＳ９．０以上のものは７日以内、…」)
  let announcer = -1;
  // the piece before ended at a semicolon: after a colon, pieces so parted are the colon's list, enumerated or not
  // ("The Provider is responsible for: hosting; patching …; and backup.")
  let afterSemicolon = false;
  // the sentence's first piece, while its pieces are parted by semicolons (-1: not a plain sentence)
  let firstPiece = -1;
  const push = (s: number, e: number): boolean => {
    let k = s;
    while (k < e && isSpaceCode(text.charCodeAt(k))) k++;
    const inline = colonLead >= 0 && (afterSemicolon || INLINE_ITEM.test(text.slice(k, Math.min(e, k + 16))));
    if (!pushSentence(text, s, e, inline ? 'item' : current, section, inline ? colonLead : lead, line, out)) return false;
    const pushed = out[out.length - 1];
    // 「同様」 extends the sentence just before, not the paragraph that leads a numbered 項, and 「影響がある場合は…」
    // is conditioned on it
    const extended = SAME_APPLIES.test(text.slice(Math.max(pushed.start, pushed.end - 24), pushed.end)) ||
      SAME_APPLIES_THEN.test(text.slice(pushed.start, Math.min(pushed.end, pushed.start + 64))) ||
      CONDITION_ON_BEFORE.test(text.slice(pushed.start, pushed.start + 40)) ||
      // 「ただし、…この限りでない。」 is the exception to the sentence just before (a numbered 項's own ban), not to the
      // article's first paragraph that leads the 項
      (pushed.kind === 'item' && PROVISO_ON_BEFORE.test(text.slice(pushed.start, pushed.start + 8))) ? previousInParagraph(text, out, pushed.index) : -1;
    // 「２ 乙は、従業者に前項の義務を遵守させる。」 takes up the paragraph just before (not the article's first one that leads
    // its numbered paragraphs), by the sentence stating its duty, not one that only extends it (「…終了後も同様とする。」「ただし、…」)
    const previous = pushed.index - 1;
    if (pushed.kind === 'item' && previous >= 0 && out[previous].kind !== 'heading' && out[previous].section === pushed.section &&
      PREVIOUS_PARAGRAPH.test(text.slice(pushed.start, Math.min(pushed.end, pushed.start + 60)))) pushed.lead = paragraphDuty(text, out, previous);
    if (announcer >= 0 && pushed.kind !== 'heading') pushed.lead = announcer;
    else if (extended >= 0) pushed.lead = extended;
    else if (pushed.lead < 0 && REFERS_BACK.test(text.slice(pushed.start, pushed.start + 60))) pushed.lead = previousInParagraph(text, out, pushed.index);
    // a plain sentence's piece after a semicolon goes on with the piece before it ("The plan is tested twice a year;
    // the Supplier shares the test summary …"): that one leads it, as REFERS_BACK's sentences are led
    else if (pushed.lead < 0 && afterSemicolon && pushed.kind === 'sentence' && out.length >= 2 &&
      (GOES_ON_AFTER_SEMICOLON.test(text.slice(pushed.start, pushed.start + 12)) ||
        TAKES_UP_RESULTS.test(text.slice(pushed.start, pushed.start + 64)))) pushed.lead = out.length - 2;
    // an event that opens the first piece ("On termination, the service continues …; member data is exported …")
    // is when every piece after its semicolons happens: that piece leads them
    else if (pushed.lead < 0 && afterSemicolon && pushed.kind === 'sentence' && firstPiece >= 0 &&
      OPENS_WITH_EVENT.test(text.slice(out[firstPiece].start, out[firstPiece].start + 64))) pushed.lead = firstPiece;
    else if (pushed.lead < 0) {
      const head = DEFINITE_HEAD.exec(text.slice(pushed.start, pushed.start + 40));
      const before = head ? previousInParagraph(text, out, pushed.index) : -1;
      if (before >= 0 && repeatsHead(text, out[before].start, out[before].end, head![1])) pushed.lead = before;
    }
    if (!afterSemicolon) firstPiece = pushed.kind === 'sentence' ? pushed.index : -1;
    announcer = (text.charCodeAt(pushed.end - 1) === FULL_STOP || text.charCodeAt(pushed.end - 1) === DOT) && INTRODUCES_LIST.test(text.slice(pushed.start, pushed.end)) ? pushed.index : -1;
    // the list runs on while its pieces are enumerated; a plain piece ends it
    if (colonAt >= s && colonAt < e) colonLead = out.length - 1;
    else if (!inline) colonLead = -1;
    if (colonLead < 0 && pushed.kind === 'sentence' && text.charCodeAt(pushed.end - 1) === SEMICOLON &&
      OPENS_INLINE_LIST.test(text.slice(pushed.start, pushed.end))) colonLead = out.length - 1;
    afterSemicolon = text.charCodeAt(pushed.end - 1) === SEMICOLON;
    current = next;
    return true;
  };
  SENTENCE_MARK.lastIndex = start;
  while (SENTENCE_MARK.test(text)) {
    const i = SENTENCE_MARK.lastIndex - 1;
    if (i >= end) break;
    // Long unbalanced brackets (a stray "(") must not swallow the rest of the paragraph: the bracket closes
    // 600 characters on (checked here for the characters skipped since the last mark).
    if (depthBracket > 0 && i - 1 - sentenceStart > MAX_BRACKETED) depthBracket = 0;
    const ch = text.charCodeAt(i);
    const bracket = ch < 0x3020 ? BRACKET[ch] : 0;
    let cut = false;
    // the end of a stop mark's sentence: after it, or, for a numbered line's run-in caption
    // ("6.5 **Training.** Each …", the heading of what follows), after the Markdown emphasis closing on it
    const stop = ch === FULL_STOP || current !== 'heading' ? i + 1 : closeAt(text, i + 1, end);
    if (isColon(ch)) colonAt = i;
    else if (bracket === 1) depthBracket++;
    else if (bracket === -1 && depthBracket > 0) depthBracket--;
    else if (ch === 10) {
      if (text.charCodeAt(i + 1) === 10) {
        push(sentenceStart, i);
        sentenceStart = i + 1;
      }
    } else if (depthBracket === 0) {
      if (ch === FULL_STOP) cut = true;
      else if ((ch === DOT || ch === 33 || ch === 63 || ch === SEMICOLON) && (stop >= end || isSpaceCode(text.charCodeAt(stop)))) {
        cut = !(ch === DOT && isLeaderDot(text, i, sentenceStart)) && !(ch === DOT && isAbbreviationOrLabel(text, i, start, sentenceStart, stop)) &&
          // "…; provided that …" / "…; except …" qualifies the same clause: keep it in one sentence.
          !(ch === SEMICOLON && (PROVISO.test(text.slice(i + 1, i + 40)) || PARALLEL_FOR.test(text.slice(i + 1, i + 40))));
      }
    }
    if (cut) {
      // the closing emphasis of a run-in caption ("6.5 **Training.** Each …") stays with the caption
      push(sentenceStart, stop);
      sentenceStart = stop;
    }
    if (depthBracket > 0 && i - sentenceStart > MAX_BRACKETED) depthBracket = 0;
  }
  push(sentenceStart, end);
}

/**
 * Where a stop mark ends its sentence when Markdown emphasis closes on it ("**Training.**", "_Audit._"):
 * after the emphasis. Without this a numbered line's bold run-in caption never ends, and the caption and
 * the paragraph's whole first sentence run together as its heading. (Elsewhere — a bold question before
 * its answer in a Q&A — the caption stays with the sentence it introduces, as before.)
 */
function closeAt(text: string, from: number, end: number): number {
  let k = from;
  while (k < end && k - from < 2 && (text.charCodeAt(k) === 42 || text.charCodeAt(k) === 95)) k++;
  return k;
}

/** Appends text[s, e), whitespace trimmed, unless empty; whether it did. */
function pushSentence(
  text: string, s: number, e: number, kind: SentenceKind, section: number, lead: number, line: number, out: Sentence[],
): boolean {
  while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
  while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
  if (e <= s) return false;
  out.push({ index: out.length, start: s, end: e, kind, section, lead: kind === 'item' || kind === 'heading' ? lead : -1, line });
  return true;
}
