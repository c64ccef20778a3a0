/** Requirement findings point the reader at the clause that deals with the requirement, not at the first sentence that names its subject. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../shared/engine/analyze.ts';

const firstQuoted = (text: string, requirement: string) => {
  const finding = analyze(text).findings.find((f) => f.requirement === requirement && f.kind === 'insufficient');
  expect(finding, `${requirement} insufficient`).toBeDefined();
  return text.slice(finding!.spans[0].start, finding!.spans[0].end);
};

describe('insufficient findings', () => {
  it('quote first the clause under the heading that names the requirement (en)', () => {
    const text = `# Support Contract

## 3. Confidentiality
3.1 The Supplier shall not disclose Customer Data to anyone without the Customer's prior written consent, except to its staff and approved subcontractors who need to know it.

## 4. Location
4.1 The Supplier shall not allow any subcontractor to access Customer Data from outside the United Kingdom.

## 9. Subcontracting
9.1 The Supplier shall not subcontract any part of the Services without the Customer's prior written approval.
`;
    expect(firstQuoted(text, 'SUBCONTRACT-APPROVAL')).toMatch(/^9\.1 The Supplier shall not subcontract/);
  });

  it('quote first the clause under the heading that names the requirement, a sentence of it before its title line (ja)', () => {
    const text = `業務委託契約書

第５条（秘密保持）
乙は、本業務に関して知り得た甲の情報を、甲の書面による承諾を得た再委託先を除き、第三者に開示してはならない。

第１２条（再委託）
乙は、甲の事前の書面による承諾を得なければ、本業務の全部又は一部を第三者に再委託してはならない。
`;
    expect(firstQuoted(text, 'SUBCONTRACT-APPROVAL')).toMatch(/^乙は、甲の事前の書面による承諾を得なければ/);
  });
});
