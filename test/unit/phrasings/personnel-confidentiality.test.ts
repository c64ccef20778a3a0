/**
 * PERSONNEL-CONFIDENTIALITY: phrasing families the blind held-out rounds found missing or
 * misread. Every case is new wording, not the held-out sentence; the round that found each group is noted above it.
 */
import { describe, expect, it } from 'vitest';
import { requirementOf, statusOf, testOf, metOf } from '../test-result.ts';

// held-out round 217 (Japanese)
describe('Japanese held-out round 217 (官公庁・独立行政法人): phrasing families', () => {
  it.each([
    // staff leaking deemed the contractor's own leak (「…漏えいした場合は、受託者が漏えいしたものとみなす」)
    ['PERSONNEL-CONFIDENTIALITY', 'vicarious', '受託者は、業務従事者から守秘義務に関する誓約書を徴する。業務従事者が秘密情報を開示したときは、受託者が開示したものとみなす。'],
  ])('%s %s is met: %s', (id, test, text) => {
    expect(testOf(id, test, text)?.met).toBe(true);
  });
});

// held-out round 225 (Japanese)
describe('PERSONNEL-CONFIDENTIALITY: 「作業者」 as the personnel word of a heading and of a deemed-breach clause', () => {
  it('a breach by 作業者 deemed the contractor\'s own under a 作業者 heading is vicarious liability', () => {
    const text = '## 第５条（作業者）\n１　受注者は、本件に従事する作業者の氏名を発注者に通知する。\n２　作業者が本約定に反したときは、受注者の違反とみなす。';
    const r = requirementOf(text, 'PERSONNEL-CONFIDENTIALITY');
    expect(r.status).not.toBe('missing');
    expect(r.tests.find((t) => t.id === 'vicarious')?.met).toBe(true);
  });
  it('a list of notified 作業者 alone does not address personnel confidentiality', () => {
    const text = '## 第５条（作業者）\n受注者は、本件に従事する作業者の氏名を発注者に通知する。';
    expect(requirementOf(text, 'PERSONNEL-CONFIDENTIALITY').status).toBe('missing');
  });
});

// held-out round 225 (Japanese)
describe('PERSONNEL-CONFIDENTIALITY: damage caused by staff "is the contractor\'s responsibility" (「…により生じた損害は、受注者の責任とする」)', () => {
  it('meets the vicarious test under a personnel heading', () => {
    const text = '### ３．要員\n(1) 要員の過失により生じた損害は、受注者の責任とする。';
    const r = requirementOf(text, 'PERSONNEL-CONFIDENTIALITY');
    expect(r.status).not.toBe('missing');
    expect(r.tests.find((t) => t.id === 'vicarious')?.met).toBe(true);
  });
  it('the same wording about the customer\'s equipment is not about personnel', () => {
    const text = '### ３．設備\n(1) 発注者の設備の故障により生じた損害は、発注者の負担とする。';
    expect(requirementOf(text, 'PERSONNEL-CONFIDENTIALITY').status).toBe('missing');
  });
});

// held-out round 231
describe('an undertaking binding "during the engagement and after it ends" survives the person leaving', () => {
  it('meets the survival test of PERSONNEL-CONFIDENTIALITY', () => {
    const text = 'Each consultant shall sign a secrecy pledge that applies during the engagement and for three (3) years after it ends.';
    expect(metOf(text, 'PERSONNEL-CONFIDENTIALITY', 'survival')).toBe(true);
  });
  it('a pledge for the engagement alone does not survive', () => {
    const text = 'Each consultant shall sign a secrecy pledge that applies during the engagement.';
    expect(metOf(text, 'PERSONNEL-CONFIDENTIALITY', 'survival')).toBe(false);
  });
});

// held-out round 237
describe('"responsible for the compliance … by its employees" is vicarious liability for personnel', () => {
  it('addresses PERSONNEL-CONFIDENTIALITY and meets vicarious', () => {
    const text = 'Secrecy. The Supplier is liable for the observance of this secrecy obligation by its staff and agents.';
    expect(requirementOf(text, 'PERSONNEL-CONFIDENTIALITY').status).not.toBe('missing');
    expect(metOf(text, 'PERSONNEL-CONFIDENTIALITY', 'vicarious')).toBe(true);
  });
});

// held-out round 232 (Japanese)
describe('PERSONNEL-CONFIDENTIALITY: a first-person pledge item 「在籍中はもちろん、退職した後も…漏らしません」 survives the person leaving', () => {
  it('meets the survival test inside a pledge form', () => {
    const text = '受託者は、従事者から別記の誓約書を徴する。\n\n## 誓約書\n私は、貴社の業務に携わるに当たり、次の事項を守ります。\n１　業務で知り得た顧客の秘密は、在籍中はもちろん、退職した後も第三者に漏らしません。';
    expect(metOf(text, 'PERSONNEL-CONFIDENTIALITY', 'survival')).toBe(true);
  });
  it('a pledge item limited to the period of service does not survive', () => {
    const text = '受託者は、従事者から別記の誓約書を徴する。\n\n## 誓約書\n私は、貴社の業務に携わるに当たり、次の事項を守ります。\n１　業務で知り得た顧客の秘密は、在籍中、第三者に漏らしません。';
    expect(metOf(text, 'PERSONNEL-CONFIDENTIALITY', 'survival')).toBe(false);
  });
});

// held-out round 246
describe('"commit <staff> to confidentiality" (auf Vertraulichkeit verpflichten) and "handle … confidentially"', () => {
  it('committing named staff to secrecy binds each individual', () => {
    const text = 'The Service Provider shall commit all technicians assigned to the contract to data secrecy before they start work.';
    expect(requirementOf(text, 'PERSONNEL-CONFIDENTIALITY').status).not.toBe('missing');
    expect(testOf('PERSONNEL-CONFIDENTIALITY', 'individual-binding', text)?.met).toBe(true);
  });
  it('ensuring that employees treat data confidentially addresses the requirement without binding anyone', () => {
    const text = 'The Contractor ensures that its helpdesk employees process client records confidentially.';
    expect(requirementOf(text, 'PERSONNEL-CONFIDENTIALITY').status).not.toBe('missing');
    expect(testOf('PERSONNEL-CONFIDENTIALITY', 'individual-binding', text)?.met).toBe(false);
  });
});

// held-out round 248
describe('staff "who have access … are expected to / should keep … confidential": a relative clause or a soft modal between the staff and the secrecy duty', () => {
  it.each([
    'Engineers with access to tenant records are required to keep those records strictly confidential.',
    'Employees that handle claimant files should treat their contents as confidential.',
    'Consultants are obliged to hold all project information in confidence.',
  ])('addresses PERSONNEL-CONFIDENTIALITY: %s', (text) => {
    expect(requirementOf(text, 'PERSONNEL-CONFIDENTIALITY').status).not.toBe('missing');
  });
  it('the outsourcer\'s own staff keeping a register is not a personnel secrecy duty', () => {
    const text = "The Council's staff who attend the meetings should keep the minutes.";
    expect(requirementOf(text, 'PERSONNEL-CONFIDENTIALITY').status).toBe('missing');
  });
});

// held-out round 252
describe('testers and assessors are personnel whose confidentiality pledge counts', () => {
  it.each([
    'Every assessor assigned to the review must sign a non-disclosure undertaking before starting fieldwork.',
    'Only penetration testers who have executed the firm\'s confidentiality agreement may take part in the engagement.',
  ])('addresses PERSONNEL-CONFIDENTIALITY: %s', (text) => {
    expect(requirementOf(text, 'PERSONNEL-CONFIDENTIALITY').status).not.toBe('missing');
  });
  it('a tester with no confidentiality duty is not', () => {
    const text = 'The tester shall use only the scanning tools listed in Annex B.';
    expect(requirementOf(text, 'PERSONNEL-CONFIDENTIALITY').status).toBe('missing');
  });
});

// held-out round 245 (Japanese)
describe('held-out round 245: personnel deemed the contractor in an article of their own', () => {
  const pledge = '第５条　乙は、従事者から、在職中及び退職後も業務上知り得た秘密を漏らさない旨の誓約書を提出させなければならない。\n';
  it('「乙の従業員がした行為は、乙の行為とみなし」 in another article meets vicarious', () => {
    expect(metOf(pledge + '第９条　乙の従業員がした行為は、乙の行為とみなし、乙がその責任を負う。', 'PERSONNEL-CONFIDENTIALITY', 'vicarious')).toBe(true);
  });
  it('a subcontractor deemed the contractor (no personnel) does not', () => {
    expect(metOf(pledge + '第９条　再委託先の行為は、乙の行為とみなす。', 'PERSONNEL-CONFIDENTIALITY', 'vicarious')).toBe(false);
  });
});

// held-out round 261 (bank card processing): staff bound by "duties of confidence" (English-law wording)
describe('personnel bound by a duty / obligations of confidence address PERSONNEL-CONFIDENTIALITY', () => {
  it.each([
    'The Vendor may share Customer information with those of its staff who need it, provided they are subject to a duty of confidence at least as strict as this clause.',
    'The Vendor may disclose Customer information only to employees who are bound under obligations of confidence equivalent to these.',
  ])('addresses PERSONNEL-CONFIDENTIALITY: %s', (text) => {
    expect(requirementOf(text, 'PERSONNEL-CONFIDENTIALITY').status).not.toBe('missing');
  });
  it('information merely received in confidence binds no person', () => {
    expect(requirementOf('All information supplied to the Vendor is received in confidence.', 'PERSONNEL-CONFIDENTIALITY').status).toBe('missing');
  });
});

// held-out round 263
describe('an inline enumeration with no colon ("shall ensure that each engineer (a) …; (b) …; and (c) …") reads its items with the lead-in', () => {
  const text = 'The Vendor shall ensure that each engineer (a) is vetted before starting; (b) has executed a non-disclosure agreement that remains in force after his or her assignment ends; and (c) is told of the disciplinary consequences of a breach.';
  it('the undertaking in item (b) binds the engineer named in the lead-in', () => {
    expect(metOf(text, 'PERSONNEL-CONFIDENTIALITY', 'individual-binding')).toBe(true);
  });
  it('an item that names no person is not an individual undertaking', () => {
    expect(metOf('Before go-live the Vendor shall (a) configure the tenant; (b) publish a template non-disclosure agreement on the portal; and (c) run the data migration.', 'PERSONNEL-CONFIDENTIALITY', 'individual-binding')).toBe(false);
  });
});

// held-out round 266 (English)
describe('a PDF text layer that hyphenates a word across a line end ("confiden-\\ntiality") reads as the whole word', () => {
  const wrapped = (body: string) => [
    'Vendor terms for records handling                                  Page 1 of 3',
    '',
    '1. The Vendor shall deliver the services described in the order form from its',
    'Sheffield facility and shall keep all documents in its custody in good order.',
    body,
    'and the Vendor shall keep a register of the people working on the services.',
  ].join('\n');
  it('"confiden-\\ntiality undertaking" binds each person', () => {
    const text = wrapped('2. Every operator of the sorting line shall have signed a personal confiden-\ntiality undertaking before starting work on the services for the Client,');
    expect(statusOf('PERSONNEL-CONFIDENTIALITY', text)).not.toBe('missing');
  });
  it('a hyphen-broken word with no confidentiality duty is not', () => {
    const text = wrapped('2. Every operator of the sorting line shall have completed the induc-\ntion programme before starting work on the services for the Client,');
    expect(statusOf('PERSONNEL-CONFIDENTIALITY', text)).toBe('missing');
  });
});

// held-out round 261 (Japanese)
describe('a PDF text layer whose page footer is framed by ruled lines wider than a running line ("-----" × 72) joins the sentence cut by the page break', () => {
  const rule = '-'.repeat(72);
  const footer = (n: string) => ['', rule, `秘密保持に関する特約                                  － ${n} －`, rule, ''];
  const pages = (first: string, rest: string) => [
    '              秘密保持に関する特約',
    '',
    '第３条（秘密情報の管理）',
    '１ 受託者は、委託者から受領した資料を施錠できる書庫に保管する。',
    '',
    '第４条（作業員の管理）',
    first,
    ...footer('１'),
    rest,
    ...footer('２'),
  ].join('\n');
  it('an undertaking cut mid-word (「漏」 / 「らさない旨の誓約書」) across the ruled footer binds each person', () => {
    const text = pages('１ 受託者は、本件作業に従事する作業員から、在任中はもとより退任した後も本件作業で知り得た情報を他に漏', 'らさない旨の誓約書を個別に差し入れさせるものとする。');
    expect(metOf(text, 'PERSONNEL-CONFIDENTIALITY', 'individual-binding')).toBe(true);
  });
  it('a staff roster cut across the same footer is no undertaking', () => {
    const text = pages('１ 受託者は、本件作業に従事する作業員の氏名、所属及び担当する作業の範囲を記載した名簿を作成し、委託者に提', '出するものとする。');
    expect(statusOf('PERSONNEL-CONFIDENTIALITY', text)).toBe('missing');
  });
});

// held-out round 273 (English)
describe('PERSONNEL-CONFIDENTIALITY: document reviewers as the personnel word, and a staff ban on discussing the work outside', () => {
  it('every contract reviewer signing a secrecy undertaking is an individual binding', () => {
    const text = 'Every contract reviewer assigned to the project shall execute a non-disclosure undertaking before the first log-in.';
    expect(metOf(text, 'PERSONNEL-CONFIDENTIALITY', 'individual-binding')).toBe(true);
  });
  it('reviewers barred from discussing client files with anyone outside the team is a staff secrecy duty', () => {
    const text = 'Document reviewers shall not discuss the client files with anyone outside the engagement team.';
    expect(statusOf('PERSONNEL-CONFIDENTIALITY', text)).not.toBe('missing');
  });
  it('reviewers told not to disclose their passwords to colleagues is no secrecy undertaking', () => {
    const text = 'Reviewers must not disclose their passwords to anyone outside the help desk.';
    expect(statusOf('PERSONNEL-CONFIDENTIALITY', text)).toBe('missing');
  });
  it('the number of reviewers on a team is no undertaking', () => {
    const text = 'Each reviewer will code about fifty documents an hour during the first week.';
    expect(statusOf('PERSONNEL-CONFIDENTIALITY', text)).toBe('missing');
  });
});

// held-out round 281 (English)
describe('"everyone / anyone working for <party>" names the personnel who sign the undertaking', () => {
  it('"Anyone who works for the Vendor must sign a non-disclosure undertaking" addresses the requirement', () => {
    expect(statusOf('PERSONNEL-CONFIDENTIALITY', 'Anyone who works for the Vendor must sign a non-disclosure undertaking before starting.')).not.toBe('missing');
  });
  it('everyone working for the customer asking for a privacy notice does not', () => {
    expect(statusOf('PERSONNEL-CONFIDENTIALITY', 'Everyone working for the Customer may ask the helpdesk for a copy of the privacy notice.')).toBe('missing');
  });
});

// held-out round 282 (English)
describe('PERSONNEL-CONFIDENTIALITY: "responsible to its customers for any breach … by its staff" is vicarious liability', () => {
  it('answering to its clients for breaches by its employees meets vicarious', () => {
    const text = 'Every engineer signs a written confidentiality undertaking that continues after the engineer leaves. The Vendor is liable to its clients for any breach of that undertaking by its engineers.';
    expect(metOf(text, 'PERSONNEL-CONFIDENTIALITY', 'vicarious')).toBe(true);
  });
  it('liability to its clients for late delivery is not', () => {
    const text = 'Every engineer signs a written confidentiality undertaking that continues after the engineer leaves. The Vendor is liable to its clients for late delivery of the software.';
    expect(metOf(text, 'PERSONNEL-CONFIDENTIALITY', 'vicarious')).toBe(false);
  });
});

// held-out round 284 (English)
describe('PERSONNEL-CONFIDENTIALITY: vicarious liability of a contractor defined as "the Subcontractor" for its own staff', () => {
  const preamble = 'This Sub-contract Agreement is made between Harrowgate Systems plc ("Harrowgate") and Lumen Transcription Ltd (the "Subcontractor").\n\n';
  it('undertakings that survive, plus "liable for any breach by its staff as though it were its own", meet the vicarious test', () => {
    expect(metOf(preamble + '4.1 Each member of staff shall sign a personal confidentiality undertaking that continues to bind him or her after leaving the Subcontractor.\n4.2 The Subcontractor shall be liable for any breach by its staff as though the breach were its own.', 'PERSONNEL-CONFIDENTIALITY', 'vicarious')).toBe(true);
  });
  it('the undertaking alone does not', () => {
    expect(metOf(preamble + '4.1 Each member of staff shall sign a personal confidentiality undertaking that continues to bind him or her after leaving the Subcontractor.', 'PERSONNEL-CONFIDENTIALITY', 'vicarious')).toBe(false);
  });
});

// held-out round 276 (Japanese)
describe('PERSONNEL-CONFIDENTIALITY: a list item 「従事者に対する秘密保持」 under a lead that requires the contract to provide it', () => {
  const list = (item: string) => `担当課長は、委託契約書に次の事項を盛り込まなければならない。\n（１）${item}\n（２）再委託の制限`;
  it('「受託事業者の作業員に課す守秘義務」 as an item is addressed', () => {
    expect(statusOf('PERSONNEL-CONFIDENTIALITY', list('受託事業者の作業員に課す守秘義務'))).not.toBe('missing');
  });
  it('an item naming staff without secrecy (「従事者の名簿の提出」) is not', () => {
    expect(statusOf('PERSONNEL-CONFIDENTIALITY', list('従事者の名簿の提出'))).toBe('missing');
  });
});

// held-out round 298 (English)
describe('PERSONNEL-CONFIDENTIALITY: language-service workers (interpreters, proofreaders, transcribers) are personnel', () => {
  it.each([
    'Every interpreter signs a non-disclosure agreement before the first assignment.',
    'The Agency shall ensure that each proofreader has signed a confidentiality undertaking before receiving any draft.',
  ])('meets individual-binding: %s', (text) => {
    expect(testOf('PERSONNEL-CONFIDENTIALITY', 'individual-binding', text)?.met).toBe(true);
  });
  it('a qualification of the worker is no confidentiality undertaking (near-miss)', () => {
    expect(statusOf('PERSONNEL-CONFIDENTIALITY', 'Each translator must hold a diploma in legal translation.')).toBe('missing');
  });
});

// session 58 probe sweep (English)
describe('PERSONNEL-CONFIDENTIALITY: crews as the people who do the work (removal, ramp, cleaning crews)', () => {
  it.each([
    'Each crew member must sign a non-disclosure undertaking before entering a customer\'s home.',
    'The removal crew shall keep the contents of every property they pack in strict confidence.',
  ])('addressed: %s', (text) => {
    expect(statusOf('PERSONNEL-CONFIDENTIALITY', text)).not.toBe('missing');
  });
  it.each([
    'Each crew member must sign the delivery note when the van is unloaded.',
    'The crew shall keep the loading bay clear at all times.',
  ])('does not address PERSONNEL-CONFIDENTIALITY: %s', (text) => {
    expect(statusOf('PERSONNEL-CONFIDENTIALITY', text)).toBe('missing');
  });
});

// session 58 probe sweep (English)
describe('PERSONNEL-CONFIDENTIALITY: volunteers bound to confidentiality', () => {
  it.each([
    'All volunteers sign a confidentiality pledge at induction.',
    'Volunteers shall keep client information confidential during and after their placement.',
  ])('addressed: %s', (text) => {
    expect(statusOf('PERSONNEL-CONFIDENTIALITY', text)).not.toBe('missing');
  });
  it('volunteers signing a rota is no confidentiality', () => {
    expect(statusOf('PERSONNEL-CONFIDENTIALITY', 'All volunteers sign the rota at induction.')).toBe('missing');
  });
});

// held-out round 300 (English)
describe('PERSONNEL-CONFIDENTIALITY: field workers named "operatives" or "crew members" are personnel bound by an undertaking', () => {
  it('"Every cleaning operative engaged on the contract shall sign a non-disclosure undertaking" is addressed', () => {
    expect(statusOf('PERSONNEL-CONFIDENTIALITY', 'Every cleaning operative engaged on the contract shall sign a non-disclosure undertaking before starting work.')).not.toBe('missing');
  });
  it('"Each crew member deployed at the depot must sign a confidentiality agreement" meets individual-binding', () => {
    expect(metOf('Each crew member deployed at the depot must sign a confidentiality agreement.', 'PERSONNEL-CONFIDENTIALITY', 'individual-binding')).toBe(true);
  });
  it('"operative" as an adjective ("the operative provisions") is no person (near-miss)', () => {
    expect(statusOf('PERSONNEL-CONFIDENTIALITY', 'The operative provisions of this clause shall be kept confidential.')).toBe('missing');
  });
});

// held-out round 301 (English)
describe('PERSONNEL-CONFIDENTIALITY: an undertaking that binds the person "during and after their service / engagement" survives the person\'s leaving', () => {
  it.each([
    'Every engineer who is given access to patient records shall sign a confidentiality undertaking which binds the engineer during and after their engagement on the project.',
    'Each volunteer granted a login shall sign a written confidentiality declaration that applies during and after his or her volunteering with the Charity.',
  ])('survival is met: %s', (text) => {
    expect(metOf(text, 'PERSONNEL-CONFIDENTIALITY', 'survival')).toBe(true);
  });
  it('a duty during and after the term of the Agreement is no personal survival', () => {
    expect(metOf('Every engineer who is given access to patient records shall sign a confidentiality undertaking which applies during and after the term of this Agreement.', 'PERSONNEL-CONFIDENTIALITY', 'survival')).toBe(false);
  });
});

// held-out round 293 (Japanese)
describe('PERSONNEL-CONFIDENTIALITY: staff made to observe the rules on handling personal or member data (「スタッフに…情報の取扱いに関する注意事項を説明し…遵守させる」) is an awareness duty', () => {
  it.each([
    '受託者は、コールセンターのオペレーターに対し、会員情報の取扱いに関する遵守事項を着任前に説明し、これを守らせなければならない。',
    '乙は、作業員に、顧客情報の保護に関する注意事項を周知しなければならない。',
  ])('addresses the requirement: %s', (text) => {
    expect(statusOf('PERSONNEL-CONFIDENTIALITY', text)).not.toBe('missing');
  });
  it.each([
    '乙は、作業員に会場の安全に関する注意事項を周知しなければならない。',
    '受託者は、従事者に対し、個人情報の取扱いに関する研修を年1回実施し、遵守事項を周知する。',
  ])('does not address it: %s', (text) => {
    expect(statusOf('PERSONNEL-CONFIDENTIALITY', text)).toBe('missing');
  });
});

// held-out round 294 (Japanese)
describe('PERSONNEL-CONFIDENTIALITY: drivers and crews of a transport service (運転士, 運転手, 乗務員) are the personnel told to keep passengers\' data secret', () => {
  it.each([
    '受託者は、送迎車両の運転手に対し、乗車した園児及び保護者に関する情報を第三者に漏えいしないよう周知する。',
    '運送会社は、乗務員に乗客の個人情報を他に漏らさないことを徹底させる。',
  ])('addressed: %s', (text) => {
    expect(statusOf('PERSONNEL-CONFIDENTIALITY', text)).not.toBe('missing');
  });
  it('drivers instructed on safe driving and manners is no confidentiality duty (near-miss)', () => {
    expect(statusOf('PERSONNEL-CONFIDENTIALITY', '乙は、運転士に対し、安全運転と車内での接遇を徹底するよう指導する。')).toBe('missing');
  });
});

// held-out round 305 (English)
describe('"each rostered / vetted / named person" is the personnel who must sign', () => {
  it.each([
    'Each rostered person must sign a secrecy declaration before the first shift at the front desk.',
    'Every vetted person shall sign a non-disclosure statement before receiving a building pass.',
  ])('meets individual-binding: %s', (text) => {
    expect(metOf(text, 'PERSONNEL-CONFIDENTIALITY', 'individual-binding')).toBe(true);
  });
  it('a named person merely given a policy copy is still no undertaking', () => {
    expect(metOf('Each named person will be given a copy of the house rules.', 'PERSONNEL-CONFIDENTIALITY', 'individual-binding')).not.toBe(true);
  });
});

// held-out round 297 (Japanese)
describe('PERSONNEL-CONFIDENTIALITY: staff told not to post what they learn on social media (「SNS等に投稿しない」「掲載してはならない」)', () => {
  it.each([
    '乙は、従事者に対し、業務で知った会員の情報をSNS等に書き込まないよう指導する。',
    '受託者の社員は、利用者の氏名や写真をSNSに掲載してはならない。',
  ])('addressed: %s', (text) => {
    expect(statusOf('PERSONNEL-CONFIDENTIALITY', text)).not.toBe('missing');
  });
  it.each([
    '受託者の従業員は、大会の結果をSNSに投稿する。',
    '乙は、従事者に対し、施設の案内をSNS等で発信するよう指導する。',
  ])('posting as a task is no secrecy duty (near-miss): %s', (text) => {
    expect(statusOf('PERSONNEL-CONFIDENTIALITY', text)).toBe('missing');
  });
});

// held-out round 311 (English)
describe('PERSONNEL-CONFIDENTIALITY: the contractor actively treats / regards a breach by its staff as a breach by itself (vicarious)', () => {
  it.each([
    'Each driver signs a confidentiality undertaking. We will treat any breach by one of our drivers as a breach by us.',
    'All engineers are bound by written confidentiality terms, and the Contractor regards every violation of those terms by its staff as a violation by the Contractor.',
  ])('vicarious is met: %s', (text) => {
    expect(testOf('PERSONNEL-CONFIDENTIALITY', 'vicarious', text)?.met).toBe(true);
  });
  it.each([
    'All engineers are bound by written confidentiality terms, and the Contractor treats any breach by an engineer as a disciplinary matter.',
    'All engineers sign confidentiality terms. We treat any breach by a customer as a breach by that customer.',
  ])('no vicarious liability (near-miss): %s', (text) => {
    expect(testOf('PERSONNEL-CONFIDENTIALITY', 'vicarious', text)?.met).not.toBe(true);
  });
});

// held-out round 300 (Japanese)
describe('PERSONNEL-CONFIDENTIALITY: staff told to handle customers\' or users\' information with care (「…情報を厳重に／適正に取り扱うよう指導」) is an awareness duty', () => {
  it.each([
    '乙は、配送スタッフに対し、顧客情報を厳重に取り扱うよう指導しなければならない。',
    '受託者は、従事者に対し、利用者情報を適正に取り扱うよう周知する。',
  ])('addressed: %s', (text) => {
    expect(statusOf('PERSONNEL-CONFIDENTIALITY', text)).not.toBe('missing');
  });
  it('careful handling of exhibits is no information duty (near-miss)', () => {
    expect(statusOf('PERSONNEL-CONFIDENTIALITY', '乙は、作業員に対し、展示品を丁寧に取り扱うよう指導する。')).toBe('missing');
  });
});

// held-out round 303 (Japanese)
describe('PERSONNEL-CONFIDENTIALITY: staff named by their job (「本業務に従事する支援員／作業員」) made to keep the secrecy duty under a confidentiality heading', () => {
  it.each([
    '## 第9条（秘密の保持）\n受託者は、本業務により知り得た児童の情報を他に漏らしてはならない。受託者は、本業務に従事する支援員にもこれを遵守させなければならない。\n',
    '## 第6条（守秘義務）\n乙は、知り得た利用者の情報を第三者に漏えいしてはならない。乙は、配送業務に従事する運転者に対し、同様の義務を守らせる。\n',
  ])('addressed: %s', (text) => {
    expect(statusOf('PERSONNEL-CONFIDENTIALITY', text)).not.toBe('missing');
  });
  it('drivers made to obey traffic law under a safe-driving heading are no secrecy duty (near-miss)', () => {
    expect(statusOf('PERSONNEL-CONFIDENTIALITY', '## 第8条（安全運転）\n乙は、送迎に従事する運転者に対し、道路交通法を守らせる。\n')).toBe('missing');
  });
});

// held-out round 312 (English)
describe('PERSONNEL-CONFIDENTIALITY: role nouns of back-office staff ("coordinators / administrators who handle …") bound by a signed agreement', () => {
  it.each([
    'Onboarding coordinators who handle member files must have signed a confidentiality agreement.',
    'Administrators who access the booking database shall sign a written non-disclosure undertaking before starting.',
    'Claims handlers who work on customer records must have signed the Vendor\'s confidentiality undertaking.',
  ])('individual-binding met: %s', (text) => {
    expect(metOf(text, 'PERSONNEL-CONFIDENTIALITY', 'individual-binding')).toBe(true);
  });
  it('the customer\'s own administrators are not the contractor\'s personnel (near-miss)', () => {
    expect(statusOf('PERSONNEL-CONFIDENTIALITY', 'Customer administrators who access the console must sign a confidentiality agreement.')).toBe('missing');
  });
});

// held-out round 306 (Japanese)
describe('PERSONNEL-CONFIDENTIALITY: exam staff named by their task (採点者・試験監督員) bound by an undertaking', () => {
  it.each([
    '受託者は、試験監督員から守秘義務に関する誓約書を徴するものとする。',
    '乙は、採点者に秘密保持誓約書を差し入れさせる。',
  ])('addressed: %s', (text) => {
    expect(statusOf('PERSONNEL-CONFIDENTIALITY', text)).not.toBe('missing');
  });
  it.each([
    '受託者は、受験者から秘密保持の誓約書を提出させる。',
    '受託者は、採点者に採点基準を説明する。',
  ])('exam takers, or a marking briefing, bind no staff (near-miss): %s', (text) => {
    expect(statusOf('PERSONNEL-CONFIDENTIALITY', text)).toBe('missing');
  });
});

// held-out round 307 (Japanese)
describe('PERSONNEL-CONFIDENTIALITY: staff told not to let information out (「…を口外しないよう／漏らさないよう…説明する」)', () => {
  it.each([
    '受託者は、作業に従事する者に対し、業務上知った顧客の事情を口外しないよう周知する。',
    '受注者は、従事者に対し、利用者の個人情報を漏らさないよう、配置の際に説明するものとする。',
  ])('addressed: %s', (text) => {
    expect(statusOf('PERSONNEL-CONFIDENTIALITY', text)).not.toBe('missing');
  });
  it.each([
    '乙は、従事者に対し、作業手順を誤らないよう、作業開始前に説明する。',
    '乙は、甲に対し、秘密情報を漏らさないよう説明する。',
  ])('a briefing on anything else, or to the customer, is no staff secrecy duty (near-miss): %s', (text) => {
    expect(statusOf('PERSONNEL-CONFIDENTIALITY', text)).toBe('missing');
  });
});

// held-out round 317 (English)
describe('PERSONNEL-CONFIDENTIALITY: the duty lasts "after their work / role for <party> ends" (the person\'s own work, not the contract)', () => {
  it.each([
    'Every analyst shall sign a confidentiality undertaking that continues after his or her role on the project has ended.',
    'Each employee with access shall give a written confidentiality commitment that stays in force after their work on the account ends.',
  ])('survival is met: %s', (text) => {
    expect(testOf('PERSONNEL-CONFIDENTIALITY', 'survival', text)?.met).toBe(true);
  });
  it('lasting only until the work ends is no survival (near-miss)', () => {
    expect(testOf('PERSONNEL-CONFIDENTIALITY', 'survival', 'Every analyst shall sign a confidentiality undertaking that continues until their work for the Bank ends.')?.met).not.toBe(true);
  });
});

// held-out round 318 (English)
describe('PERSONNEL-CONFIDENTIALITY: "we accept responsibility for our staff\'s actions" — vicarious liability as taking responsibility for what the staff do', () => {
  it.each([
    'Each engineer signs a non-disclosure undertaking that survives the end of employment, and the Supplier takes full responsibility for the actions of its engineers.',
    'Every operator signs a confidentiality pledge that continues after they leave, and we accept responsibility for our operators\' behaviour.',
  ])('vicarious is met: %s', (text) => {
    expect(testOf('PERSONNEL-CONFIDENTIALITY', 'vicarious', text)?.met).toBe(true);
  });
  it.each([
    'Every operator signs a confidentiality pledge that continues after they leave; we accept no responsibility for the actions of motorists.',
    'Every operator signs a confidentiality pledge that continues after they leave, and we take responsibility for our operators\' training.',
  ])('no responsibility, or responsibility for training, is no vicarious liability (near-miss): %s', (text) => {
    expect(testOf('PERSONNEL-CONFIDENTIALITY', 'vicarious', text)?.met).toBe(false);
  });
});

// held-out round 311 (Japanese)
describe('PERSONNEL-CONFIDENTIALITY: the workers themselves told not to speak of what they saw (「作業員は、…を口外しない／他言してはならない」)', () => {
  it.each([
    '従事者は、回収現場で見聞きした依頼者の家庭の事情を他言してはならない。',
    '乙の作業員は、作業中に目にした書類の内容を一切口外しないものとする。',
  ])('addressed: %s', (text) => {
    expect(statusOf('PERSONNEL-CONFIDENTIALITY', text)).not.toBe('missing');
  });
  it.each([
    '甲の職員は、乙の作業員から聞いた事情を口外しない。',
    '作業員は、現場で知り得た事項を速やかに現場責任者に報告する。',
  ])('the customer\'s own staff, or a duty to report, is no personnel confidentiality (near-miss): %s', (text) => {
    expect(statusOf('PERSONNEL-CONFIDENTIALITY', text)).toBe('missing');
  });
});

// held-out round 312 (Japanese)
describe('PERSONNEL-CONFIDENTIALITY: assistants (補助者・履行補助者) made to observe the data-handling terms (「この特記事項を周知し、遵守させる」), even as an effort duty', () => {
  it.each([
    '乙は、アルバイトの補助者に対し、この特記事項を周知し、遵守させるよう努めるものとする。',
    '受託者は、履行補助者に対し、顧客情報の取扱いに関する注意事項を説明し、これを守らせる。',
  ])('addressed: %s', (text) => {
    expect(statusOf('PERSONNEL-CONFIDENTIALITY', text)).not.toBe('missing');
  });
  it.each([
    '乙は、補助者に対し、機材の運搬に関する注意事項を説明し、これを守らせるよう努める。',
    '受託者は、依頼者に対し、本特記事項の内容を説明する。',
  ])('equipment rules, or explaining the terms to a client, stays missing (near-miss): %s', (text) => {
    expect(statusOf('PERSONNEL-CONFIDENTIALITY', text)).toBe('missing');
  });
});

// held-out round 314 (Japanese)
describe('PERSONNEL-CONFIDENTIALITY: delivery and kitchen staff (配達員・配送員・調理員) bound by an undertaking, their breach counted as the contractor\'s own (「乙自身が違反したものとして」)', () => {
  it.each([
    '受注者は、配送員ごとに、利用者の住所及び病状を退職後も他に漏らさない旨の誓約書を提出させる。',
    '乙は、調理員全員から、献立表に記載された利用者の情報を口外しない旨の誓約書を取る。',
  ])('individual-binding met: %s', (text) => {
    expect(metOf(text, 'PERSONNEL-CONFIDENTIALITY', 'individual-binding')).toBe(true);
  });
  it('vicarious met: a delivery worker\'s breach is the contractor\'s own', () => {
    const text = '受託者は、配達員から秘密保持の誓約書を徴する。受託者は、配達員が当該誓約に反したときは、受託者自身が違反したものとして委託者に責任を負う。';
    expect(metOf(text, 'PERSONNEL-CONFIDENTIALITY', 'vicarious')).toBe(true);
  });
  it('a delivery worker reporting what they saw stays missing (near-miss)', () => {
    expect(statusOf('PERSONNEL-CONFIDENTIALITY', '配達員は、利用者宅で気付いた異変を配食センターに報告する。')).toBe('missing');
  });
});

// held-out round 314 (Japanese)
describe('PERSONNEL-CONFIDENTIALITY: under a staff heading (従事者・従業員), instructing staff on conduct that concerns no information is no confidentiality duty', () => {
  it.each([
    '第９条（従事者の指導）\n受託者は、従事者に対し、利用者宅に上がり込まないよう指導しなければならない。',
    '第４条（従業員）\n乙は、従業員に対し、制服を着用して訪問するよう周知しなければならない。',
  ])('stays missing (near-miss): %s', (text) => {
    expect(statusOf('PERSONNEL-CONFIDENTIALITY', text)).toBe('missing');
  });
  it.each([
    '第９条（従事者の指導）\n受託者は、従事者に対し、利用者の健康情報の取扱いに関する注意事項を指導しなければならない。',
    '第４条（従業員）\n乙は、従業員に対し、顧客の個人情報の扱い方を周知しなければならない。',
    // (merge of round 314 into session 64: the contract's own duties, which hold its secrecy duty, made the staff's; round 309's convention)
    '第６条（作業員）\n受注者は、作業員に本約款に定める受注者の義務を守らせなければならない。',
  ])('addressed when the instruction is about the information: %s', (text) => {
    expect(statusOf('PERSONNEL-CONFIDENTIALITY', text)).not.toBe('missing');
  });
});

// held-out round 324 (English)
describe('PERSONNEL-CONFIDENTIALITY: liable for staff failures "as if it were <Party>\'s own failure / breach" (the party named, not "its")', () => {
  it.each([
    'Each person authorised to see client files signs a written confidentiality undertaking. The Processor is liable for any lapse by those persons as if it were the Processor\'s own breach.',
    'Every team member with access to donor records signs a confidentiality agreement, and any lapse by such team members is treated as though it were Harbourline\'s own failure.',
  ])('vicarious is met: %s', (text) => {
    expect(metOf(text, 'PERSONNEL-CONFIDENTIALITY', 'vicarious')).toBe(true);
  });
  it.each([
    'Each person authorised to see client files signs a confidentiality undertaking and shall treat those files as if they were the Processor\'s own confidential information.',
    'Every team member with access to donor records signs a confidentiality agreement and protects them as though they were Harbourline\'s own data.',
  ])('a standard of care "as if they were X\'s own information" is no vicarious liability (near-miss): %s', (text) => {
    expect(metOf(text, 'PERSONNEL-CONFIDENTIALITY', 'vicarious')).toBe(false);
  });
});

// held-out round 316 (Japanese)
describe('PERSONNEL-CONFIDENTIALITY: staff told not to repeat what they learn (「他言しないよう指導・周知する」)', () => {
  it.each([
    '乙は、従業員に対し、配送先で見聞きした事柄を他言しないよう指導しなければならない。',
    '受注者は、清掃作業員に、作業中に知った入居者の事情を他言しないよう周知する。',
  ])('addressed: %s', (text) => {
    expect(statusOf('PERSONNEL-CONFIDENTIALITY', text)).not.toBe('missing');
  });
  it('「他言語」 (another language) is no secrecy duty (near-miss)', () => {
    expect(statusOf('PERSONNEL-CONFIDENTIALITY', '受注者は、窓口担当者に対し、他言語での案内方法を指導する。')).toBe('missing');
  });
});

// held-out round 317 (Japanese)
describe('PERSONNEL-CONFIDENTIALITY: couriers who collect or deliver at people\'s homes (配達員, 配送員, 集配員, 集荷員) are the personnel told to keep what they learn there secret', () => {
  it.each([
    '運送事業者は、集配員に対し、訪問先で知った依頼者の家族構成を他に漏らさないよう周知する。',
    '乙は、配送員に、届け先の氏名及び住所を第三者に漏えいしないことを徹底させる。',
  ])('addressed: %s', (text) => {
    expect(statusOf('PERSONNEL-CONFIDENTIALITY', text)).not.toBe('missing');
  });
  it.each([
    '乙は、配達員に対し、荷物を丁寧に取り扱うよう指導する。',
    '甲は、集荷員の到着予定時刻を依頼者に知らせる。',
  ])('handling parcels with care, or telling a client when the courier comes, stays missing (near-miss): %s', (text) => {
    expect(statusOf('PERSONNEL-CONFIDENTIALITY', text)).toBe('missing');
  });
});
