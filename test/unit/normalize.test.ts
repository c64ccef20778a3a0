/** Normalisation: NFKC, unified dashes/quotes/spaces, lower case — and an exact map back to the original. */
import { describe, expect, it } from 'vitest';
import { alignedTables, flattenWhitespace, normalize, normalizedText, numberedParagraphTabs, parseNumber, toOriginal } from '../../shared/engine/normalize.ts';
import { OWNER_HEADER } from '../../shared/engine/obligations.ts';

/** The original text under the normalised occurrence of `needle`. */
function originalOf(original: string, needle: string): string {
  const n = normalize(original);
  const at = n.text.indexOf(needle);
  expect(at, `"${needle}" in "${n.text}"`).toBeGreaterThanOrEqual(0);
  const span = toOriginal(n, at, at + needle.length);
  return original.slice(span.start, span.end);
}

describe('normalize', () => {
  it('folds full-width letters and digits to lower-case ASCII, one to one', () => {
    const n = normalize('ＩＳＭＳ認証を２０２４年に取得');
    expect(n.text).toBe('isms認証を2024年に取得');
    expect([...n.origin]).toEqual([...Array(n.text.length + 1).keys()]);
  });

  it('turns half-width katakana (with voiced marks) into full-width and maps spans back exactly', () => {
    const original = '定期的にｾｷｭﾘﾃｨｶﾞｲﾄﾞﾗｲﾝを見直す';
    const n = normalize(original);
    expect(n.text).toBe('定期的にセキュリティガイドラインを見直す');
    expect(originalOf(original, 'ガイドライン')).toBe('ｶﾞｲﾄﾞﾗｲﾝ');
    expect(originalOf(original, 'ド')).toBe('ﾄﾞ');
    expect(originalOf(original, 'を見直す')).toBe('を見直す');
  });

  it('maps a span inside an expanded character to the whole original character', () => {
    const original = '㈱サンプル（以下「乙」という。）';
    const n = normalize(original);
    expect(n.text).toBe('(株)サンプル(以下「乙」という。)');
    expect(originalOf(original, '株')).toBe('㈱');
    expect(originalOf(original, '(株)サンプル')).toBe('㈱サンプル');
    expect(originalOf(original, '(以下「乙」という。)')).toBe('（以下「乙」という。）');
  });

  it('reads CR LF as a space before the line feed and a lone CR as a line feed, one to one', () => {
    const n = normalize('Article 1\r\nThe Vendor\rshall');
    expect(n.text).toBe('article 1 \nthe vendor\nshall');
    expect([...n.origin]).toEqual([...Array(n.text.length + 1).keys()]);
  });

  it('reads a markdown quotation\'s ">" markers at a line start as spaces, one to one, but not a ">" that opens a figure', () => {
    const text = '覚書\n> 第5条（監査）\n> > 1 乙は監査を受ける。\n＞ 2 甲は通知する。\n>99.9% uptime\nA > B';
    const n = normalize(text);
    expect(n.text).toBe('覚書\n  第5条(監査)\n    1 乙は監査を受ける。\n  2 甲は通知する。\n>99.9% uptime\na > b');
    expect(n.text.length).toBe(text.length);
  });

  it('keeps every character and its origin when expansions outgrow the first buffer', () => {
    // each ① becomes three units: far more growth than the buffer's spare sixteenth
    const original = '①ＡB…㈱'.repeat(2000) + 'end';
    const n = normalize(original);
    expect(n.text).toBe('(1)ab...(株)'.repeat(2000) + 'end');
    expect(n.origin.length).toBe(n.text.length + 1);
    expect(n.origin[n.text.length]).toBe(original.length);
    expect(originalOf(original, 'end')).toBe('end');
    const last = n.text.lastIndexOf('(株)');
    expect(original.slice(toOriginal(n, last, last + 3).start, toOriginal(n, last, last + 3).end)).toBe('㈱');
  });

  it('reads a box-drawn table as a markdown table, one to one', () => {
    expect(normalize('┌──┬─┐\n│作業│乙│\n├──┼─┤\n┃ＯＳ┃◎┃\n└══┴─┘').text).toBe('|--|-|\n|作業|乙|\n|--|-|\n|os|◎|\n|--|-|');
  });

  it('reads the katakana okurigana of an old-style text (漢字カタカナ交じり文) as hiragana, one to one', () => {
    const original = '第五条　受託者ハ委託者ノ書面ニ依ル承認ナクシテ本件事務ヲ他人ニ請負ハシメテハナラナイ。受託者ハ其ノ使用人ヲシテ本条ノ規定ヲ守ラシメル。磁気テープハ受託者ノ負担トス。';
    const n = normalize(original);
    expect(n.text).toContain('受託者は委託者の書面に依る承認なくして本件事務を他人に請負はしめてはならない。');
    expect(n.text).toContain('磁気てーぷは');
    expect(n.text.length).toBe(original.length);
    expect(originalOf(original, 'しめてはならない')).toBe('シメテハナラナイ');
  });

  it('leaves katakana alone in a text written with hiragana particles', () => {
    const original = '受託者ハ、クラウドサービスのログを保存し、委託者の求めに応じてレポートを提出する。甲ノ指示に従う。';
    expect(normalize(original).text).toBe(original);
  });

  it('unifies dashes, quotes and spaces', () => {
    expect(normalize('A—B−C－D').text).toBe('a-b-c-d');
    expect(normalize('“Supplier” ‘Customer’').text).toBe('"supplier" \'customer\'');
    expect(normalize('甲\u3000乙\u00a0丙').text).toBe('甲 乙 丙');
  });

  it('writes circled numbers as item labels', () => {
    const original = '①暗号化する。⑳記録する。';
    expect(normalize(original).text).toBe('(1)暗号化する。(20)記録する。');
    expect(originalOf(original, '(1)')).toBe('①');
    expect(originalOf(original, '(20)記録')).toBe('⑳記録');
  });

  it('keeps astral characters and the end of the text mapped', () => {
    const original = 'OK 😀 Done';
    const n = normalize(original);
    expect(n.text).toBe('ok 😀 done');
    expect(n.origin[n.text.length]).toBe(original.length);
    expect(originalOf(original, '😀 done')).toBe('😀 Done');
    expect(toOriginal(n, n.text.length, n.text.length)).toEqual({ start: original.length, end: original.length });
  });

  it('keeps offsets across a lone surrogate (replaced in place) and folds a Latin-1 letter to its lower-case base letter', () => {
    const n = normalize('A\ud800B Ä “X”');
    expect(n.text).toBe('a\ufffdb a "x"');
    expect([...n.origin]).toEqual([...Array(n.text.length + 1).keys()]);
  });

  it('maps every sentence-sized span of a mixed text back to the same characters', () => {
    const original = 'Ｓｅｃｔｉｏｎ　１．ｶﾞｲﾄﾞ — “Ａｃｍｅ”㈱は①を守る。';
    const n = normalize(original);
    for (let start = 0; start < n.text.length; start++) {
      for (let end = start + 1; end <= n.text.length; end++) {
        const span = toOriginal(n, start, end);
        // the original slice normalises to text containing the normalised slice
        expect(normalize(original.slice(span.start, span.end)).text).toContain(n.text.slice(start, end));
      }
    }
  });
});

describe('normalize: kanji numerals that count something read as digits', () => {
  it.each([
    ['契約期間満了後三年間保存する。', '契約期間満了後3年間保存する。'],
    ['二十四時間三百六十五日監視する。', '24時間365日監視する。'],
    ['年一回以上、第十二条第二項に従い', '年1回以上、第12条第2項に従い'],
    ['令和九年四月一日から二〇二八年三月三十一日まで', '令和9年4月1日から2028年3月31日まで'],
    ['パスワードは十二文字以上、十五分以内にロック', 'パスワードは12文字以上、15分以内にロック'],
  ])('%s', (original, expected) => {
    expect(normalize(original).text).toBe(expected);
  });

  it.each([
    ['同一日に二重に登録しない。'], ['万一の場合は一部を再委託できる。'], ['数十件の案件'], ['〇〇日以内に通知する。'],
    ['十分な対策を講じる。'], ['一　日本国内で保管する。'], ['第三者に提供しない。'],
  ])('leaves a numeral inside a word, a placeholder or an item label alone: %s', (original) => {
    expect(normalize(original).text).toBe(normalizedText(original).replace(/\u3000/g, ' '));
    expect(normalize(original).text).not.toMatch(/\d/);
  });

  it('maps the digits back to the whole numeral, and what follows to its own place', () => {
    const original = '発覚から二十四時間以内に報告する。';
    const n = normalize(original);
    const at = n.text.indexOf('24');
    const slice = (start: number, end: number) => { const span = toOriginal(n, start, end); return original.slice(span.start, span.end); };
    expect(slice(at, at + 2)).toBe('二十四');
    expect(slice(at, at + 1)).toBe('二十四');
    expect(slice(at + 2, n.text.length)).toBe('時間以内に報告する。');
    expect(originalOf(original, '24時間以内')).toBe('二十四時間以内');
    expect(n.origin[n.text.length]).toBe(original.length);
  });

  it('reads a catalog term the same way as the text (年一回 matches 年1回)', () => {
    expect(normalizedText('年一回')).toBe(normalize('年1回').text);
  });
});

describe('parseNumber', () => {
  it.each([
    ['12', 12], ['十二', 12], ['三十五', 35], ['二〇', 20], ['百二', 102], ['千', 1000], ['一', 1], ['十', 10],
  ])('%s → %d', (token, value) => {
    expect(parseNumber(token)).toBe(value);
  });

  it('is NaN for anything else', () => {
    expect(parseNumber('iv')).toBeNaN();
    expect(parseNumber('3a')).toBeNaN();
  });
});

describe('flattenWhitespace (one-line quotes)', () => {
  it('joins a Japanese word cut by a line break, keeps one space elsewhere', () => {
    expect(flattenWhitespace('当院に届\nけ出て、ＩＳＯ\n２７００１を')).toBe('当院に届け出て、ＩＳＯ２７００１を');
    expect(flattenWhitespace('  shall notify\n   the Customer\t within 24 hours ')).toBe('shall notify the Customer within 24 hours');
    expect(flattenWhitespace('乙は、次の事項を守る。\n\n(1) 暗号化')).toBe('乙は、次の事項を守る。 (1) 暗号化');
  });
});

describe('alignedTables (a table laid out with spaces)', () => {
  /** The lines of the text with tabs put in, and each line's cells. */
  const tabled = (text: string) => {
    const n = alignedTables(normalize(text), text);
    expect(n.text.length).toBe(normalize(text).text.length);
    const lines = n.text.split('\n');
    return { lines, cells: (k: number) => lines[k].split('\t').map((c) => c.trim()) };
  };

  it('puts a tab before each column its dashed rule marks, length for length', () => {
    const { lines, cells } = tabled('Terms\n\n    Activity          Buyer        Vendor\n    ----------------  -----------  ------\n    Server patching   -            Responsible\n                      (see note)\n\nAfter.');
    expect(cells(2)).toEqual(['activity', 'buyer', 'vendor']);
    expect(cells(4)).toEqual(['server patching', '-', 'responsible']);
    expect(lines[6]).not.toContain('\t'); // a wrapped cell's line is left alone
    expect(lines[7]).toBe('after.');
  });

  it('reads on past a blank line between rows, but not into the prose after the table', () => {
    const { lines, cells } = tabled('Answers\n\nNo.   Question           Answer\n----  -----------------  --------------------\nQ1    Encryption at      Yes, AES-256 for\n      rest               every volume.\n\nQ2    Staff screening    Yes, at hire.\n\nWe hope these answers help the panel in its review.');
    expect(cells(4)).toEqual(['q1', 'encryption at', 'yes, aes-256 for']);
    expect(lines[5]).not.toContain('\t'); // a wrapped cell's line is left alone
    expect(cells(7)).toEqual(['q2', 'staff screening', 'yes, at hire.']);
    expect(lines[9]).not.toContain('\t');
  });

  it('leaves a text without such a rule as it is', () => {
    const text = 'Price   10\nTax   2\n---\nTotal   12';
    const n = normalize(text);
    expect(alignedTables(n, text)).toBe(n);
  });

  it('reads a table with no rule from its header line, allowing a cell shifted by a place', () => {
    const { lines, cells } = tabled('Roles\n\nActivity            Vendor   Buyer\nServer patching       R        -\nUser accounts        -       R\n\nNote: as agreed.\n');
    expect(cells(2)).toEqual(['activity', 'vendor', 'buyer']);
    expect(cells(3)).toEqual(['server patching', 'r', '-']);
    expect(cells(4)).toEqual(['user accounts', '-', 'r']);
    expect(lines[6]).not.toContain('\t');
  });

  it('reads a Japanese table lined up by the places its characters take (a kanji two)', () => {
    const { cells } = tabled('役割分担は次のとおりとする。\n\n  作業                 発注者    受注者    保守業者\n  サーバのパッチ適用   承認      －        実施\n  ログの確認           月次      日次      －\n  ログの保管と復元確認 確認      －        実施\n  ＩＤの棚卸し         承認      実施      －\n\n以上');
    expect(cells(2)).toEqual(['作業', '発注者', '受注者', '保守業者']);
    expect(cells(3)).toEqual(['サーバのパッチ適用', '承認', '-', '実施']);
    // a first cell typed up to the next column leaves one space before it
    expect(cells(5)).toEqual(['ログの保管と復元確認', '確認', '-', '実施']);
    expect(cells(6)).toEqual(['idの棚卸し', '承認', '実施', '-']);
  });

  it('keeps reading a Japanese table lined up character for character by characters', () => {
    const { cells } = tabled('分担\n\n  作業項目      発注者  受注者\n  パッチ適用    承認    実施\n  ログ確認      月次    日次\n\n以上');
    expect(cells(3)).toEqual(['パッチ適用', '承認', '実施']);
    expect(cells(4)).toEqual(['ログ確認', '月次', '日次']);
  });

  it('leaves a table whose cells wrap over lines alone', () => {
    const text = 'Intro\n\nTask          Owner         When\nPatching      Supplier      Within 30\nservers                     days\nBackups       Supplier      Daily\n';
    const n = normalize(text);
    expect(alignedTables(n, text)).toBe(n);
  });

  it('reads two columns when the second heads who does each row (「担当」, "Responsible party")', () => {
    const ja = '別紙\n\n作業の範囲　　　　　　　　　担当\nサーバのハードウェア保守　　甲が別途契約する保守業者\n本システムのアプリケーション　乙\nＯＳの更新　　　　　　　　　乙\n\n以上';
    const rows = alignedTables(normalize(ja), ja, OWNER_HEADER).text.split('\n').map((l) => l.split('\t').map((c) => c.trim()));
    expect(rows[2]).toEqual(['作業の範囲', '担当']);
    // a cell typed a place past the column leaves one space before the next
    expect(rows[4]).toEqual(['本システムのアプリケーション', '乙']);
    expect(rows[5]).toEqual(['osの更新', '乙']);
    const en = 'Roles\n\nTask                 Responsible party\nPatching             Supplier\nUser accounts        Customer\n\nEnd.';
    expect(alignedTables(normalize(en), en, OWNER_HEADER).text.split('\n')[4].split('\t').map((c) => c.trim())).toEqual(['user accounts', 'customer']);
    // any other second column is a pair of words, not a table (a cover sheet's 「契約期間　　令和７年…」)
    const pairs = '概要\n\n契約期間　　令和７年４月１日から\n契約金額　　別紙のとおり\n履行場所　　甲の指定する場所\n\n以上';
    const n = normalize(pairs);
    expect(alignedTables(n, pairs, OWNER_HEADER)).toBe(n);
  });

  it('reads a table set right under its title line, as a PDF text layer gives it', () => {
    const { cells } = tabled('Term.\n\nSchedule 2 (Allocation of Tasks)\nTask                  Customer      Vendor\nServer backups        -             Responsible\nUser accounts         Approve       Responsible\n\nEnd.');
    expect(cells(3)).toEqual(['task', 'customer', 'vendor']);
    expect(cells(5)).toEqual(['user accounts', 'approve', 'responsible']);
    // a line that runs on from a paragraph (it ends on a comma) is no title
    const text = 'Intro\n\nThe parties shall each perform the tasks below,\nTask                  Customer      Vendor\nServer backups        -             Responsible\nUser accounts         Approve       Responsible\n\nEnd.';
    const n = normalize(text);
    expect(alignedTables(n, text)).toBe(n);
  });

  it('keeps a row whose first cell runs past its column, its cells in order', () => {
    const { cells } = tabled('Roles\n\nTask                  Customer      Vendor\nServer backups        -             Responsible\nAnti-virus and patching of all project laptops   -   Responsible\nUser accounts         Approve       Responsible\n\nEnd.');
    expect(cells(3)).toEqual(['server backups', '-', 'responsible']);
    expect(cells(4)).toEqual(['anti-virus and patching of all project laptops', '-', 'responsible']);
    expect(cells(5)).toEqual(['user accounts', 'approve', 'responsible']);
  });

  it('keeps the marks of a numbered R/A/C/I table under their columns, blank columns and all', () => {
    const { cells } = tabled([
      'The roles are:',
      '',
      '  No.  Task                              Vendor   Hosting   Council',
      '  1    Data centre power and cooling              R',
      '  2    Network switches and the firewalls         R',
      '  3    Server hardware and storage arrays at DC   R',
      '  4    Patching of the application       R                  A',
      '  5    Incident response                 R        C         I',
      '',
      'End.',
    ].join('\n'));
    expect(cells(2)).toEqual(['no.', 'task', 'vendor', 'hosting', 'council']);
    expect(cells(3)).toEqual(['1', 'data centre power and cooling', '', 'r']);
    // a task typed up to the next column, or past it
    expect(cells(4)).toEqual(['2', 'network switches and the firewalls', '', 'r']);
    expect(cells(5)).toEqual(['3', 'server hardware and storage arrays at dc', '', 'r']);
    expect(cells(6)).toEqual(['4', 'patching of the application', 'r', '', 'a']);
    expect(cells(7)).toEqual(['5', 'incident response', 'r', 'c', 'i']);
    // a line of prose with wide gaps is no row of marks
    const prose = 'Roles\n\n  No.  Task            Vendor   Council\n  1    Patching        R\n  2    Then the vendor will  do it   later\n\nEnd.';
    expect(tabled(prose).lines[4]).not.toContain('\t');
  });

  it('needs a header and two rows in columns', () => {
    const text = 'Name   Role   Site\nAnn    Lead   Leeds\nThe rest of the text.';
    const n = normalize(text);
    expect(alignedTables(n, text)).toBe(n);
  });
});

describe('normalizedText', () => {
  it('is the text normalize gives, whether or not the string needs its buffers', () => {
    const samples = [
      'Security Incident', 'Data\r\nProcessor', 'ＡＢＣ１２３', '第１２条（秘密保持）', '再委託先', 'ｶﾞｲﾄﾞﾗｲﾝ', '①　報告', '㈱Ａ社',
      'Zürich “quoted” – dash', '個人情報の取扱い', 'cloud\u00a0service', '', 'ｲﾝｼﾃﾞﾝﾄ対応', 'ISO/IEC 27001',
    ];
    for (const s of samples) expect(normalizedText(s), s).toBe(normalize(s).text);
  });
});

describe('normalize decoding', () => {
  it('gives back ASCII, Latin-1 and C1 control characters exactly (the fast decoder reads bytes as windows-1252)', () => {
    expect(normalize('Section 5 – CAFÉ').text).toBe('section 5 - cafe');
    expect(normalize('§ 12 © 2024 ° ±').text).toBe('§ 12 © 2024 ° ±');
    expect(normalize('a\u0085b\u0080c §').text).toBe('a\u0085b\u0080c §');
  });
});


describe('numberedParagraphTabs (a numbered paragraph exported with a tab after its number)', () => {
  const lines = (text: string) => numberedParagraphTabs(normalize(text)).text.split('\n');

  it('reads the tab after a clause number or list marker as a space, length for length', () => {
    const text = '4.\tHOSTING\n4.2\tThe Contractor must keep backups in Canada:\n(b)\tat its Ottawa site;\nii.\tand nowhere else.\n第3条\t乙は、甲の指示に従う。';
    const out = lines(text);
    expect(out).toEqual(['4. hosting', '4.2 the contractor must keep backups in canada:', '(b) at its ottawa site;', 'ii. and nowhere else.', '第3条 乙は、甲の指示に従う。']);
    expect(out.join('\n').length).toBe(normalize(text).text.length);
  });

  it('leaves the rows of a table alone: more than one tab, or a number under a row with tabs', () => {
    expect(lines('1.\tCritical\t7 days')).toEqual(['1.\tcritical\t7 days']);
    expect(lines('No.\tSeverity\n1\tCritical\n2\tHigh')).toEqual(['no.\tseverity', '1\tcritical', '2\thigh']);
    const n = normalize('Rating\tPeriod\nCritical\t3 days');
    expect(numberedParagraphTabs(n)).toBe(n);
  });
});
