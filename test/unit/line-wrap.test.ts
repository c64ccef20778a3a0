/** Hard-wrapped text (a PDF's text layer, fixed-width .txt): soft line breaks are read across. */
import { describe, expect, it } from 'vitest';
import { catalog, loadCatalog } from '../../shared/catalog/index.ts';
import { analyze } from '../../shared/engine/analyze.ts';
import { unwrapLines } from '../../shared/engine/line-wrap.ts';
import { normalize } from '../../shared/engine/normalize.ts';
import { hardWrap } from '../../scripts/layouts.ts';
import { requirementOf } from './test-result.ts';

/** The lines as one text, its soft line breaks removed. */
const unwrapped = (lines: string[]) => {
  const text = lines.join('\n');
  return unwrapLines(text, normalize(text), catalog).text;
};

/** A document of every requirement's model clause, one article each, with a caption line. */
function modelDocument(lang: 'ja' | 'en'): string {
  const articles = catalog.requirements.flatMap((r, k) => {
    const clause = r.modelClauses.find((c) => c.lang === lang);
    if (!clause) return [];
    return lang === 'ja' ? [`第${k + 1}条（${r.title.ja}）`, clause.text, ''] : [`${k + 1}. ${r.title.en}`, clause.text, ''];
  });
  return [lang === 'ja' ? '業務委託契約書' : 'SERVICES AGREEMENT', '', ...articles].join('\n');
}

const statuses = (text: string) => analyze(text).requirements.map((r) => `${r.id}:${r.status}`);

describe('hard-wrapped documents', () => {
  it.each([60, 76])('Japanese wrapped at %i columns reads as the unwrapped document', (width) => {
    const text = modelDocument('ja');
    const wrapped = hardWrap(text, width);
    expect(wrapped.split('\n').length).toBeGreaterThan(text.split('\n').length * 2);
    // nearly every line is whole again (a wrapped line that starts with 「(1)」 may pass for an item)
    expect(unwrapLines(wrapped, normalize(wrapped), catalog).text.split('\n').length).toBeLessThan(text.split('\n').length * 1.1);
    expect(statuses(wrapped)).toEqual(statuses(text));
  });

  it('finds a term cut by a line break, and its evidence spans the break in the original', () => {
    const text = hardWrap(modelDocument('ja'), 60);
    const report = analyze(text);
    const evidence = report.requirements.flatMap((r) => r.evidence);
    expect(evidence.some((e) => e.text.includes('\n'))).toBe(true);
    for (const e of evidence) expect(text.slice(e.start, e.end).startsWith(e.text)).toBe(true);
  });

  it('leaves English line breaks to the segmenter (they are spaces between words)', () => {
    const wrapped = hardWrap(modelDocument('en'), 72);
    const normalized = normalize(wrapped);
    expect(unwrapLines(wrapped, normalized, catalog)).toBe(normalized);
  });

  it('leaves a document that is not wrapped at one width as it is', () => {
    for (const lang of ['ja', 'en'] as const) {
      const normalized = normalize(modelDocument(lang));
      expect(unwrapLines(modelDocument(lang), normalized, catalog)).toBe(normalized);
    }
  });

  it('keeps headings, items and table rows on their own lines', () => {
    const body = '受注者は、本業務の履行に当たり、個人情報の保護に関する法令及び発注者の定める規程を遵守し、次の事項を';
    const joined = unwrapped([
      '第1条（安全管理）', ...Array(6).fill(body), '(1) 従事者の限定', '(2) 作業場所の限定', '| 項目 | 担当 |', '第2条（事故報告）', body, '実施すること。',
    ]);
    expect(joined).toMatch(/\n\(1\) 従事者の限定\n\(2\) 作業場所の限定\n\| 項目 \| 担当 \|\n第2条\(事故報告\)\n/);
    expect(joined).toContain('を受注者は');
    expect(joined).toContain('次の事項を実施すること。');
  });

  it('tells a printed page wrapped at its width among many short heading and item lines', () => {
    // a third of the wide lines reach the width, and they end mid-sentence: wrapped
    const body = hardWrap('受託者は、委託者の事前の書面による承諾を得た場合を除き、本業務の全部又は一部を第三者に再委託してはならない。承諾を得て再委託する場合には、再委託先の名称を通知しなければならない。', 60);
    const items = ['(1) 再委託先の名称及び所在地', '(2) 再委託する業務の範囲', '(3) 再委託先が取り扱う情報', '(4) 再委託先の管理体制'];
    const articles = Array.from({ length: 8 }, (_, k) => [`第${k + 1}条（再委託の制限に関する事項）`, ...items, body].join('\n'));
    const printed = articles.join('\n');
    expect(body.split('\n').length).toBe(3);
    expect(unwrapLines(printed, normalize(printed), catalog).text).toContain(normalize(body.replace(/\n/g, '')).text);
    // a table cell wrapped in its narrow column: a line opening with hiragana goes on from the one above
    const cell = `${printed}\nＳＥＣ－０１ 必須\n受注者は、本業務に関して知\nり得た情報を第三者に漏\nらしてはならない。`;
    const joined = unwrapLines(cell, normalize(cell), catalog).text;
    expect(joined).toContain('知り得た情報を第三者に漏らしてはならない。');
    expect(joined).toContain('\nsec-01 必須\n受注者は');
    // lines of one width that end their sentences are no wrapping
    const sentences = Array.from({ length: 8 }, (_, k) => [`第${k + 1}条（再委託の制限に関する事項）`, '(1) 再委託先の名称及び所在地', '(2) 再委託する業務の範囲',
      '受託者は、委託者の事前の書面による承諾を得なければ、本業務を再委託してはならない。', '受託者は、再委託先の名称を遅滞なく通知するものとし、その変更も同様とする。', '以上'].join('\n')).join('\n');
    const normalized = normalize(sentences);
    expect(unwrapLines(sentences, normalized, catalog)).toBe(normalized);
  });

  it('joins a Japanese line cut by hand after a particle or comma, not at one width', () => {
    // a proposal typed with short, ragged lines: no sentence ends at 「の」「から」「、」
    const joined = unwrapped([
      '## 3 保守の費用', '障害の切り分けに係る作業費は年間保守料の', '範囲で行い、', '仕様変更を伴う改修は別途お見積りします。',
      'インシデントを認知したときは、認知から', '2時間以内に電話でご連絡します。', '- 連絡先：運用窓口', '',
    ]);
    expect(joined).toContain('作業費は年間保守料の範囲で行い、仕様変更を伴う改修は別途お見積りします。');
    expect(joined).toContain('認知から2時間以内に電話でご連絡します。\n- 連絡先');
    // a heading ending in a particle, and a list item after a particle, stay on their own lines
    const kept = unwrapped(['第4条（費用の負担）', '乙は、次の費用を', '(1) 調査費用']);
    expect(kept).toContain('乙は、次の費用を\n(1) 調査費用');
  });

  it('joins a numbered clause broken by hand after a particle or before okurigana, and keeps real headings', () => {
    // lines broken at no one width: the clause's first line reads like a numbered heading until the next line closes it
    const joined = unwrapped([
      '3. 保守作業', '3.1 乙は、保守作業の開始前に、作業計画書を', '提出すること。',
      '3.2 乙は、作業の終了後、作業端末に残った一時ファイルを消去し', 'なければならない。', '3.3 作業記録は1年間保存する。',
    ]);
    expect(joined).toContain('3.1 乙は、保守作業の開始前に、作業計画書を提出すること。');
    expect(joined).toContain('一時ファイルを消去しなければならない。\n3.3');
    // a caption ending in 「…について」 or without a comma stays a heading of its own
    expect(unwrapped(['4. 個人情報の取扱いについて', '乙は、甲の指示に従う。'])).toContain('について\n乙は');
    expect(unwrapped(['4.1 体制の', '整備は別紙による。', '乙は、体制を届け出る。'])).toContain('体制の\n整備');
  });

  it('reads a sentence across a page break: the page number and the running footer between its pieces go', () => {
    const en = [
      'DATA PROCESSING AGREEMENT', '', '1. Security incidents. The Processor shall notify the Controller of any personal data breach affecting the',
      '', 'Acme Corp - Confidential', 'Page 3 of 9', '', 'Controller Data within 24 hours of becoming aware of it.', '',
      'Acme Corp - Confidential', 'Page 4 of 9', '', '2. Audits.', 'Acme Corp - Confidential', 'Page 5 of 9',
    ].join('\n');
    const joined = unwrapLines(en, normalize(en), catalog).text;
    expect(joined).toContain('affecting the\ncontroller data within 24 hours');
    const deadline = requirementOf(en, 'INCIDENT-NOTIFICATION').tests.find((t) => t.id === 'deadline')!;
    expect(deadline.found).toBe(true);
    const ja = ['第5条（事故報告）', '乙は、本業務に関して個人情報の漏えい等の事故が発生したときは、認知から24時間以内に甲に報告', '', '－ 3 －', '', 'しなければならない。'].join('\n');
    expect(unwrapLines(ja, normalize(ja), catalog).text).toContain('甲に報告しなければならない。');
    // a page number after a finished sentence, or before a heading, changes nothing
    const whole = ['第5条（事故報告）', '乙は、事故の発生を甲に報告しなければならない。', '', '－ 3 －', '', '第6条（監査）'].join('\n');
    expect(unwrapLines(whole, normalize(whole), catalog).text).toBe(normalize(whole).text);
  });

  it('reads a footer with the page number set beside its title as page furniture too', () => {
    const footer = (n: number) => `Harbour Hosting Agreement              Page ${n} of 7`;
    const en = [
      'HOSTING AGREEMENT', '', footer(1), '', '4.2 The Host shall notify the Customer of any security incident affecting the',
      '', footer(2), '', 'Customer Data within 24 hours of becoming aware of it.', '', footer(3), '', '5. Audits.', '', footer(4),
    ].join('\n');
    expect(unwrapLines(en, normalize(en), catalog).text).toContain('affecting the\ncustomer data within 24 hours');
    // the page number first, a note after it
    const left = en.replaceAll(/Harbour Hosting Agreement {14}(Page \d of 7)/g, '$1              Confidential');
    expect(unwrapLines(left, normalize(left), catalog).text).toContain('affecting the\ncustomer data within 24 hours');
    // a sentence that only mentions a page goes on as it is
    const text = 'Terms\n\nSee the schedule on  page 4 of the\nappendix for details.\n';
    expect(unwrapLines(text, normalize(text), catalog).text).toContain('page 4 of the\nappendix');
  });

  it('reads a sentence across a page break whose footer holds the running title and the page number on one line', () => {
    const en = [
      'HOSTING AGREEMENT', '', '9.1 The Supplier shall defend, indemnify and hold harmless the Customer from and', '',
      'Northwind / Fabrikam - Hosting Agreement                    Page 4 of 7', '',
      'against all costs arising from a Security Incident, including the costs of forensic investigation.', '',
      'Page 5 of 7                    Northwind / Fabrikam - Hosting Agreement', '', '10. Term.', '',
      'Page 6 of 7                    Northwind / Fabrikam - Hosting Agreement', '',
    ].join('\n');
    expect(unwrapLines(en, normalize(en), catalog).text).toContain('hold harmless the customer from and\nagainst all costs');
    // a line of the document's own that ends in a page reference, said once, stays
    const own = ['The price list is set out in the annex to Schedule 2, at', '', 'Schedule 2 - Prices          page 3', '', 'and binds both parties.'].join('\n');
    expect(unwrapLines(own, normalize(own), catalog).text).toBe(normalize(own).text);
  });

  it('reads bare page numbers between blank lines as page numbers when they count on', () => {
    const text = ['1. Security incidents. The Processor shall notify the Controller of any personal data breach affecting the', '', '3', '',
      'Controller Data within 24 hours of becoming aware of it.', '', '2. Audits. The Controller may audit the Processor once a year on', '', '4', '',
      'thirty days\' notice.'].join('\n');
    const joined = unwrapLines(text, normalize(text), catalog).text;
    expect(joined).toContain('affecting the\ncontroller data within 24 hours');
    expect(joined).toContain('once a year on\nthirty days');
    // a lone number, or numbers that do not count on, are the document's own
    for (const numbers of [['3', '9'], ['3']]) {
      const own = ['Fees are payable as follows:', '', numbers[0], '', 'per seat and month.', ...(numbers[1] ? ['', numbers[1], '', 'months minimum.'] : [])].join('\n');
      expect(unwrapLines(own, normalize(own), catalog).text).toBe(normalize(own).text);
    }
  });

  it('joins an English word broken at its hyphen across lines, hyphen kept', () => {
    const text = 'The Supplier shall not appoint any sub-\ncontractor without the prior written consent of the Customer, and shall remain liable for each third-\n  party it engages.';
    const joined = unwrapLines(text, normalize(text), catalog).text;
    expect(joined).toContain('any sub-contractor without');
    expect(joined).toContain('each third-party it engages');
    // a dash that ends a line before a capital or a number is left alone
    const dash = 'Fees are set out below -\n100 USD per month.';
    expect(unwrapLines(dash, normalize(dash), catalog).text).toBe(normalize(dash).text);
  });

  it('joins a word a PDF broke at a line end when the catalog in use knows it, a custom catalog included', () => {
    const text = 'The Supplier shall apply geo-\nfencing to every device it issues.';
    expect(unwrapLines(text, normalize(text), catalog).text).toContain('apply geo-fencing to');
    const house = structuredClone(catalog.requirements.find((r) => r.id === 'ACCESS-CONTROL')!);
    house.id = 'HOUSE-RULE';
    house.concepts = { ...house.concepts, fence: { ja: ['ジオフェンス'], en: ['geofencing'], include: [] } };
    const custom = loadCatalog({ requirements: [house] });
    expect(unwrapLines(text, normalize(text), custom).text).toContain('apply geofencing to');
  });

  it('joins a Japanese line a wrap opens with a voiced kana and 、 (「サー\nバ、」): only ア、イ、ウ … number items', () => {
    const body = '受注者は、データ移行の完了を県が確認した後三十日以内に、本システムのサー';
    const joined = unwrapped(['第1条（データの消去）', ...Array(5).fill(body), 'バ、バックアップ媒体及び再委託先が保有する医療情報を消去すること。', 'ア、次期事業者への引継ぎ']);
    expect(joined).toContain('本システムのサーバ、バックアップ媒体');
    expect(joined).toContain('\nア、次期事業者への引継ぎ');
  });

  it('keeps a short heading line apart from the text under it, and joins an item line that a wrap ends on 」', () => {
    const body = '当社は、解約日の翌日から三十日間、お客様データを一括でダウンロードできる機能を提';
    const joined = unwrapped(['8.1　データの返却', 'お客様は、管理画面からデータを取得できます。', ...Array(5).fill(body),
      '3 乙は、本業務の開始前に、別表2の措置を具体化した「個人情報取扱実施手順書」', 'を作成して甲に提出し、甲の承認を得なければならない。']);
    expect(joined).toContain('8.1 データの返却\nお客様は');
    expect(joined).toContain('「個人情報取扱実施手順書」を作成して');
  });

  it('joins a Japanese line cut before a dash inside a word (ＳＳ－\nＭＩＸ２): only a dash and a space make a bullet', () => {
    const body = '受注者は、地域医療連携に用いる標準化ストレージの出力形式として、厚生労働省標準規格であるＳＳ';
    const joined = unwrapped(['第1条（標準規格）', ...Array(5).fill(body), '－ＭＩＸ２に準拠した形式を採用すること。', '－ 箇条書きの項目']);
    expect(joined).toContain('ss-mix2に準拠した形式');
    expect(joined).toContain('\n- 箇条書きの項目');
  });

  it('joins a Japanese line cut at a decimal point (「基本値７．\n０以上」): a full stop after a digit, a digit next, is no sentence end', () => {
    const body = '受注者は、運用保守期間中に把握した脆弱性について、影響範囲の評価と対策案を報告する。報告';
    const joined = unwrapped(['第1条（脆弱性）', ...Array(5).fill(body),
      '期限は、ＣＶＳＳ基本値が９．０以上のものは２営業日以内とし、その他の脆弱性は、基本値７．',
      '０以上のものに限り月次報告で扱う。本システムの月間稼働率の目標値は、計画停止を除き９９．',
      '９５％とし、目標を下回った月において、障害の復旧に要した時間が標準的な復旧時間の１．',
      '５倍を超えたときに限り、原因と再発防止策を報告する。',
      '本項の規定は、令和８年度以降の契約から適用するものとし、現行の契約には適用しない。',
      '２０２６年度以降の運用保守計画は、別に定める。']);
    expect(joined).toContain('基本値7.0以上のものに限り');
    expect(joined).toContain('99.95%');
    expect(joined).toContain('1.5倍');
    expect(joined).toContain('適用しない。\n2026年度');
  });

  it('joins a Japanese line a wrap opens with a closing bracket after a full stop (「…含みます。\n）を」): the sentence goes on', () => {
    const body = '当社は、契約の終了後、お客様から預かった帳票の原本及び写しを、当社の倉庫から搬出して返却します。';
    const joined = unwrapped(['第5条（返却）', ...Array(5).fill(body),
      '当社は、返却の後、お客様の情報（保守用の端末及び記録媒体に残るものを含みます。',
      '）を14日以内に消去し、消去した旨を記した証明書を書面で提出します。']);
    expect(joined).toContain('含みます。)を14日以内に消去し');
  });

  it('tells the page width past a table set out with spaces, whose rows are wider than the page', () => {
    // a half-width digit leaves a wrapped line one column short of the page: 「…2営業日以内に監督職\n員へ」
    const body = hardWrap('受注者は、障害を検知したときは、検知から2営業日以内に監督職員へ電話で連絡するとともに、障害の原因及び復旧の見込みを記載した報告書を提出しなければならない。', 60);
    expect(body.split('\n')[0]).toMatch(/以内に監督職$/);
    const rows = ['導入費用（設計・構築・データ移行作業）　　　　　　　　１，２００万円', '運用費用（監視・保守・問合せ対応業務）　　　　　　　　　　９０万円'];
    const text = ['第1条（障害時の対応）', body, body, body, '', '別表　費用', ...rows, ...rows].join('\n');
    expect(unwrapped(text.split('\n'))).toContain('監督職員へ電話で連絡する');
  });
});
