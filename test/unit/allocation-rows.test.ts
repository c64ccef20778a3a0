import { describe, expect, it } from 'vitest';
import { analyze } from '../../shared/engine/analyze.ts';

const doc = (rows: string) => `保守業務委託契約書

株式会社東和（以下「甲」という。）と株式会社西和システム（以下「乙」という。）は、甲が乙に委託する保守業務について次のとおり契約する。

第1条　本契約の有効期間は、令和7年4月1日から令和8年3月31日までとする。

別紙　作業分担表

| 作業項目 | 甲 | 乙 |
|---|---|---|
| 業務要件の提示 | ○ | |
${rows}
`;
const status = (text: string) => analyze(text).requirements.find((r) => r.id === 'VULNERABILITY-MANAGEMENT')!.status;

describe('allocation-table rows marked for the buyer only', () => {
  it('patching the buyer keeps is not the contractor\'s vulnerability management', () => {
    expect(status(doc('| サーバOS及びミドルウェアのセキュリティパッチ適用 | ○ | |'))).toBe('missing');
  });
  it('the same row marked for the contractor still addresses it', () => {
    expect(status(doc('| サーバOS及びミドルウェアのセキュリティパッチ適用 | | ○ |'))).not.toBe('missing');
  });
});
