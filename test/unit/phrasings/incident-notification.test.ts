/**
 * INCIDENT-NOTIFICATION: phrasing families the blind held-out rounds found missing or
 * misread. Every case is new wording, not the held-out sentence; the round that found each group is noted above it.
 */
import { describe, expect, it } from 'vitest';
import { requirementOf, statusOf, testOf, metOf } from '../test-result.ts';

// held-out round 219 (Japanese)
describe('Japanese held-out round 219 (書式が崩れた・短い文書): phrasing families', () => {
  it.each([
    // an allocation-table row that gives the incident report to a party with ◎
    ['INCIDENT-NOTIFICATION', '| 作業 | 委託者 | 受託者 |\n|---|---|---|\n| 不正アクセスの委託者への連絡 | △ | ◎ |'],
    ['INCIDENT-NOTIFICATION', '| 作業 | 委託者 | 受託者 |\n|---|---|---|\n| 情報セキュリティインシデントの一報 | ○ | ◎ |'],
  ])('%s is addressed: %s', (id, text) => {
    expect(statusOf(id, text)).not.toBe('missing');
  });

  it.each([
    // a ◎ row on an incident that reports nothing (planning the fix) is no notification
    ['INCIDENT-NOTIFICATION', '| 作業 | 委託者 | 受託者 |\n|---|---|---|\n| 情報漏えい事故の再発防止策の立案 | △ | ◎ |'],
  ])('%s is not addressed: %s', (id, text) => {
    expect(statusOf(id, text)).toBe('missing');
  });
});

// held-out round 220 (Japanese)
describe('Japanese held-out round 220 (変更・更新・付随文書): phrasing families', () => {
  it.each([
    // a written report sent to the outsourcer by a stated manner (「報告書を甲に電子メールで送付」) with a day count
    ['INCIDENT-NOTIFICATION', 'deadline', '乙は、個人データの漏えいのおそれを認知したときは、認知から２時間以内に甲の窓口へ電話で連絡し、対応完了後７日以内に経緯、原因及び対策を記載した報告書を甲に電子メールで送付する。'],
  ])('%s %s is met: %s', (id, test, text) => {
    expect(testOf(id, test, text)?.met).toBe(true);
  });

  it.each([
    // a first call with no hour count and a report with no day count leave both undated
    ['INCIDENT-NOTIFICATION', 'deadline', '乙は、個人データの漏えいのおそれを認知したときは、速やかに甲の窓口へ電話で連絡し、経緯、原因及び対策を記載した報告書を甲に電子メールで送付する。'],
  ])('%s %s is not met: %s', (id, test, text) => {
    expect(testOf(id, test, text)?.met).not.toBe(true);
  });
});

// held-out round 223 (Japanese)
describe('incident reporting set out under "第一報" / "続報" sub-headings of a procedure', () => {
  it('a first-report deadline in the heading and a dated final report under the follow-up heading meet the deadline test', () => {
    const text = [
      '# 情報セキュリティ事故対応要領',
      '## ３　第一報（発見から２時間以内）',
      '受託者は、委託者の情報システム課に電話で報告し、同時に電子メールで概要を送付する。',
      '## ４　続報',
      '受託者は、発見後７日以内に、原因及び再発防止策を記載した「インシデント報告書」を委託者に提出する。',
    ].join('\n');
    expect(metOf(text, 'INCIDENT-NOTIFICATION', 'deadline')).toBe(true);
  });
  it('a project progress report handed in as a report is not a follow-up incident report', () => {
    const text = '受注者は、毎月５日までに「月次作業報告書」を発注者に提出する。';
    expect(requirementOf(text, 'INCIDENT-NOTIFICATION').status).toBe('missing');
  });
});

// held-out round 223
describe('incidents "escalated ... to <the outsourcer by name>" are a notification duty', () => {
  it('addresses INCIDENT-NOTIFICATION', () => {
    const text = `This Agreement is made between Harlow Foods Limited ("Harlow") and Teleserve Contact Ltd ("Contractor").
5.3 Any security incident affecting shopper records shall be escalated by the shift supervisor to Harlow without delay.`;
    expect(requirementOf(text, 'INCIDENT-NOTIFICATION').status).not.toBe('missing');
  });
});

// held-out round 224 (Japanese)
describe('Japanese held-out round 224 (外資系・翻訳調): phrasing families', () => {
  it.each([
    // GDPR vocabulary in translation: 「個人データ侵害」「データ侵害」 is the incident
    ['INCIDENT-NOTIFICATION', '受託者は、委託者のデータに関するデータ侵害を認知したときは、遅滞なく委託者に通知しなければならない。'],
    ['INCIDENT-NOTIFICATION', 'ベンダーは、個人データ侵害が生じたことを知った場合、72時間以内にお客様に通知します。'],
  ])('%s is addressed: %s', (id, text) => {
    expect(statusOf(id, text)).not.toBe('missing');
  });

  it.each([
    // the English half of a bilingual memorandum: 'followed by a written report' with no deadline of its own
    ['INCIDENT-NOTIFICATION', 'deadline', 'The Vendor shall inform the Client by phone without delay and no later than eight (8) hours after it learns of any unauthorised access to Client data, followed by a written report.'],
  ])('%s %s is not met: %s', (id, test, text) => {
    expect(testOf(id, test, text)?.met).toBe(false);
  });

  it.each([
    // …but a written report with its own deadline still meets it
    ['INCIDENT-NOTIFICATION', 'deadline', 'The Vendor shall inform the Client by phone within eight (8) hours after it learns of any unauthorised access to Client data, followed by a written report within three (3) business days.'],
  ])('%s %s is met: %s', (id, test, text) => {
    expect(testOf(id, test, text)?.met).toBe(true);
  });
});

// held-out round 224
describe('"privacy breach" (NZ / AU / CA usage) is an incident', () => {
  it('a duty to report a privacy breach addresses INCIDENT-NOTIFICATION', () => {
    const text = 'The Contractor shall advise the Ministry of every privacy breach involving client records without delay.';
    expect(requirementOf(text, 'INCIDENT-NOTIFICATION').status).not.toBe('missing');
  });
  it('a privacy policy mention does not', () => {
    expect(requirementOf('The Contractor shall publish its privacy policy on its website.', 'INCIDENT-NOTIFICATION').status).toBe('missing');
  });
});

// held-out round 230
describe('plain-English "if anything goes wrong with our records" is an incident trigger', () => {
  it('addresses INCIDENT-NOTIFICATION', () => {
    const text = 'The Bureau must tell us immediately if something has gone wrong with the pension records.';
    expect(requirementOf(text, 'INCIDENT-NOTIFICATION').status).not.toBe('missing');
  });
  it('a service going wrong with no data involved is not a data incident', () => {
    const text = 'The Bureau must tell us immediately if the coffee machine stops working.';
    expect(requirementOf(text, 'INCIDENT-NOTIFICATION').status).toBe('missing');
  });
});

// held-out round 231
describe('"confirm it in writing within N hours" is a dated follow-up to a first incident call', () => {
  it('meets the deadline test of INCIDENT-NOTIFICATION', () => {
    const text = 'The Vendor shall phone the Bank\'s duty officer within one (1) hour of detecting a security breach and confirm the notification by email within 12 hours.';
    expect(metOf(text, 'INCIDENT-NOTIFICATION', 'deadline')).toBe(true);
  });
  it('a phone call alone has no follow-up', () => {
    const text = 'The Vendor shall phone the Bank\'s duty officer within one (1) hour of detecting a security breach.';
    expect(metOf(text, 'INCIDENT-NOTIFICATION', 'deadline')).toBe(false);
  });
});

// held-out round 234
describe('"confirm the notice in writing within …" is a dated follow-up report', () => {
  it('meets the deadline test of INCIDENT-NOTIFICATION', () => {
    const text = 'The Vendor shall notify the Client\'s security desk of any actual or suspected security incident within 6 hours of becoming aware of it, and shall confirm the notification by email within 2 working days.';
    expect(metOf(text, 'INCIDENT-NOTIFICATION', 'deadline')).toBe(true);
  });
});

// held-out round 235
describe('the customer telling the vendor of compromised "accounts" (plural) is the customer\'s own duty', () => {
  it('does not address INCIDENT-NOTIFICATION', () => {
    const text = 'Each subscriber is responsible for informing Acme Cloud without delay of any suspected compromise of their accounts.';
    expect(requirementOf(text, 'INCIDENT-NOTIFICATION').status).toBe('missing');
  });
  it('the vendor\'s notice of a suspected breach of customer data still does', () => {
    const text = 'The Vendor shall notify the Customer within 24 hours of any suspected breach affecting Customer Data.';
    expect(requirementOf(text, 'INCIDENT-NOTIFICATION').status).not.toBe('missing');
  });
});

// held-out round 237
describe('"leakage, loss or damage of <information>" (漏えい、滅失又はき損) is an incident', () => {
  it('a report duty on such an event addresses INCIDENT-NOTIFICATION', () => {
    const text = 'Should any leakage, destruction or falsification of the Personal Data entrusted hereunder arise, the Contractor shall report it to the Entrusting Party without delay.';
    expect(requirementOf(text, 'INCIDENT-NOTIFICATION').status).not.toBe('missing');
  });
  it('a duty to prevent leakage, loss or damage reports nothing', () => {
    const text = 'The Contractor shall take appropriate measures to prevent leakage, loss or damage of the personal data.';
    expect(requirementOf(text, 'INCIDENT-NOTIFICATION').status).toBe('missing');
  });
});

// held-out round 237
describe('"communicate to the <buyer>" (comunicar / comunicar a) is a notice', () => {
  it('addresses INCIDENT-NOTIFICATION', () => {
    const text = 'The Supplier shall communicate to the Client any personal data breach within 24 hours of learning of it.';
    expect(requirementOf(text, 'INCIDENT-NOTIFICATION').status).not.toBe('missing');
  });
});

// held-out round 241
describe('a bare "breach" notified within hours (forms and questionnaires say "any breach")', () => {
  it('addresses INCIDENT-NOTIFICATION when an hour deadline follows', () => {
    expect(requirementOf('| Will the Processor tell us about a breach? | Yes | Any breach is reported to our privacy officer within 48 hours of detection. |', 'INCIDENT-NOTIFICATION').status).toBe('insufficient');
  });
  it('a breach of the contract is not a security incident', () => {
    expect(requirementOf('Either party shall notify the other of any breach of these Terms within 48 hours.', 'INCIDENT-NOTIFICATION').status).toBe('missing');
  });
});

// held-out round 233 (Japanese)
describe('entering or sending the client\'s data by mistake (誤って外部サービスに入力, 誤送信) is an incident to report', () => {
  it.each([
    '受託者の作業員が委託者の顧客情報を誤って外部の翻訳サービスに入力したときは、直ちに委託者の担当窓口に報告しなければならない。',
    '乙は、個人情報を含む電子メールの誤送信が判明した場合、速やかに甲に報告する。',
  ])('addresses INCIDENT-NOTIFICATION: %s', (text) => {
    expect(statusOf('INCIDENT-NOTIFICATION', text)).not.toBe('missing');
  });
  it('a typo correction duty is not an incident', () => {
    const text = '受注者は、入力内容に誤りを発見したときは、これを訂正すること。';
    expect(statusOf('INCIDENT-NOTIFICATION', text)).toBe('missing');
  });
});

// held-out round 246
describe('"data protection violations" (Datenschutzverstöße, German AVV) are incidents', () => {
  it('a duty to report suspected data protection violations addresses INCIDENT-NOTIFICATION', () => {
    const text = 'The Service Provider shall tell the Principal promptly about any suspected data protection breaches or security gaps in its handling of the Principal\'s records.';
    expect(requirementOf(text, 'INCIDENT-NOTIFICATION').status).not.toBe('missing');
  });
  it('a violation of data protection law reported to the controller is an incident notice', () => {
    const text = 'The Processor shall inform the Controller without delay of any violations of data protection law by its staff.';
    expect(requirementOf(text, 'INCIDENT-NOTIFICATION').status).not.toBe('missing');
  });
  it('a mere duty to comply with data protection law is no notice', () => {
    const text = 'The Processor shall comply with applicable data protection law and avoid data protection violations.';
    expect(requirementOf(text, 'INCIDENT-NOTIFICATION').status).toBe('missing');
  });
});

// held-out round 257
describe('an employee told to report a breach to "their line manager" is internal escalation, not notice to the buyer', () => {
  it.each([
    'An employee who suspects a personal data breach must inform their line manager straight away.',
    'Anyone who sees a possible security incident should report it to their supervisor.',
  ])('does not address INCIDENT-NOTIFICATION: %s', (text) => {
    expect(statusOf('INCIDENT-NOTIFICATION', text)).toBe('missing');
  });
  it('with the buyer named as well, it still does', () => {
    expect(statusOf('INCIDENT-NOTIFICATION', 'An employee who suspects a personal data breach must inform their line manager straight away, and the Supplier shall notify the Customer within 24 hours.')).not.toBe('missing');
  });
});

// held-out round 247 (Japanese)
describe('held-out round 247: 「緊急時の報告」 named among the terms a contract must carry is incident notification', () => {
  it('a policy list item naming emergency reporting addresses it', () => {
    expect(statusOf('INCIDENT-NOTIFICATION', '委託契約には、次の事項を定めなければならない。\n（４）緊急時における報告の義務')).not.toBe('missing');
  });
  it('an emergency contact list alone does not', () => {
    expect(statusOf('INCIDENT-NOTIFICATION', '受託者は、緊急時の連絡先一覧を作成し、作業場所に掲示する。')).toBe('missing');
  });
});

// held-out round 261 (bank card processing): "customers are kept informed" of a breach, a proposal's practice
describe('customers "kept informed / updated" about a breach address INCIDENT-NOTIFICATION', () => {
  it('addresses INCIDENT-NOTIFICATION', () => {
    expect(requirementOf('Customers are kept fully updated throughout any data breach investigation.', 'INCIDENT-NOTIFICATION').status).not.toBe('missing');
  });
  it('clients kept informed about product news is no incident notice', () => {
    expect(requirementOf('Our account team keeps clients informed about new product features.', 'INCIDENT-NOTIFICATION').status).toBe('missing');
  });
});

// held-out round 261 (bank card processing): an item a policy requires every contract to contain
describe('"must ensure that each agreement contains the following:" — its items are contract content, not the customer\'s own duties', () => {
  const policy = 'Procurement leads must ensure that each supplier agreement contains the following:\n(a) a right for the Company and its regulators to audit the supplier, including on-site;\n(b) security incident reporting duties;\n(c) a termination right.';
  it('the incident reporting item addresses INCIDENT-NOTIFICATION', () => {
    expect(requirementOf(policy, 'INCIDENT-NOTIFICATION').status).not.toBe('missing');
  });
  it('the company\'s own duty to report to its regulator does not', () => {
    expect(requirementOf('The Company must:\n(a) report security incidents to its regulator;\n(b) keep its register up to date.', 'INCIDENT-NOTIFICATION').status).toBe('missing');
  });
});

// held-out round 260
describe('a liability clause listing the costs of a breach ("shall be liable … for the following costs …: forensic review, notification of data subjects") is no notice duty', () => {
  it('does not address INCIDENT-NOTIFICATION', () => {
    expect(statusOf('INCIDENT-NOTIFICATION', 'The Processor shall be liable to the Controller for the following costs caused by a Personal Data Breach: forensic review, notification of data subjects and call-centre support.')).toBe('missing');
  });
  it('a duty to notify a breach within hours still addresses it', () => {
    expect(statusOf('INCIDENT-NOTIFICATION', 'The Supplier shall notify the Customer of any Data Breach within 48 hours of becoming aware of it.')).not.toBe('missing');
  });
});

// held-out round 263
describe('a clause that places the duty to report breaches in another schedule ("… are set out in Schedule 5") deals with notification by reference', () => {
  it.each([
    'The Supplier\'s duty to notify personal data breaches is specified in the Data Processing Annex.',
    'Requirements for the reporting of cyber security incidents are described in Appendix C.',
  ])('addressed: %s', (text) => {
    expect(statusOf('INCIDENT-NOTIFICATION', text)).not.toBe('missing');
  });
  it('a duty to notify something other than an incident, placed elsewhere, is not', () => {
    expect(statusOf('INCIDENT-NOTIFICATION', 'The Supplier\'s duty to notify changes of its registered address is specified in Clause 20.')).toBe('missing');
  });
});

// held-out round 256 (Japanese)
describe('a proposal\'s written follow-up with an honorific and a list before the verb (書面で、…をご報告) is a dated follow-up report', () => {
  it('first call within the hour, then a written report within 48 hours', () => {
    const text = 'インシデント又はその疑いを把握したときは、把握から1時間以内にお客様の窓口へお電話でお知らせし、その後48時間以内に書面で、発生状況、影響範囲、原因及び対応内容をご報告いたします。';
    expect(metOf(text, 'INCIDENT-NOTIFICATION', 'deadline')).toBe(true);
  });
  it('a first call alone has no follow-up deadline', () => {
    const text = 'インシデント又はその疑いを把握したときは、把握から1時間以内にお客様の窓口へお電話でお知らせいたします。';
    expect(metOf(text, 'INCIDENT-NOTIFICATION', 'deadline')).toBe(false);
  });
});

// held-out round 266 (English)
describe('misdirected mail, loss of post and unauthorised viewing of records are incidents to report', () => {
  it.each([
    'A misdirected letter must be reported to the Council\'s data protection officer within 24 hours.',
    'Any theft of mailbags or unauthorised viewing of case files shall be reported to the Trust immediately.',
  ])('addressed: %s', (text) => {
    expect(statusOf('INCIDENT-NOTIFICATION', text)).not.toBe('missing');
  });
  it.each([
    'Mail returned as undeliverable is sent back to the Council each week.',
    'Loss of post in transit is reported in the monthly operations pack as a volume figure.',
  ])('not addressed: %s', (text) => {
    expect(statusOf('INCIDENT-NOTIFICATION', text)).toBe('missing');
  });
});

// held-out round 265 (English)
describe('a clause saying another instrument governs breach notification ("The DPA governs … the notification of breaches") addresses it by reference', () => {
  it.each([
    'The Data Processing Addendum governs the handling of customer personal data, including the notification of personal data breaches.',
    'Security incidents will be reported in accordance with the Security Schedule.',
  ])('addresses INCIDENT-NOTIFICATION: %s', (text) => {
    expect(statusOf('INCIDENT-NOTIFICATION', text)).not.toBe('missing');
  });
  it('an instrument that governs something else is no notification clause', () => {
    expect(statusOf('INCIDENT-NOTIFICATION', 'Annex 2 covers the hosting environment and the backup arrangements.')).toBe('missing');
  });
});

// held-out round 260 (Japanese)
describe('notifying data subjects named as a cost head of damages (「本人への連絡…に要した費用…を賠償する」) is no notification duty', () => {
  it.each([
    '乙は、乙の責めに帰すべき事由により個人情報の流出が生じたときは、本人への連絡及びお詫びに要した費用を含め、甲が被った損害を賠償する。',
    '受注者は、情報の流出が生じた場合には、公表及び問い合わせ対応に係る経費を負担する。',
  ])('a compensation sentence listing notice costs does not address INCIDENT-NOTIFICATION: %s', (text) => {
    expect(statusOf('INCIDENT-NOTIFICATION', text)).toBe('missing');
  });
  it('reporting a leak to the outsourcer at once is still a notification clause', () => {
    expect(statusOf('INCIDENT-NOTIFICATION', '乙は、個人情報の流出が生じたときは、直ちに甲に報告しなければならない。')).not.toBe('missing');
  });
});

// held-out round 270 (English)
describe('a security incident named only as the occasion for an on-site audit is no notification duty', () => {
  it('"without notice after a data breach the Supplier shall give the auditors access to its premises" is missing', () => {
    const text = 'On ten days\' notice, or without notice after a data breach, the Supplier shall give the Council\'s auditors access to its premises, systems and staff.';
    expect(statusOf('INCIDENT-NOTIFICATION', text)).toBe('missing');
  });
  it('an on-site access duty that also sets a reporting clock is still found', () => {
    const text = 'After a security incident the Supplier shall give the Council\'s auditors access to its premises and shall notify the Council within 12 hours of becoming aware of it.';
    expect(statusOf('INCIDENT-NOTIFICATION', text)).not.toBe('missing');
  });
});

// held-out round 273 (English)
describe('INCIDENT-NOTIFICATION: a round-the-clock figure ("24/7.", "24x7.") ends its sentence, so the notice after it is read', () => {
  it('a numbered paragraph opening with "monitored 24/7." keeps the notice duty that follows', () => {
    const text = '## 4. Incidents\n\n4.2 Our operations team monitors the network 24/7. We will tell the Authority about any security incident affecting its data within 12 hours of discovery, by telephone and email, and provide a written report within 5 working days.';
    expect(statusOf('INCIDENT-NOTIFICATION', text)).not.toBe('missing');
  });
  it('a round-the-clock help desk alone is no incident notice', () => {
    const text = '4.2 The help desk is staffed 24x7. Calls are answered within two minutes.';
    expect(statusOf('INCIDENT-NOTIFICATION', text)).toBe('missing');
  });
});

// held-out round 274 (English)
describe('"will call / telephone the [outsourcer\'s] supervisor or control room within N" is an incident notice', () => {
  it('"it will telephone the Water Board\'s control room within 30 minutes" addresses INCIDENT-NOTIFICATION', () => {
    expect(statusOf('INCIDENT-NOTIFICATION', 'Should the Operator detect a security breach, it will telephone the Water Board\'s control room within 30 minutes.')).not.toBe('missing');
  });
  it('"our analysts will call the client\'s shift supervisor within two hours" does too', () => {
    expect(statusOf('INCIDENT-NOTIFICATION', 'If our analysts detect an attack on the network, they will call the client\'s shift supervisor within two hours.')).not.toBe('missing');
  });
  it('calling the duty manager to book a maintenance visit does not', () => {
    expect(statusOf('INCIDENT-NOTIFICATION', 'The Operator will call the Water Board\'s duty manager to arrange each quarterly maintenance visit.')).toBe('missing');
  });
});

// own work, session 52 (the credential and monitoring exclusions, seen in round 274)
describe('INCIDENT-NOTIFICATION: a compromise of credentials is the customer\'s own affair only when the customer reports it', () => {
  it('a contractor telling the customer that its own staff\'s passwords were stolen gives notice', () => {
    expect(statusOf('INCIDENT-NOTIFICATION', 'The Supplier shall inform the Council within 4 hours if any of its staff passwords are stolen.')).not.toBe('missing');
  });
  it('the customer reporting misuse of its login credentials to the provider does not', () => {
    expect(statusOf('INCIDENT-NOTIFICATION', 'The Client shall notify the Provider promptly of any unauthorised use of its login credentials.')).toBe('missing');
    expect(statusOf('INCIDENT-NOTIFICATION', 'You must tell us at once if you suspect that someone else knows your password.')).toBe('missing');
  });
  it('a notice prompted by the contractor\'s monitoring is a notice; a monitoring product that alerts its users is not', () => {
    expect(statusOf('INCIDENT-NOTIFICATION', 'If the Supplier\'s monitoring detects an intrusion into the Council\'s network, the Supplier shall notify the Council within two hours.')).not.toBe('missing');
    expect(statusOf('INCIDENT-NOTIFICATION', 'Breach Monitor is a free service that alerts users when their e-mail address appears in a published data breach.')).toBe('missing');
  });
});

// own work, session 52 (seen in round 275)
describe('INCIDENT-NOTIFICATION: staff reporting through the company\'s own internal channel is internal reporting', () => {
  it('"report it to the privacy office via the internal reporting tool" does not address it', () => {
    expect(statusOf('INCIDENT-NOTIFICATION', 'Employees who suspect a data breach must report it at once to the privacy office via the internal reporting tool.')).toBe('missing');
  });
  it('a notice to the customer through the customer\'s own internal ticketing system still does', () => {
    expect(statusOf('INCIDENT-NOTIFICATION', 'The Supplier shall notify the Customer of any Security Incident within 24 hours through the Customer\'s internal ticketing system.')).not.toBe('missing');
  });
});

// held-out round 277 (English)
describe('INCIDENT-NOTIFICATION: a flow-down list naming "incident notification" is no notice duty; an in-country / local / nearshore partner is a subcontractor for the trigger', () => {
  it('"every Local Agent is bound by a written contract … at least as protective …, including … incident notification …" does not address it', () => {
    const text = '7.3 The Contractor shall ensure that every Local Agent is bound by a written contract containing obligations at least as protective as those of this Contract, including confidentiality, incident notification, security measures and return of data.';
    expect(statusOf('INCIDENT-NOTIFICATION', text)).toBe('missing');
  });
  it('a suspected incident "at a nearshore implementation partner" meets the trigger (subcontractor incidents covered)', () => {
    const text = 'The Vendor shall notify the Bank within 12 hours after becoming aware of any actual or suspected security incident, including one at a nearshore implementation partner.';
    expect(metOf(text, 'INCIDENT-NOTIFICATION', 'trigger')).toBe(true);
  });
  it('one "reported by a business partner" does not', () => {
    const text = 'The Vendor shall notify the Bank within 12 hours after becoming aware of any actual or suspected security incident, including one reported by a business partner.';
    expect(metOf(text, 'INCIDENT-NOTIFICATION', 'trigger')).toBe(false);
  });
});

// held-out round 268 (Japanese)
describe('「不正な（アクセス|侵入|ログイン）」「セキュリティ違反」 name an incident as 「不正アクセス」 does', () => {
  it('「不正なログインを検知したときは、遅滞なく…通知する」 addresses INCIDENT-NOTIFICATION', () => {
    expect(statusOf('INCIDENT-NOTIFICATION', '事業者は、サービスへの不正なログインを検知したときは、遅滞なく利用者に通知する。')).not.toBe('missing');
  });
  it('「セキュリティ違反を確認した場合…速やかにご連絡します」 does too', () => {
    expect(statusOf('INCIDENT-NOTIFICATION', '弊社は、お預かりしたデータに関するセキュリティ違反を確認した場合、速やかにお客様へご連絡します。')).not.toBe('missing');
  });
  it('preventing unauthorised access (no notice) does not', () => {
    expect(statusOf('INCIDENT-NOTIFICATION', '受注者は、不正な侵入を防ぐため、ファイアウォールを設置し、通信を常時監視する。')).toBe('missing');
  });
});

// held-out round 280 (English)
describe('an audit right exercisable on short notice after an incident is no incident notification', () => {
  it('"may inspect ... on 48 hours\' notice after a data breach" does not address INCIDENT-NOTIFICATION', () => {
    expect(statusOf('INCIDENT-NOTIFICATION', 'The Airline may inspect the Handler\'s station records on 48 hours\' written notice after a personal data breach.')).toBe('missing');
  });
  it('a duty to report a suspected breach within hours still addresses it', () => {
    expect(statusOf('INCIDENT-NOTIFICATION', 'The Handler shall notify the Airline of any actual or suspected personal data breach within 12 hours of becoming aware of it.')).not.toBe('missing');
  });
});

// held-out round 272 (Japanese)
describe('INCIDENT-NOTIFICATION: notification costs counted into the damages are a cost head, not a duty to notify', () => {
  it('「損害の範囲には…本人への通知及び公表に要した費用を含む」 is no notification clause', () => {
    expect(statusOf('INCIDENT-NOTIFICATION', '乙が賠償すべき損害の範囲には、個人情報の漏えい等に伴い甲が行う本人への通知及び公表に要した費用を含むものとする。')).toBe('missing');
  });
  it('a duty to report a leak to the outsourcer still is', () => {
    expect(statusOf('INCIDENT-NOTIFICATION', '乙は、個人情報の漏えい等が発生したときは、直ちに甲に報告しなければならない。')).not.toBe('missing');
  });
});

// held-out round 282 (English)
describe('INCIDENT-NOTIFICATION: staff reporting to the internal IT help desk is no notice to the client', () => {
  it('employees logging a suspected breach with the internal service desk does not address notification', () => {
    const text = 'Employees who suspect a data breach shall log it promptly with the internal service desk.';
    expect(statusOf('INCIDENT-NOTIFICATION', text)).toBe('missing');
  });
  it('notice to the Customer\'s service desk within four hours still does', () => {
    const text = 'The Supplier shall report any suspected data breach to the Customer\'s service desk within four hours.';
    expect(statusOf('INCIDENT-NOTIFICATION', text)).not.toBe('missing');
  });
});

// held-out round 286 (English)
describe('INCIDENT-NOTIFICATION: an indemnity whose cost list includes "notifying" customers is no notification duty', () => {
  it.each([
    'The Agent shall indemnify the Council against all losses arising from any data breach it causes, including the costs of forensic analysis, of notifying affected tenants and of regulatory fines.',
    'The Vendor shall hold the Bank harmless from the costs of incident investigation, remediation and notifying affected cardholders following any breach of security in its systems.',
  ])('does not address INCIDENT-NOTIFICATION: %s', (text) => {
    expect(statusOf('INCIDENT-NOTIFICATION', text)).toBe('missing');
  });
  it('a notice within 12 hours in the same clause still does', () => {
    expect(statusOf('INCIDENT-NOTIFICATION', 'The Agent shall notify the Council of any data breach within 12 hours of becoming aware of it.')).not.toBe('missing');
  });
});

// held-out round 279 (Japanese)
describe('INCIDENT-NOTIFICATION: a person\'s illness or injury reported to an emergency line is no security incident', () => {
  it('a tour guide phoning in a participant\'s sudden illness or injury does not address notification', () => {
    expect(statusOf('INCIDENT-NOTIFICATION', '添乗員は、ツアー参加者が急病又はけがをした場合は、直ちに当社の緊急連絡センターに電話で連絡すること。')).toBe('missing');
  });
  it('the same line used for a lost participant list (an information incident) still does', () => {
    expect(statusOf('INCIDENT-NOTIFICATION', '添乗員は、参加者名簿の紛失その他の事故が発生した場合は、直ちに当社の緊急連絡センターに電話で連絡すること。')).not.toBe('missing');
  });
});

describe('INCIDENT-NOTIFICATION trigger: incidents "arising at a supplier" are incidents at the contractor\'s vendors', () => {
  const duty = '乙は、個人情報の漏えい等の事故が発生し、又は発生したおそれがあるときは、直ちに甲に報告する。';
  it('「仕入先において生じた事故も、同様とする」 extends the suspected-incident trigger to suppliers', () => {
    expect(testOf('INCIDENT-NOTIFICATION', 'trigger', duty + '乙の仕入先において生じた事故も、同様とする。').met).toBe(true);
  });
  it('without the supplier sentence the trigger is not met', () => {
    expect(testOf('INCIDENT-NOTIFICATION', 'trigger', duty).met).toBe(false);
  });
});

// held-out round 278 (Japanese)
describe('INCIDENT-NOTIFICATION: a work-safety accident (人身事故・物損事故・労働災害) is no security incident', () => {
  it.each([
    '乙は、設置工事中に労働災害又は物損事故が発生したときは、直ちに甲に報告しなければならない。',
    '受託者は、点検作業中に転落事故その他の人身事故が生じた場合は、速やかに委託者に報告するものとする。',
  ])('does not address INCIDENT-NOTIFICATION: %s', (text) => {
    expect(statusOf('INCIDENT-NOTIFICATION', text)).toBe('missing');
  });
  it('a leak of recorded images reported at once still does', () => {
    expect(statusOf('INCIDENT-NOTIFICATION', '受託者は、録画データの漏えい又は紛失が生じたときは、直ちに委託者に報告しなければならない。')).not.toBe('missing');
  });
});

// held-out round 291 (English)
describe('INCIDENT-NOTIFICATION: the trigger named as events (unauthorised disclosure, a lost access device) without the word incident', () => {
  it.each([
    'Field agents shall report to the regional coordinator within two hours any release of applicant records to an unauthorized party.',
    'Each vetting officer must report to the Bureau within 6 hours any loss or theft of a laptop issued for accessing the case system.',
  ])('addresses INCIDENT-NOTIFICATION: %s', (text) => {
    expect(statusOf('INCIDENT-NOTIFICATION', text)).not.toBe('missing');
  });
  it.each([
    'Staff shall report to the coordinator before any planned disclosure of applicant records to authorised recipients.',
    'The Supplier may disclose customer records to an unauthorised person only if a court orders it.',
  ])('does not address INCIDENT-NOTIFICATION: %s', (text) => {
    expect(statusOf('INCIDENT-NOTIFICATION', text)).toBe('missing');
  });
});

// held-out round 292 (English)
describe('INCIDENT-NOTIFICATION: incidents "handled and notified in accordance with Clause N" of the main agreement address it by reference', () => {
  it.each([
    'Security breaches are managed and reported in accordance with Clause 14 of the Master Agreement.',
    'Personal data breaches shall be notified as set out in Section 9.3.',
  ])('addresses INCIDENT-NOTIFICATION: %s', (text) => {
    expect(statusOf('INCIDENT-NOTIFICATION', text)).not.toBe('missing');
  });
  it('disputes about incidents handled under a clause are no notification', () => {
    expect(statusOf('INCIDENT-NOTIFICATION', 'Disputes about service credits are resolved in accordance with Clause 20.')).toBe('missing');
  });
});

// held-out round 285 (Japanese)
describe('INCIDENT-NOTIFICATION: notification costs as a head of damages (「本人への通知費用…を負担／補償」) are no duty to notify', () => {
  it('a cost head naming notice and call-handling costs does not address it', () => {
    expect(statusOf('INCIDENT-NOTIFICATION', '受注者の責めによる個人データの漏えいが生じたときは、本人へのおわび及び通知費用、並びにコールセンター運営費用を受注者が補償する。')).toBe('missing');
  });
  it('a duty to tell the outsourcer with a cost sentence attached still does', () => {
    expect(statusOf('INCIDENT-NOTIFICATION', '受注者は、個人データの漏えいを知ったときは直ちに発注者に連絡し、その対応費用は受注者が負担する。')).not.toBe('missing');
  });
});

// held-out round 294 (English)
describe('INCIDENT-NOTIFICATION: "loss / theft of <any kind of> data" reported within a deadline; a monthly tally of events is no notification', () => {
  it.each([
    'The Bureau must tell the Insurer about any theft of claimant files within 12 hours of finding out.',
    'Any loss of ballot data or polling-station recordings shall be reported to the Returning Officer without undue delay.',
  ])('addresses INCIDENT-NOTIFICATION: %s', (text) => {
    expect(statusOf('INCIDENT-NOTIFICATION', text)).not.toBe('missing');
  });
  it.each([
    'Neither party is liable for loss of data or loss of profits, and any claim must be notified within 12 months.',
    'The quarterly service report will give the number of security incidents logged and closed in the quarter.',
  ])('does not address INCIDENT-NOTIFICATION: %s', (text) => {
    expect(statusOf('INCIDENT-NOTIFICATION', text)).toBe('missing');
  });
});

// held-out round 297 (English)
describe('INCIDENT-NOTIFICATION: a "Security Events" heading carries the subject of a bare "inform us of it" duty', () => {
  it('a notice duty under a Security Events heading is read as incident notification', () => {
    const text = '## 9. Security Events\n\nAny security event on the hosted platform is logged in the service desk tool. The Provider will inform the Council of it as soon as practicable.';
    expect(statusOf('INCIDENT-NOTIFICATION', text)).not.toBe('missing');
  });
  it('an unrelated notice duty under an ordinary heading is not', () => {
    const text = '## 9. Price Reviews\n\nAny change in the index is logged by the finance team. The Provider will inform the Council of it as soon as practicable.';
    expect(statusOf('INCIDENT-NOTIFICATION', text)).toBe('missing');
  });
});

// session 58 probe sweep (English)
describe('INCIDENT-NOTIFICATION: data "seen by someone not entitled to it" (no "who") as the breach', () => {
  it.each([
    'If the Contractor learns that household inventories have been viewed by anyone not authorised to see them, it must tell the Customer within 48 hours.',
    'Where patient lists are disclosed to a person not permitted to receive them, the Processor shall inform the Pharmacy without delay.',
  ])('addressed: %s', (text) => {
    expect(statusOf('INCIDENT-NOTIFICATION', text)).not.toBe('missing');
  });
  it('people not entitled to access, with no event to tell of, are an access rule', () => {
    expect(statusOf('INCIDENT-NOTIFICATION', 'Drivers not authorised to use the depot system must not be given log-in details.')).toBe('missing');
  });
});

// session 58 probe sweep (Japanese)
describe('INCIDENT-NOTIFICATION: information that "leaks" in plain words (「情報が外部に漏れた」)', () => {
  it.each([
    '乙は、会員の情報が外部に漏れたことを知ったときは、直ちに甲に連絡しなければならない。',
    '受託者は、預かったデータが第三者に漏れるおそれがあると判明したときは、速やかに委託者へ報告する。',
  ])('addressed: %s', (text) => {
    expect(statusOf('INCIDENT-NOTIFICATION', text)).not.toBe('missing');
  });
  it('a water leak reported to the building manager is no incident of information', () => {
    expect(statusOf('INCIDENT-NOTIFICATION', '乙は、倉庫の屋根から雨水が漏れたときは、直ちに甲に連絡しなければならない。')).toBe('missing');
  });
});

// held-out round 301 (English)
describe('INCIDENT-NOTIFICATION: an incident "handled under the incident provisions of the MSA" only points to another document', () => {
  it.each([
    'Incidents affecting the hosted data will be managed according to the incident notification procedures in the Master Services Agreement.',
    'Security incidents during the pilot shall be dealt with in accordance with the breach notification procedures of the framework agreement.',
  ])('not addressed: %s', (text) => {
    expect(statusOf('INCIDENT-NOTIFICATION', text)).toBe('missing');
  });
  it('a notice duty with its own deadline beside the pointer still addresses it', () => {
    expect(statusOf('INCIDENT-NOTIFICATION', 'Any security breach affecting the migrated records will be handled under the incident provisions of the Master Services Agreement, and the Vendor shall notify the Customer within 24 hours.')).not.toBe('missing');
  });
});

// session 58 probe sweep (English)
describe('INCIDENT-NOTIFICATION: a misdirected letter or a lost record as the event to report', () => {
  it.each([
    'The Contractor shall inform the Trust of any misdirected prescription or lost patient record no later than the next working day.',
    'Any mis-sent email containing client details must be reported to the Council\'s data protection officer within 24 hours.',
  ])('addressed: %s', (text) => {
    expect(statusOf('INCIDENT-NOTIFICATION', text)).not.toBe('missing');
  });
  it('lost property handed in is no incident of information', () => {
    expect(statusOf('INCIDENT-NOTIFICATION', 'The Supplier shall inform the Customer of lost property found on its vehicles within one week.')).toBe('missing');
  });
});

// session 58 probe sweep (Japanese)
describe('INCIDENT-NOTIFICATION: results or notices handed or sent to the wrong person (「誤交付」「通知書の誤発送」)', () => {
  it.each([
    '健診結果の誤交付が判明したときは、受託者は当日中に委託者に報告すること。',
    '乙は、納税通知書の誤発送を確認した場合、直ちに甲に報告しなければならない。',
  ])('addressed: %s', (text) => {
    expect(statusOf('INCIDENT-NOTIFICATION', text)).not.toBe('missing');
  });
  it('the postal service\'s misdelivery of mail is none of the contractor\'s incidents', () => {
    expect(statusOf('INCIDENT-NOTIFICATION', '郵便物の誤配達については、日本郵便に連絡すること。')).toBe('missing');
  });
});

// held-out round 302 (English)
describe('INCIDENT-NOTIFICATION: the defined term reaches subcontractors, the notice duty adds "suspected"', () => {
  it.each([
    '1.4 "Data Breach" means any unauthorised access to or loss of Client Data, including any such event at a subcontractor.\n\n6.1 The Vendor shall notify the Client within 24 hours after becoming aware of a Data Breach or a suspected Data Breach.',
    '2.3 "Security Incident" means any compromise of the Platform or of Customer Data, and includes a compromise at any sub-processor.\n\n9.2 The Provider shall tell the Customer within 48 hours of discovering a Security Incident or any suspected Security Incident.',
  ])('trigger met: %s', (text) => {
    expect(metOf(text, 'INCIDENT-NOTIFICATION', 'trigger')).toBe(true);
  });
  it('a definition that reaches subcontractors, with a notice duty for confirmed breaches only, stays unmet', () => {
    const text = '1.4 "Data Breach" means any unauthorised access to or loss of Client Data, including any such event at a subcontractor.\n\n6.1 The Vendor shall notify the Client within 24 hours after becoming aware of a Data Breach.';
    expect(metOf(text, 'INCIDENT-NOTIFICATION', 'trigger')).toBe(false);
  });
});

// session 59 probe sweep (Japanese)
describe('INCIDENT-NOTIFICATION: the polite follow-up 「報告書をメールでお送りします」 as the written report after the first call', () => {
  it('the deadline test is met', () => {
    expect(metOf('当社は、お客様データの漏えい又はそのおそれを把握した場合、2時間以内にお電話でお知らせし、5営業日以内に経緯と対策をまとめた報告書をメールでお送りします。', 'INCIDENT-NOTIFICATION', 'deadline')).toBe(true);
  });
  it('answering questions by email afterwards is no follow-up report', () => {
    expect(metOf('当社は、お客様データの漏えい又はそのおそれを把握した場合、2時間以内にお電話でお知らせし、ご質問にはメールでお答えします。', 'INCIDENT-NOTIFICATION', 'deadline')).toBe(false);
  });
});

// held-out round 297 (Japanese)
describe('INCIDENT-NOTIFICATION: food poisoning, hygiene and ball-strike or collision accidents are no security incidents', () => {
  it.each([
    '乙は、食中毒が発生したときは、直ちに甲に報告する。',
    '受託者は、衛生事故又は食品事故が生じた場合、速やかに委託者へ届け出る。',
    '受注者は、打球事故や接触事故が発生したときは、直ちに発注者に連絡する。',
  ])('not addressed: %s', (text) => {
    expect(statusOf('INCIDENT-NOTIFICATION', text)).toBe('missing');
  });
  it('a data-leak accident is still an incident (near-miss)', () => {
    expect(statusOf('INCIDENT-NOTIFICATION', '受注者は、個人情報の漏えい事故が発生したときは、直ちに発注者に報告する。')).not.toBe('missing');
  });
});

// held-out round 312 (English)
describe('INCIDENT-NOTIFICATION: paired verb-preposition breach wording "accessed by, or disclosed to, an unauthorised person"', () => {
  it.each([
    'The Provider shall inform the Club within 12 hours if booking records are accessed by, or disclosed to, an unauthorised person.',
    'The Vendor must report to the Customer without delay where any member file has been viewed by, or made available to, unauthorized parties.',
    'The Processor shall notify the Controller within one day whenever scan results are used by, or disclosed to, any unauthorised third party.',
  ])('addressed: %s', (text) => {
    expect(statusOf('INCIDENT-NOTIFICATION', text)).not.toBe('missing');
  });
  it('a prevention duty ("is not accessed by, or disclosed to, unauthorised persons") is no notice duty (near-miss)', () => {
    expect(statusOf('INCIDENT-NOTIFICATION', 'The Provider shall ensure that booking data is not accessed by, or disclosed to, unauthorised persons and shall inform its staff of this rule.')).toBe('missing');
  });
});

// held-out round 313 (English)
describe('INCIDENT-NOTIFICATION: "shall telephone <party>\'s Head of <function> / Director" is the first report', () => {
  it.each([
    'If a personal data breach affecting student files occurs or is suspected, the Vendor shall telephone Northfield\'s Head of Data Protection within 6 hours.',
    'Where personal data may have been disclosed without authorisation, the Supplier must phone Riverbank\'s Director of Information Governance within 8 hours of becoming aware of it.',
  ])('addressed, with a contact point: %s', (text) => {
    expect(statusOf('INCIDENT-NOTIFICATION', text)).not.toBe('missing');
    expect(metOf(text, 'INCIDENT-NOTIFICATION', 'channel')).toBe(true);
  });
  it('telephoning a head of department to book a visit is no incident report (near-miss)', () => {
    expect(statusOf('INCIDENT-NOTIFICATION', 'The Vendor shall telephone Northfield\'s Head of Facilities at least two days before each delivery.')).toBe('missing');
  });
});

// held-out round 314 (English)
describe('INCIDENT-NOTIFICATION: "in the event of (any) loss of … data" and a loss reported "as soon as practicable / promptly"', () => {
  it.each([
    'In the event of any loss of tenant data, the Agent shall inform the Landlord.',
    'Upon discovery of a theft of member records, the Provider will tell the Club.',
    'Loss of any resident information must be reported to the Council as soon as reasonably practicable.',
  ])('addressed: %s', (text) => {
    expect(statusOf('INCIDENT-NOTIFICATION', text)).not.toBe('missing');
  });
  it.each([
    'In the event of any loss of profit, the Customer shall inform its insurer promptly.',
    'Neither party is liable for loss of data, and any claim must be notified promptly.',
  ])('a loss of profit or a liability exclusion is no incident notice (near-miss): %s', (text) => {
    expect(statusOf('INCIDENT-NOTIFICATION', text)).toBe('missing');
  });
});

// held-out round 305 (Japanese)
describe('INCIDENT-NOTIFICATION: 「…の届出を受けたときは…停止する」 — the contractor receiving a report and acting on it tells no one', () => {
  it.each([
    '利用者から会員証を紛失した旨の届出を受けたときは、受託者は、直ちに当該会員証を無効とする。',
    '鍵の盗難の届出があった場合、乙は速やかにシリンダーを交換する。',
  ])('stays missing (near-miss): %s', (text) => {
    expect(statusOf('INCIDENT-NOTIFICATION', text)).toBe('missing');
  });
  it.each([
    '乙は、貸与された入館証を紛失したときは、直ちに甲に届け出なければならない。',
    '受託者は、利用者から利用者証の紛失の届出を受けたときは、直ちに委託者に報告する。',
  ])('the contractor reporting on to the outsourcer still addresses it: %s', (text) => {
    expect(statusOf('INCIDENT-NOTIFICATION', text)).not.toBe('missing');
  });
});

// held-out round 317 (English)
describe('INCIDENT-NOTIFICATION: an incident "at a partner <studio / firm / lab>" is one at a subcontractor for the trigger', () => {
  it.each([
    'The Contractor shall notify the Authority within 24 hours of becoming aware of any actual or suspected security incident, including one at a partner courier firm.',
    'The Vendor must report any suspected incident, including an incident in one of its partner labs, to the Client within 8 hours of discovery.',
  ])('trigger is met: %s', (text) => {
    expect(testOf('INCIDENT-NOTIFICATION', 'trigger', text)?.met).toBe(true);
  });
  it('a partner portal is no subcontractor (near-miss)', () => {
    expect(testOf('INCIDENT-NOTIFICATION', 'trigger', 'The Contractor shall notify the Authority within 24 hours of becoming aware of any actual or suspected security incident affecting a partner portal.')?.met).not.toBe(true);
  });
});

// held-out round 317 residual (English order form) and the same family in Japanese
describe('INCIDENT-NOTIFICATION: data "misused or gone missing" / 「情報が不正に使われたり、なくなったり」 is an incident', () => {
  it.each([
    'The Carrier shall tell the Client within 24 hours of any loss of a consignment or misuse of Client Data.',
    'If any member record is misused or goes missing, the Supplier shall inform the Council within one working day.',
    '乙は、預かった会員情報が不正に使われたり、なくなったりしたときは、直ちに甲に連絡する。',
  ])('addressed: %s', (text) => {
    expect(statusOf('INCIDENT-NOTIFICATION', text)).not.toBe('missing');
  });
  it.each([
    // goods, stock and a loading bay, not data
    'The Supplier shall tell the Council if any delivery goes missing.',
    'The Carrier shall tell the Client within 24 hours of any misuse of the loading bay.',
    '乙は、在庫がなくなったときは、甲に連絡する。',
  ])('near-miss, missing: %s', (text) => {
    expect(statusOf('INCIDENT-NOTIFICATION', text)).toBe('missing');
  });
});

// held-out round 319 (English)
describe('INCIDENT-NOTIFICATION: a stolen or lost bike, scooter or hire vehicle reported by a user is a lost asset, not a data breach', () => {
  it.each([
    'The Operator will log reports of stolen or vandalised e-bikes and pass them to the Council within two days.',
    'When a customer reports a hire car as damaged or stolen, the Operator shall log it and tell the Council within one day.',
    'If a scooter is lost or stolen, the Operator shall report it to the Council within 48 hours.',
  ])('missing: %s', (text) => {
    expect(statusOf('INCIDENT-NOTIFICATION', text)).toBe('missing');
  });
  it.each([
    'The Supplier shall notify the Council within 24 hours if a laptop holding rider data is stolen.',
    'The Supplier shall notify the Council within 24 hours if any device is lost or stolen.',
  ])('a stolen device still is an incident (near-miss): %s', (text) => {
    expect(statusOf('INCIDENT-NOTIFICATION', text)).not.toBe('missing');
  });
});

// held-out round 311 (Japanese)
describe('INCIDENT-NOTIFICATION: under a 「事故」 heading, damage to a building or harm to people reported at once is a safety accident, not a security incident', () => {
  it.each([
    '第８条（事故）\n乙は、搬出作業中に建物の共用部分を損傷したときは、直ちに甲に報告する。',
    '第６条（作業中の事故）\n受注者は、作業により近隣の住民に危害を及ぼしたときは、速やかに発注者に連絡する。',
  ])('missing (near-miss): %s', (text) => {
    expect(statusOf('INCIDENT-NOTIFICATION', text)).toBe('missing');
  });
  it.each([
    '第８条（事故）\n乙は、搬出作業中に記録媒体を破損し、データが失われたときは、直ちに甲に報告する。',
    '第８条（事故）\n乙は、家財を破損したとき、又は回収した書類を紛失したときは、直ちに甲に報告する。',
  ])('a damaged medium or lost documents still is an incident: %s', (text) => {
    expect(statusOf('INCIDENT-NOTIFICATION', text)).not.toBe('missing');
  });
});

// held-out round 323 (English)
describe('INCIDENT-NOTIFICATION: the customer telling the provider that its own API keys or tokens leaked is the customer\'s own affair', () => {
  it.each([
    'The Subscriber is responsible for telling Nimbus without delay of any suspected compromise of its API tokens.',
    'The Merchant shall inform PayCo promptly of any suspected compromise of its secret keys.',
  ])('missing: %s', (text) => {
    expect(statusOf('INCIDENT-NOTIFICATION', text)).toBe('missing');
  });
  it('the provider reporting a compromise of keys that reach customer data still gives notice (near-miss)', () => {
    expect(statusOf('INCIDENT-NOTIFICATION', 'The Supplier shall notify the Council within 12 hours if any access keys to the Council\'s data store are stolen.')).not.toBe('missing');
  });
});

// held-out round 325 (English)
describe('INCIDENT-NOTIFICATION: plain words for a breach with coordinated verbs ("seen by, or passed to, someone who should not have it"; "lost or compromised")', () => {
  it.each([
    'If the Contractor suspects that the fob register has been seen by, or passed to, someone who should not have it, it shall tell the Marina within 24 hours.',
    'If the alarm codes for the boatyard have been lost or compromised, the Contractor shall inform the Client within 12 hours.',
  ])('addresses INCIDENT-NOTIFICATION: %s', (text) => {
    expect(statusOf('INCIDENT-NOTIFICATION', text)).not.toBe('missing');
  });
  it.each([
    'The Supplier shall notify the Customer within 8 hours if a laptop has been lost or damaged.',
    "Booking data may be seen by, or passed to, the Marina's insurers, who will tell the Marina within 24 hours.",
  ])('equipment lost or damaged, or an authorised recipient, is no breach (near-miss): %s', (text) => {
    expect(statusOf('INCIDENT-NOTIFICATION', text)).toBe('missing');
  });
});
