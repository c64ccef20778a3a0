/**
 * Round 214 (Japanese; in-house IT operations: helpdesk, network maintenance, housing, Microsoft 365 support, PC LCM,
 * migration SOW, SLA, proposal): phrasing families the held-out set showed missing. Every case is new wording, not
 * the held-out sentence.
 */
import { describe, expect, it } from 'vitest';
import { requirementOf as req, metOf as met } from './test-result.ts';


describe('DATA-LOCATION: work only from terminals inside a named office (「本社内の指定端末からのみ行う」)', () => {
  it('addresses the requirement', () => {
    const text = '作業者は、委託者本店内の専用ＰＣでのみ個人データを取り扱うものとし、それ以外の機器への保存は行わない。';
    expect(req(text, 'DATA-LOCATION').status).not.toBe('missing');
  });
  it('a terminal in a room (a workstation rule, as in a staff pledge) does not', () => {
    const text = '作業者は、管理室の指定端末からのみシステムに接続すること。';
    expect(req(text, 'DATA-LOCATION').status).toBe('missing');
  });
  it('a terminal without a place does not', () => {
    const text = '作業者は、専用ＰＣでのみ作業を行うこと。';
    expect(req(text, 'DATA-LOCATION').status).toBe('missing');
  });
});

describe('ACCESS-CONTROL: remote maintenance limited to registered / notified engineers', () => {
  it('addresses the requirement', () => {
    const text = '遠隔保守を実施する技術者は、受注者が事前に発注者へ届け出た者に限るものとする。';
    expect(req(text, 'ACCESS-CONTROL').status).not.toBe('missing');
  });
  it('remote work on prior permission alone does not', () => {
    const text = 'リモート保守を行う者は、あらかじめ許可を得た上で作業すること。';
    expect(req(text, 'ACCESS-CONTROL').status).toBe('missing');
  });
});

describe('DATA-RETURN-DELETION: return / erase under a heading that names the end of the work', () => {
  it('addresses the requirement without a trigger in the sentence itself', () => {
    const text = `第12条（業務完了時の取扱い）
受託者は、貸与を受けた書類を発注者に返し、業務用サーバに保存した電子データを消去するものとする。`;
    expect(req(text, 'DATA-RETURN-DELETION').status).not.toBe('missing');
  });
  it('the same heading over a handover duty does not', () => {
    const text = `第12条（業務完了時の取扱い）
受託者は、後任の事業者に業務手順を説明するものとする。`;
    expect(req(text, 'DATA-RETURN-DELETION').status).toBe('missing');
  });
});

describe('RESPONSIBILITY-BOUNDARY: unlisted work settled "through change control" is agree-later (no owner)', () => {
  const table = `4. 役割分担
| 作業 | 委託者 | 受託者 |
|---|---|---|
| OSパッチ適用 | ○ | ◎ |
| バックアップ取得 | ○ | ◎ |
| ID管理 | ◎ | △ |
| ログ確認 | ◎ | ○ |
| 脆弱性対応 | ○ | ◎ |
| インシデント対応 | ◎ | ◎ |
`;
  it('does not meet no-orphans', () => {
    expect(met(`${table}上表にない作業が生じたときは、変更管理の手続を経てその担当を定める。`, 'RESPONSIBILITY-BOUNDARY', 'no-orphans')).toBe(false);
  });
  it('a default owner still meets it', () => {
    expect(met(`${table}上表にない作業が生じたときは、委託者が担当者を書面で指定するまでの間、受託者が一次対応を行う。`, 'RESPONSIBILITY-BOUNDARY', 'no-orphans')).toBe(true);
  });
});

describe('BCP-AVAILABILITY-SLA: post-go-live "安定稼働支援" is hypercare, not an availability commitment', () => {
  it('a scope item does not address the requirement', () => {
    const text = `2. 作業範囲
(1) 新システムへのデータ移行
(2) 本番稼働後２週間の安定稼働化支援`;
    expect(req(text, 'BCP-AVAILABILITY-SLA').status).toBe('missing');
  });
});

describe('BCP-AVAILABILITY-SLA: a credit scaled to the outage time is a remedy that applies', () => {
  it('meets reporting-remedy', () => {
    const text = `第７条（サービスレベル）
１　受託者は、ネットワークの月間稼働率９９．９％以上を維持する。
２　受託者は、稼働率の実績を月次報告書により翌月１０日までに委託者に報告する。
３　ネットワークが停止したときは、受託者は、中断した時間に応じて別表の割合で委託料を減額する。`;
    expect(met(text, 'BCP-AVAILABILITY-SLA', 'reporting-remedy')).toBe(true);
  });
});
