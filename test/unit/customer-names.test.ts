/**
 * Order forms and service terms name the customer by its role in the form — 申込者 (applicant), 依頼者 (client
 * of a commissioned service), 注文者 / 委任者 (the Civil Code's names) — not 甲 or 委託者. A responsibility table
 * that gives rows to such a customer assigns the items outside the provider's scope as explicitly as one that
 * names 甲.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../shared/engine/analyze.ts';

const termsWithTable = (customer: string, layout: 'tab' | 'markdown') => {
  const rows = [
    ['作業', '担当'],
    ['検査用サーバのバックアップ取得', customer],
    ['検査用アカウントの発行及び削除', customer],
    ['検査の実施と検査ログの管理', '当社'],
    ['検出された脆弱性の是正', customer],
  ];
  const table = layout === 'tab'
    ? rows.map((r) => r.join('\t')).join('\n')
    : rows.map((r, i) => `| ${r.join(' | ')} |${i === 0 ? '\n|---|---|' : ''}`).join('\n');
  return `ペネトレーションテスト実施約款\n\n第1条（適用）\n本約款は、株式会社レッドライン（以下「当社」という。）が${customer}に提供する侵入テストに適用する。\n\n`
    + `第2条（分担）\n当社と${customer}の作業の分担は次のとおりとする。\n${table}\n`;
};

describe('a table that gives rows to the customer by its order-form name leaves no orphans', () => {
  it.each([
    ['申込者', 'tab'], ['申込者', 'markdown'], ['依頼者', 'tab'], ['依頼者', 'markdown'], ['注文者', 'tab'],
  ] as const)('%s (%s)', (customer, layout) => {
    const result = analyze(termsWithTable(customer, layout)).requirements.find((r) => r.id === 'RESPONSIBILITY-BOUNDARY')!;
    expect({ status: result.status, open: result.tests.filter((t) => t.core && !t.met).map((t) => t.id) })
      .toEqual({ status: 'sufficient', open: [] });
  });
});
