import { describe, expect, it } from 'vitest';
import { analyze, analyzeDetailed } from '../../shared/engine/analyze.ts';
import { requirementOf } from './test-result.ts';

const doc = (rows: string) => `保守業務委託契約書

株式会社東和（以下「甲」という。）と株式会社西和システム（以下「乙」という。）は、甲が乙に委託する保守業務について次のとおり契約する。

第1条　本契約の有効期間は、令和7年4月1日から令和8年3月31日までとする。

別紙　作業分担表

| 作業項目 | 甲 | 乙 |
|---|---|---|
| 業務要件の提示 | ○ | |
${rows}
`;
const status = (text: string) => requirementOf(text, 'VULNERABILITY-MANAGEMENT').status;

describe('allocation-table rows marked for the buyer only', () => {
  it('patching the buyer keeps is not the contractor\'s vulnerability management', () => {
    expect(status(doc('| サーバOS及びミドルウェアのセキュリティパッチ適用 | ○ | |'))).toBe('missing');
  });
  it('the same row marked for the contractor still addresses it', () => {
    expect(status(doc('| サーバOS及びミドルウェアのセキュリティパッチ適用 | | ○ |'))).not.toBe('missing');
  });
});

describe('allocation-table rows with the contractor\'s column marked none or left blank beside another\'s mark', () => {
  // the buyer decides and a maintainer it engages does the work: no task of the contractor's
  it.each([
    '| 脆弱性対応 | 判断 | － | 実施 |',
    '| OSのセキュリティパッチ適用 | 承認 | 対象外 | 実施 |',
    '| ミドルウェアの脆弱性修正 | ○ | × | |',
    '| 仮想サーバのOSパッチ適用 | | | ◎ |',
  ])('%s', (row) => {
    expect(status(doc(row).replace('| 作業項目 | 甲 | 乙 |\n|---|---|---|', '| 作業項目 | 甲 | 乙 | 製造元 |\n|---|---|---|---|'))).toBe('missing');
  });
  it('a row that marks the contractor to do the patching still addresses it', () => {
    expect(status(doc('| OSのセキュリティパッチ適用 | 承認 | 実施 |'))).not.toBe('missing');
  });
});

describe('an English table that marks the responsible party with an X', () => {
  const text = `MANAGED SERVICE AGREEMENT
Westport Council ("Council") and Awa Telemetry Limited ("Supplier") agree as follows.
1. The Supplier shall operate the telemetry service for the Council.
2. Responsibilities:

| Activity | Council | Supplier |
|---|---|---|
| Patching of the hosted servers |  | X |
| Warning thresholds | X |  |
`;
  it('reads X as the party that does the task, so no row is left unassigned', () => {
    const report = analyze(text);
    expect(report.findings.filter((f) => f.kind === 'unassigned')).toEqual([]);
  });
  it('beside ○ marks, × still means "not this party"', () => {
    const report = analyze(doc('| セキュリティパッチ適用 | × | |'));
    expect(report.findings.some((f) => f.kind === 'unassigned')).toBe(true);
  });
});

describe('table rows read with their header row', () => {
  it('take no words from a header of parties, though the party is written as a pattern term (貴院)', () => {
    const text = '保守作業提案書\n\n| 作業 | 貴院 |\n|---|---|\n| 端末の設定変更 | ○ |\n| バックアップの取得 | ○ |\n';
    const a = analyzeDetailed(text);
    const outsourcer = a.compiled.concept('outsourcer');
    const rows = a.segmentation.sentences.filter((s) => s.kind === 'row').map((s) => s.index);
    expect(a.segmentation.tables).toHaveLength(1);
    expect(rows.filter((i) => a.facts.sentenceFacts[i].concepts.has(outsourcer))).toEqual([rows[0]]);
  });
});

describe('a matrix whose columns carry the names the document defines for the parties', () => {
  const noOrphans = (text: string) =>
    requirementOf(text, 'RESPONSIBILITY-BOUNDARY').tests.find((t) => t.id === 'no-orphans')!.met;
  const en = (rows: string) => `HELPDESK SCHEDULE

Larkfield Water Board (the "Board"), a council body, appoints Quillon Systems Ltd (the "Contractor") to run its service desk.

Who does what

| Activity | Board | Contractor |
|---|---|---|
${rows}
`;
  const ja = (outsourcer: string, contractor: string, header: string) => `端末管理業務仕様書

株式会社しおさい信用金庫（以下「${outsourcer}」という。）は、株式会社ミドリネット（以下「${contractor}」という。）に端末管理業務を委託する。

別紙　作業一覧

| ${header} | ${outsourcer} | ${contractor} |
|---|---|---|
| 端末のウイルス定義ファイル更新 | | ○ |
| 職員の利用者IDの払出し | ○ | |
| 持出し用媒体の管理 | ○ | |
`;
  it('reads the defined names as the outsourcer and contractor columns, so every task has its party', () => {
    expect(noOrphans(en('| Server patching | I | R |\n| Restores of deleted mail | R | C |'))).toBe(true);
    expect(noOrphans(ja('金庫', '委託先', '項目'))).toBe(true);
    expect(noOrphans(ja('金庫', '受託者', '作業'))).toBe(true);
  });
  it('a contractor-sounding name the buyer defines for itself (事業者) is the buyer where the opening has it entrust the work', () => {
    const text = ja('事業者', '受託者', '作業');
    expect(analyze(text).parties.map((p) => `${p.label}=${p.role}`)).toEqual(expect.arrayContaining(['事業者=outsourcer', '受託者=contractor']));
    expect(noOrphans(text)).toBe(true);
  });
  it('a table of the same parties that marks no task (a contact list) allocates nothing', () => {
    expect(noOrphans(en('| Service manager | J. Ames | R. Patel |\n| Security contact | L. Okafor | D. Moss |'))).toBe(false);
  });
});

describe('a matrix row is evidence of the task it assigns, not a clause on how the task is done', () => {
  const hosting = (rows: string) => `HOSTING SCHEDULE

Fernmoor Library Trust (the "Library") appoints Tesselate Hosting Ltd (the "Provider") to run its catalogue servers.

| Activity | Library | Provider |
|---|---|---|
${rows}
| Catalogue content | R | I |
`;
  const met = (text: string, id: string, test: string) => requirementOf(text, id).tests.find((t) => t.id === test)!.met;
  it('a bare patching row for the contractor is found, but sets no deadline', () => {
    const text = hosting('| Server OS patching | I | R |');
    expect(requirementOf(text, 'VULNERABILITY-MANAGEMENT').status).toBe('insufficient');
    expect(met(text, 'VULNERABILITY-MANAGEMENT', 'deadlines')).toBe(false);
  });
  it('a row that states the time limit meets the deadline test', () => {
    expect(met(hosting('| Critical server patches applied within 10 days of release | I | R |'), 'VULNERABILITY-MANAGEMENT', 'deadlines')).toBe(true);
  });
  it('an anti-virus row marked for the contractor is found; one the buyer keeps is not the contractor\'s malware protection', () => {
    expect(requirementOf(hosting('| Virus definition updates on the servers | I | R |'), 'MALWARE-PROTECTION').status).toBe('insufficient');
    expect(requirementOf(hosting('| Virus definition updates on staff PCs | R | |'), 'MALWARE-PROTECTION').status).toBe('missing');
    expect(requirementOf(doc('| 職員端末のウイルス定義ファイル更新 | ○ | |'), 'MALWARE-PROTECTION').status).toBe('missing');
  });
});

describe('an account-management row the buyer keeps', () => {
  // the buyer enrolling its own staff is its side of the split, not a control the contractor has to run
  it('is not the contractor\'s access control, though it still splits the work', () => {
    const text = doc('| 職員のアクセス権限の付与・見直し | ◎ | |\n| サーバ保守 | | ◎ |');
    expect(requirementOf(text, 'ACCESS-CONTROL').status).toBe('missing');
    expect(requirementOf(text, 'RESPONSIBILITY-BOUNDARY').status).not.toBe('missing');
  });
  it('marked for the contractor, the same row still addresses it', () => {
    expect(requirementOf(doc('| 職員のアクセス権限の付与・見直し | | ◎ |\n| サーバ保守 | | ◎ |'), 'ACCESS-CONTROL').status).not.toBe('missing');
  });
});

describe('a split written as a list, each task then a colon and its party', () => {
  const listed = (accounts: string) => `運用保守業務委託契約書

株式会社ひばり物産（以下「甲」という。）は、株式会社みなとテック（以下「乙」という。）に運用保守業務を委託する。

第3条（分担）甲及び乙の分担は、次のとおりとする。
・サーバの監視及び障害の切り分け：乙
・業務端末の利用者のアクセス権限の付与・見直し：${accounts}
・業務データの入力及び確認：甲
`;
  it('an access task given to the buyer alone is not the contractor\'s access control', () => {
    expect(requirementOf(listed('甲'), 'ACCESS-CONTROL').status).toBe('missing');
  });
  it('given to the contractor, or shared, it still addresses it', () => {
    expect(requirementOf(listed('乙'), 'ACCESS-CONTROL').status).not.toBe('missing');
    expect(requirementOf(listed('甲及び乙'), 'ACCESS-CONTROL').status).not.toBe('missing');
  });
});

describe('allocation-table rows that give a task to nobody', () => {
  const noOrphans = (text: string) => requirementOf(text, 'RESPONSIBILITY-BOUNDARY').tests.find((t) => t.id === 'no-orphans')!.met;
  const unassigned = (text: string) => analyze(text).findings.filter((f) => f.kind === 'unassigned').length;
  const owned = ['| 不正アクセスの監視 | | ○ |', '| 利用者IDの棚卸し | ○ | |', '| 障害時の切り分け | | ○ |'].join('\n');
  it('a table whose every task is marked leaves none orphaned', () => {
    expect(noOrphans(doc(owned))).toBe(true);
    expect(unassigned(doc(owned))).toBe(0);
  });
  it.each([
    ['a blank row', '| 監査証跡の保全 | | |'],
    ['a row of dashes', '| 監査証跡の保全 | － | － |'],
    ['a row left undecided', '| 監査証跡の保全 | 未定 | |'],
  ])('%s leaves its task to nobody', (_, row) => {
    expect(noOrphans(doc(`${owned}\n${row}`))).toBe(false);
    expect(unassigned(doc(`${owned}\n${row}`))).toBe(1);
  });
  it('a note naming who does it (a carrier the buyer contracts) gives the task to someone', () => {
    const text = doc(`${owned}\n| 回線の保守 | | | 通信事業者（甲が手配） |`).replace('| 作業項目 | 甲 | 乙 |\n|---|---|---|', '| 作業項目 | 甲 | 乙 | 備考 |\n|---|---|---|---|');
    expect(noOrphans(text)).toBe(true);
  });
  it.each(['【運用監視】', '**運用監視**', '■ 運用監視'])('a row that only heads a group of tasks (%s) is no task', (label) => {
    const text = doc(`| ${label} | | |\n${owned}`);
    expect(unassigned(text)).toBe(0);
    expect(noOrphans(text)).toBe(true);
  });
  const english = (customer: string, last: string) => `Schedule 4 - Split of security duties
This Schedule forms part of the Hosting Services Agreement between Brackley Port Trust ("${customer}") and Osterfield Cloud Ltd ("Host").

| Activity | ${customer} | Host |
|---|---|---|
| Patching of guest operating systems | | R |
| Review of administrator activity logs | | R |
| Sign-off of firewall rule changes | R | |
${last}
`;
  it('a matrix headed by the parties\' defined names assigns the customer\'s tasks, whatever the name', () => {
    for (const name of ['Trust', 'Port', 'Authority']) expect(noOrphans(english(name, '| Encryption key rotation | | R |'))).toBe(true);
  });
  it('"to be agreed" under one party and nothing under the other leaves the task to nobody', () => {
    expect(noOrphans(english('Trust', '| Encryption key rotation | To be agreed | |'))).toBe(false);
  });
});
