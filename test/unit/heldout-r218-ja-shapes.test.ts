/**
 * Round 218 (Japanese, healthcare / pharma outsourcing): phrasing families the held-out set showed missing or misread.
 * Every case is new wording, not the held-out sentence.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../shared/engine/analyze.ts';
import { requirementOf as req, metOf as met } from './test-result.ts';


describe('a release / delivery date of the fix (リリース予定・提供予定) is the schedule of a vulnerability notice', () => {
  it('meets assessment with impact and countermeasure', () => {
    const text = '受注者は、公表された脆弱性が本製品に影響するときは、影響範囲、暫定対策及び修正版のリリース予定を記載した書面により発注者に報告する。';
    expect(met(text, 'THREAT-INFO-SHARING', 'assessment')).toBe(true);
  });
  it('without any date it still is not', () => {
    const text = '受注者は、公表された脆弱性が本製品に影響するときは、影響範囲及び暫定対策を記載した書面により発注者に報告する。';
    expect(met(text, 'THREAT-INFO-SHARING', 'assessment')).toBe(false);
  });
});

describe('a ban on forwarding data outside (外部へ転送) is a removal restriction', () => {
  it('meets removal-ban', () => {
    const text = '受託者は、委託者のシステムに記録された検査データを外部へ転送してはならない。';
    expect(met(text, 'COPY-REMOVAL-RESTRICTION', 'removal-ban')).toBe(true);
  });
  it('a permission to forward as needed is not', () => {
    const text = '受託者は、業務に必要な範囲で検査データを外部へ転送することができる。';
    expect(met(text, 'COPY-REMOVAL-RESTRICTION', 'removal-ban')).toBe(false);
  });
});

describe('構成要素 (components) names the scope of vulnerability monitoring', () => {
  it('meets monitoring', () => {
    const text = '受注者は、本基盤の全ての構成要素について脆弱性情報を毎週収集し、その結果を記録すること。';
    expect(met(text, 'VULNERABILITY-MANAGEMENT', 'monitoring')).toBe(true);
  });
});

describe('returning materials received from any outsourcer party (病院・組合 etc.) is no exit support', () => {
  it('「健保組合から引き渡された受診票等を…返還」 does not address EXIT-TRANSITION-SUPPORT', () => {
    const text = '受託者は、本契約の終了後、健保組合から引き渡された受診票等を直ちに健保組合に返還しなければならない。';
    expect(req(text, 'EXIT-TRANSITION-SUPPORT').status).toBe('missing');
  });
  it('「当院より引き渡された診療録の写しを…返却」 neither', () => {
    const text = '受託者は、本契約が終了したときは、当院より引き渡された診療録の写しを速やかに当院へ返却するものとする。';
    expect(req(text, 'EXIT-TRANSITION-SUPPORT').status).toBe('missing');
  });
  it('a handover to the successor still does', () => {
    const text = '受託者は、契約期間が満了したときは、後継事業者に運用手順書及び設定情報を引き渡し、引継ぎに協力しなければならない。';
    expect(req(text, 'EXIT-TRANSITION-SUPPORT').status).not.toBe('missing');
  });
});

describe('keeping administrator accounts to the minimum is a least-privilege access control', () => {
  it('「特権IDの発行数は必要最小限とすること」 addresses ACCESS-CONTROL', () => {
    const text = '受注者は、サーバの特権IDの発行数を必要最小限とすること。';
    expect(req(text, 'ACCESS-CONTROL').status).not.toBe('missing');
  });
  it('an effort wording alone does not', () => {
    const text = '受注者は、サーバの特権IDの発行数を必要最小限とするよう努める。';
    expect(req(text, 'ACCESS-CONTROL').status).toBe('missing');
  });
});

describe('a medical centre names itself 当センター and is addressed as 貴センター', () => {
  const roleOf = (text: string, label: string) => analyze(text).parties.find((p) => p.label === label)?.role;
  it('当センター defined in a requirements document is the outsourcer', () => {
    const text = '# 西浜こども医療センター 部門システム更新　セキュリティ要件書\n\n## 1 総則\n本書は、西浜こども医療センター（以下「当センター」という。）が調達する部門システムの保守業務について、受注者が満たすべき要件を定める。\n\n## 2 要件\nR-01　受注者は、作業従事者の一覧を当センターに提出すること。\nR-02　受注者は、保守用IDの棚卸し結果を半期ごとに当センターに報告すること。';
    expect(roleOf(text, '当センター')).toBe('outsourcer');
  });
  it('貴センター in a proposal addressed to the centre is the outsourcer', () => {
    const text = '西浜こども医療センター 御中\n\n# 放射線治療計画システム保守業務 提案書\n\n株式会社ミナミ医用システム\n\n当社は、貴センターの保守仕様書に示された各要件に対し、以下のとおりご提案いたします。\n\n1. 当社は、保守作業の予定を毎月貴センターにご報告いたします。\n2. 当社は、貴センターのご承認なく作業を行いません。';
    expect(roleOf(text, '貴センター')).toBe('outsourcer');
  });
});
