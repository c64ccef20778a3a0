/**
 * Customer-side lists: items under a lead-in or a duty heading that names the customer (甲, 発注者, "The Client
 * shall:", "Customer Responsibilities") are the customer's own duties, not the contractor's training or access
 * controls, when they have no subject of their own. An item with its own contractor subject, a lead-in naming both
 * parties and a contractor's lead-in still count for the contractor.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../shared/engine/analyze.ts';

const REQUIREMENTS = ['PERSONNEL-TRAINING', 'ACCESS-CONTROL'] as const;
const statusOf = (text: string, id: string) => analyze(text, { documentType: 'contract' }).requirements.find((r) => r.id === id)!.status;

const CUSTOMER_SIDE: Record<string, string> = {
  'English lead-in "The Client shall:"': `Managed Hosting Agreement

4. The Client shall:
(a) arrange annual information security training for the members of its own staff who use the portal;
(b) protect the passwords of its portal accounts and switch on two-factor authentication for every administrator it appoints;
(c) tell the Provider without delay if it suspects that one of its accounts has been misused.
`,
  '甲は、次の各号に掲げる事項を行う': `運用保守契約書

第6条（甲の遵守事項）
甲は、次の各号に掲げる事項を行うものとする。
(1) 甲の職員に対し、年1回、情報セキュリティ研修を受講させること。
(2) 甲が管理する利用者のIDとパスワードを適切に管理し、管理者のアクセス権限を必要な範囲に限定すること。
`,
  '発注者は、以下を実施すること (bullets)': `保守業務仕様書

3. 発注者の対応事項
発注者は、以下を実施すること。
・発注者の職員への情報セキュリティ教育を定期的に実施する。
・発注者側の利用者アカウントに多要素認証を設定し、不要なアカウントを削除する。
`,
  '発注者の責務 (heading, items without a subject)': `保守業務仕様書

1. 目的
本書は、庁内ネットワーク保守業務の内容を定める。

2. 発注者の責務
(1) 発注者の職員に対し、情報セキュリティ研修を実施すること。
(2) 発注者の利用者IDを棚卸し、異動者のアクセス権限を速やかに削除すること。
`,
  'English heading "Buyer Responsibilities"': `Support Services Agreement

1. Scope
This Agreement covers remote support of the Buyer's office network.

2. Buyer Responsibilities
2.1 Make sure that its own employees complete security awareness training every year.
2.2 Keep the credentials of its network accounts secret and apply multi-factor authentication to administrator logins.
`,
};

const CONTRACTOR_SIDE: Record<string, string> = {
  'an item with its own contractor subject under the customer lead-in': `Managed Hosting Agreement

4. The Client shall:
(a) pay the fees on time;
(b) the Provider shall give its staff annual security training and enforce two-factor authentication for administrator accounts.
`,
  'a lead-in naming both parties': `Managed Hosting Agreement

4. Each party shall:
(a) give its staff annual security training;
(b) enforce two-factor authentication for administrator accounts.
`,
  "the contractor's lead-in": `Managed Hosting Agreement

4. The Supplier shall:
(a) give its staff annual security training;
(b) enforce two-factor authentication for administrator accounts.
`,
  '受注者の責務 (heading)': `保守業務仕様書

1. 目的
本書は、庁内ネットワーク保守業務の内容を定める。

2. 受注者の責務
(1) 従事者に対し、情報セキュリティ研修を実施すること。
(2) 管理者アカウントに多要素認証を設定すること。
`,
};

describe('customer-side lists are not the contractor’s duties', () => {
  for (const [name, text] of Object.entries(CUSTOMER_SIDE)) {
    for (const id of REQUIREMENTS) it(`${name}: ${id} missing`, () => expect(statusOf(text, id)).toBe('missing'));
  }
});

describe('contractor duties in the same layouts still count', () => {
  for (const [name, text] of Object.entries(CONTRACTOR_SIDE)) {
    for (const id of REQUIREMENTS) it(`${name}: ${id} addressed`, () => expect(statusOf(text, id)).not.toBe('missing'));
  }
});

/**
 * A sentence that makes the customer "responsible for the … awareness / training of its own staff" allocates the
 * customer's own duty; the same sentence with the contractor as subject still reads as the contractor's training.
 */
describe('"the Customer is responsible for the awareness of its own staff" is the customer’s duty', () => {
  const sentence = (subject: string, other: string) => `Managed Service Agreement

This Agreement is between Acme County ("Customer") and Blue Ridge Systems Inc. ("Vendor").

6. OPERATIONS
6.3\t${subject} is responsible for the cyber awareness of its own staff, for authorising new starters, and for notifying ${other} when people leave.
`;
  it('customer subject: PERSONNEL-TRAINING missing', () =>
    expect(statusOf(sentence('Customer', 'Vendor'), 'PERSONNEL-TRAINING')).toBe('missing'));
  it('contractor subject: PERSONNEL-TRAINING addressed', () =>
    expect(statusOf(sentence('Vendor', 'Customer'), 'PERSONNEL-TRAINING')).not.toBe('missing'));
});
