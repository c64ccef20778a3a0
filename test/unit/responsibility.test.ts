/**
 * Responsibility boundaries: actors (also inherited from a lead sentence), unassigned duties, 別途協議,
 * conflicting deadlines, vague wording honouring its false-positive notes, the liability cap and the matrix.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../shared/engine/analyze.ts';
import { parseVaguenessData, vaguenessData } from '../../shared/engine/vagueness.ts';
import type { Finding, Report } from '../../shared/schemas/report.ts';
import { Report as ReportSchema } from '../../shared/schemas/report.ts';
import * as v from 'valibot';
import { asTabRows } from '../../scripts/layouts.ts';
import { requirementOf } from './test-result.ts';

const of = (r: Report, kind: Finding['kind']) => r.findings.filter((f) => f.kind === kind);
const quoted = (text: string, f: Finding) => text.slice(f.spans[0].start, f.spans[0].end);
const obligationAt = (r: Report, text: string, needle: string) => {
  const at = text.indexOf(needle);
  return r.obligations.find((o) => o.start <= at && at < o.end);
};

const VENDOR_KOU = `システム保守業務委託契約書

株式会社クラウド保守（以下「甲」という。）と北海市（以下「乙」という。）は、次のとおり契約を締結する。

第1条（委託）
乙は、甲に対し、乙の住民情報システムの保守業務を委託し、甲はこれを受託する。

第2条（遵守事項）
甲は、次の事項を実施すること。
(1) 個人情報を取り扱う端末には多要素認証を設定すること。
(2) 脆弱性診断を年1回実施すること。

第3条（事故報告）
甲は、個人情報の漏えい等の事故を知ったときは、速やかに乙に報告しなければならない。
2 個人情報を記録した媒体は、施錠できる保管庫に保管すること。
3 乙は、必要に応じて、甲に対し、随時報告を求めることができる。

第4条（協議）
事故対応の詳細は、甲乙協議の上、別途定める。

第5条（損害賠償）
甲の損害賠償責任は、本契約の委託料の総額を上限とする。
`;

describe('actors and unassigned duties', () => {
  const r = analyze(VENDOR_KOU);

  it('binds 甲 to the contractor role from the definitions, not by convention', () => {
    expect(r.parties.find((p) => p.label === '甲')?.role).toBe('contractor');
    expect(r.parties.find((p) => p.label === '乙')?.role).toBe('outsourcer');
  });

  it('items inherit the actor of their lead sentence', () => {
    const item = obligationAt(r, VENDOR_KOU, '多要素認証を設定すること');
    expect(item).toMatchObject({ actor: '甲', role: 'contractor', inherited: true, modality: 'obligation' });
  });

  it('a duty with no actor anywhere is unassigned, with the whole sentence as span', () => {
    const unassigned = of(r, 'unassigned');
    expect(unassigned.map((f) => quoted(VENDOR_KOU, f))).toEqual(['2 個人情報を記録した媒体は、施錠できる保管庫に保管すること。']);
    expect(unassigned[0].suggestion?.ja).toContain('甲は、個人情報を記録した媒体は');
  });

  it('the outsourcer\'s right keeps its vague qualifiers (必要に応じて, 随時) without a finding', () => {
    const right = obligationAt(r, VENDOR_KOU, '随時報告を求めることができる');
    expect(right).toMatchObject({ modality: 'permission', role: 'outsourcer' });
    const vague = of(r, 'vague').map((f) => quoted(VENDOR_KOU, f));
    expect(vague.some((q) => q.includes('随時') || q.includes('必要に応じて'))).toBe(false);
  });

  it('the same word in the contractor\'s duty is flagged, with a precise rewrite', () => {
    const promptly = of(r, 'vague').find((f) => f.id.startsWith('VAG-PROMPTLY'))!;
    expect(quoted(VENDOR_KOU, promptly)).toBe('速やかに乙に報告しなければならない');
    expect(promptly.suggestion?.ja).toContain('速やかに（遅くとも24時間以内に）乙に報告しなければならない');
  });

  it('a run-on sentence (no 。 for pages, as text pasted from a PDF can be) is quoted around each term, not whole', () => {
    const runOn = `業務委託契約書\n\n${'乙は、障害を検知した場合、原因を調査し、速やかに甲に報告し、'.repeat(400)}復旧する。\n`;
    const vague = analyze(runOn).findings.filter((f) => f.id.startsWith('VAG-PROMPTLY'));
    expect(vague.length).toBeGreaterThan(100);
    for (const f of vague) {
      expect(f.suggestion!.ja).toContain('速やかに（遅くとも24時間以内に）');
      expect(f.suggestion!.ja.length).toBeLessThan(600);
    }
  });

  it('甲乙協議の上、別途定める is agree-later', () => {
    const later = of(r, 'agree-later');
    expect(later).toHaveLength(1);
    expect(quoted(VENDOR_KOU, later[0])).toContain('甲乙協議の上');
  });

  it('a cap without a data-breach carve-out is flagged and summarised', () => {
    expect(r.liability.cap.present).toBe(true);
    expect(r.liability.carveOuts.dataBreach).toBe(false);
    expect(r.liability.capCoversDataBreach).toBe(true);
    expect(of(r, 'liability')).toHaveLength(1);
  });

  it('the report (with responsibility and liability) validates against the schema', () => {
    expect(v.safeParse(ReportSchema, r).success).toBe(true);
  });
});

describe('anchors, carve-outs and conflicts', () => {
  it('a vague lead word followed by a hard cap is not flagged', () => {
    const text = '第1条 乙は、事故を知ったときは、速やかに（遅くとも24時間以内に）甲に報告しなければならない。';
    expect(of(analyze(text), 'vague').filter((f) => f.id.startsWith('VAG-PROMPTLY'))).toEqual([]);
  });

  it('a cap with a data-breach carve-out is not flagged', () => {
    const text = `第10条（損害賠償）
乙の損害賠償責任は、委託料の総額を上限とする。
2 前項の上限は、個人情報の漏えい等に起因する損害及び秘密保持義務違反による損害には適用しない。`;
    const r = analyze(text);
    expect(r.liability).toMatchObject({ capCoversDataBreach: false, carveOuts: { dataBreach: true, confidentiality: true } });
    expect(of(r, 'liability')).toEqual([]);
  });

  it('two different deadlines for one duty are a conflict', () => {
    const text = `業務委託契約書
東西商事株式会社（以下「甲」という。）と株式会社システム工房（以下「乙」という。）は、次のとおり契約を締結する。
第5条（事故報告）
乙は、個人情報の漏えい等の事故を知ったときは、24時間以内に甲に報告しなければならない。
第12条（個人情報）
乙は、個人情報の漏えい等の事故を知ったときは、72時間以内に甲に報告しなければならない。`;
    const conflicts = of(analyze(text), 'conflict');
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0].spans).toHaveLength(2);
    expect(conflicts[0].message.en).toContain('24時間');
  });

  it('the party of a condition (「甲が…通知した場合は、…消去する」) is not the one bound: one owner, no conflict', () => {
    const text = `業務委託契約書
東西商事株式会社（以下「甲」という。）と株式会社システム工房（以下「乙」という。）は、次のとおり契約を締結する。
第15条（データの消去）
乙は、引渡しの完了後30日以内に、全ての本件データを復元不可能な状態に消去する。ただし、甲が引渡しを要しない旨を通知した場合は、契約終了日から30日以内に消去する。`;
    expect(of(analyze(text), 'conflict')).toEqual([]);
    // a party that is bound in the sentence still is: 「甲が…場合、乙は…」
    const bound = text.replace('ただし、甲が引渡しを要しない旨を通知した場合は、契約終了日から30日以内に消去する。', 'ただし、乙が引渡しを受けた場合は、甲は契約終了日から30日以内に消去する。');
    expect(of(analyze(bound), 'conflict')).toHaveLength(1);
  });

  it('spans are offsets into the original text even after full-width normalisation', () => {
    const text = '第１条　乙は、ＡＢＣシステムの障害を知ったときは、速やかに甲に報告しなければならない。';
    const f = of(analyze(text), 'vague').find((x) => x.id.startsWith('VAG-PROMPTLY'))!;
    expect(quoted(text, f)).toBe('速やかに甲に報告しなければならない');
  });
});

describe('English', () => {
  const text = `Data Processing Agreement
This Agreement is between Acme Corp. ("Customer") and CloudCo Ltd. ("Provider").
1. Provider shall use reasonable efforts to patch critical vulnerabilities.
2. Security incidents shall be reported to the Customer within 24 hours.
3. Customer may audit and inspect Provider's facilities and records from time to time to verify compliance with this Agreement.
4. Provider shall not transfer Customer Data outside Japan without Customer's prior written consent.
5. The parties shall cooperate to resolve security incidents.`;
  const r = analyze(text);

  it('flags effort-only duties and passive duties without an actor, not the customer\'s rights', () => {
    const vague = of(r, 'vague').map((f) => f.id.split(':')[0]);
    expect(vague).toContain('VAG-EFFORT');
    expect(vague).toContain('VAG-JOINT-UNALLOCATED');
    expect(vague).not.toContain('VAG-PERIODIC');
    expect(of(r, 'unassigned').map((f) => quoted(text, f))).toEqual(['2. Security incidents shall be reported to the Customer within 24 hours.']);
  });

  it('fills the matrix cells: must (effort only), may, prohibited', () => {
    const cell = (req: string, party: string) => r.responsibility.rows.find((x) => x.requirement === req)?.cells.find((c) => c.party === party);
    expect(cell('VULNERABILITY-MANAGEMENT', 'Provider')).toMatchObject({ value: 'must', effortOnly: true });
    expect(cell('AUDIT-INSPECTION-RIGHTS', 'Customer')).toMatchObject({ value: 'may' });
    expect(cell('AUDIT-INSPECTION-RIGHTS', 'Provider')).toMatchObject({ value: 'nobody' });
    expect(cell('DATA-LOCATION', 'Provider')?.value).toBe('prohibited');
    const row = r.responsibility.rows.find((x) => x.requirement === 'INCIDENT-NOTIFICATION')!;
    expect(row.unassigned.length).toBeGreaterThan(0);
    expect(cell('VULNERABILITY-MANAGEMENT', 'Provider')!.lines).toEqual([3]);
  });
});

describe('terms across runs of spaces', () => {
  it('quotes the whole phrase where a plain-text export widened its spaces ("on a      regular basis")', () => {
    for (const gap of [' ', '      ', '  ']) {
      const text = `Security Services\n\n1. The Supplier shall review the access logs on a${gap}regular basis and patch the servers within 30 days.\n`;
      const periodic = of(analyze(text), 'vague').find((f) => f.id.startsWith('VAG-PERIODIC'));
      expect(periodic?.message.en).toBe('Vague wording "on a regular basis"');
    }
  });

  it('reads a vague phrase over a wrapped line (a PDF text layer), not across a paragraph break or table cells', () => {
    const vague = (text: string) => of(analyze(text), 'vague').filter((f) => f.id.startsWith('VAG-EFFORT')).map((f) => f.message.en);
    const clause = (gap: string) =>
      `Support Services\n\n4. After an outage reported by the Customer, the Supplier shall use commercially${gap}reasonable efforts to restore the Service within 4 hours.\n`;
    for (const wrap of ['\n', ' \n', '\n    ', '\r\n']) expect(vague(clause(wrap))).toEqual(['Vague wording "commercially reasonable efforts"']);
    expect(vague(clause('\n\n'))).toEqual([]);
    expect(vague('Support Services\n\nTask\tTerms\nRestore\tcommercially\treasonable efforts\n')).toEqual([]);
  });
});

describe('allocation tables (責任分界表)', () => {
  const text = `運用提案書
弊社は、貴社のシステム運用を次の分担でお引き受けいたします。弊社は、貴社の情報を管理いたします。貴社は、弊社に資料をご提供ください。

| 項目 | 貴社 | 弊社 |
|---|---|---|
| アカウントの登録・削除 | ◎ | ○ |
| 脆弱性診断 | 別途協議 | 別途協議 |
| バックアップからのデータ復元 | | |
| インシデント発生時の初動対応 | ○ | ○ |
`;
  const r = analyze(text);
  it('an empty row is unassigned, a row of supporters only is joint and unallocated, 別途協議 is agree-later', () => {
    expect(of(r, 'unassigned').map((f) => quoted(text, f))).toEqual(['| バックアップからのデータ復元 | | |']);
    expect(of(r, 'vague').map((f) => quoted(text, f))).toContain('| インシデント発生時の初動対応 | ○ | ○ |');
    expect(of(r, 'agree-later').map((f) => quoted(text, f)).join()).toContain('脆弱性診断');
    expect(r.parties.map((p) => `${p.label}=${p.role}`)).toEqual(expect.arrayContaining(['貴社=outsourcer', '弊社=contractor']));
  });

  it('reads the same table as tab-separated rows (Google Docs, Word for the web) alike', () => {
    const tabbed = analyze(asTabRows(text));
    const verdicts = (report: typeof r) => report.requirements.map((q) => `${q.id}=${q.status}`);
    const kinds = (report: typeof r) => report.findings.map((f) => f.kind).sort();
    expect(verdicts(tabbed)).toEqual(verdicts(r));
    expect(kinds(tabbed)).toEqual(kinds(r));
  });

  it('takes 協議 / TBD in two or more cells of a row, whichever column it follows, as allocation left for later', () => {
    const orphansMet = (table: string) =>
      requirementOf(table, 'RESPONSIBILITY-BOUNDARY').tests.find((t) => t.id === 'no-orphans')?.met;
    const ja = (cells: string) =>
      `運用分担\n\n本業務の分担は次の表のとおりとする。◎は主担当、○は支援を示す。\n\n| 項目 | 担当 | 甲 | 乙 |\n|---|---|---|---|\n| 障害対応 | 運用チーム | ${cells} |\n| 監視 | 運用チーム | ◎ | ○ |\n`;
    const en = (cells: string) =>
      `Responsibilities\n\nThe split of duties between the Customer and the Supplier is set out in the table below.\n\n| Task | Owner | Customer | Supplier |\n|---|---|---|---|\n| Backups | Ops | ${cells} |\n| Patching | Ops | I | R |\n`;
    for (const [later, decided] of [[ja('協議 | 協議'), ja('○ | ◎')], [ja('別途協議 | 甲乙協議'), ja('◎ | ○')], [en('TBD | TBD'), en('I | R')], [en('to be agreed | to be agreed'), en('A | R')]]) {
      for (const layout of [(t: string) => t, asTabRows]) {
        expect(orphansMet(layout(later))).toBe(false);
        expect(orphansMet(layout(decided))).toBe(true);
      }
    }
  });

});

describe('vagueness data', () => {
  it('is validated at load: a malformed signal names the signal and the field', () => {
    const bad = structuredClone(vaguenessData) as unknown as { signals: Record<string, unknown>[] };
    bad.signals[3] = { ...bad.signals[3], severity: 'urgent' };
    expect(() => parseVaguenessData(bad)).toThrow(/VAG-APPROPRIATE-MEASURES: severity/);
    const badRe = structuredClone(vaguenessData) as unknown as { signals: { terms: { ja: string[] } }[] };
    badRe.signals[0].terms.ja.push('re:(unclosed');
    expect(() => parseVaguenessData(badRe)).toThrow(/VAG-AS-APPROPRIATE: terms\.ja\.\d+: invalid regular expression/);
    const upper = structuredClone(vaguenessData) as unknown as { signals: { terms: { en: string[] } }[] };
    upper.signals[0].terms.en.push('re:\\bas\\s+set\\s+out\\s+in\\s+the\\s+SOW\\b');
    expect(() => parseVaguenessData(upper)).toThrow(/VAG-AS-APPROPRIATE: terms\.en\.\d+: is a regular expression with an upper-case letter/);
    const spaced = structuredClone(vaguenessData) as unknown as { signals: { terms: { en: string[] } }[] };
    spaced.signals[0].terms.en.push('re:\\bas set out\\b');
    expect(() => parseVaguenessData(spaced)).toThrow(/VAG-AS-APPROPRIATE: terms\.en\.\d+: is a regular expression with a literal space/);
    const badCheck = structuredClone(vaguenessData) as unknown as { checkPatterns: Record<string, string> };
    badCheck.checkPatterns.namedStandard = '(?:iso';
    expect(() => parseVaguenessData(badCheck)).toThrow(/vagueness\.json: checkPatterns\.namedStandard: invalid regular expression/);
    delete (badCheck.checkPatterns as Partial<Record<string, string>>).namedStandard;
    expect(() => parseVaguenessData(badCheck)).toThrow(/checkPatterns\.namedStandard/);
    // a data role decides a party's role through parties.roles: one that is no role word is refused
    const badRole = structuredClone(vaguenessData) as unknown as { parties: { dataRoles: { en: string[] } } };
    badRole.parties.dataRoles.en.push('joint controller');
    expect(() => parseVaguenessData(badRole)).toThrow(/parties\.dataRoles\.en\.\d+: "joint controller" is no role word/);
  });

  it('carries every signal of the shared vagueness catalogue with ja/en alternatives', () => {
    expect(vaguenessData.signals).toHaveLength(38);
    for (const s of vaguenessData.signals) {
      expect(s.alternative.ja.length, s.id).toBeGreaterThan(0);
      expect(s.alternative.en.length, s.id).toBeGreaterThan(0);
    }
  });
});

describe('report sections', () => {
  it('the md report has the matrix as a table and the liability summary; the text output too', async () => {
    const { responsibilityMarkdown, responsibilityText } = await import('../../cli/format-responsibility.ts');
    const r = analyze(VENDOR_KOU);
    const md = responsibilityMarkdown(r, 'ja');
    expect(md).toContain('## 責任分担マトリクス');
    expect(md).toMatch(/\| 要求事項 \| 甲 \(contractor\) \| 乙 \(outsourcer\) \| 主体なし \| 別途協議 \|/);
    expect(md).toMatch(/\| 脆弱性[^|]*\| 義務 \(11\) \| — \|/);
    expect(md).toContain('⚠ 上限が情報漏えい等による損害にも適用されます');
    const en = responsibilityText(r, 'en');
    expect(en).toContain('Responsibility matrix');
    expect(en).toContain('Liability cap: yes');
  });
});

describe('suggested clauses use the document\'s own party labels', () => {
  const missing = (r: Report, id: string) => r.findings.find((f) => f.requirement === id && f.kind === 'missing')!;

  it('a 発注者/受注者 specification gets 発注者/受注者 for 甲/乙', () => {
    const r = analyze('システム運用業務仕様書\n\n1 概要\n発注者は、受注者に対し、庁内システムの運用業務を委託する。\n2 受注者は、作業の結果を毎月発注者に報告する。\n');
    const clause = missing(r, 'PERSONNEL-CONFIDENTIALITY').suggestion!.ja;
    expect(clause).toContain('受注者は、本業務に従事する者');
    expect(clause).not.toMatch(/[甲乙]/);
  });

  it('"Party A"/"Party B" replace Customer/Supplier; the catalog words stay where the document has no label', () => {
    const r = analyze('SERVICE AGREEMENT\n\nHarbor Foods Co. ("Party A") and Lumen Systems Ltd. ("Party B") agree as follows.\nParty A hereby entrusts Party B with the operation of its order system.\nParty B shall report monthly to Party A.\n');
    const { en, ja } = missing(r, 'PERSONNEL-CONFIDENTIALITY').suggestion!;
    expect(en).toContain("Party B shall ensure");
    expect(en).toContain("Party A's information");
    expect(en).not.toMatch(/\b(?:Supplier|Customer)\b/);
    expect(ja).toContain('乙は、本業務に従事する者');
  });
});

describe('a customer-side duty written with the outsourcer\'s own defined name', () => {
  it('addresses the responsibility boundary ("The Trust is responsible for …")', () => {
    const text = `MAINTENANCE AGREEMENT

This Agreement is between Harbour View Health Trust ("the Trust") and Castellan Networks Ltd ("the Contractor").

1. Services
1.1 The Contractor shall upgrade the Trust's core network switches during the agreed maintenance window.

2. Preparation
2.1 The Trust is responsible for taking a backup of each affected server configuration before the upgrade and for telling its telecoms carrier about the maintenance window.
`;
    const r = requirementOf(text, 'RESPONSIBILITY-BOUNDARY');
    expect(r.status).toBe('insufficient');
  });
});
