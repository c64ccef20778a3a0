/**
 * EXIT-TRANSITION-SUPPORT: phrasing families the blind held-out rounds found missing or
 * misread. Every case is new wording, not the held-out sentence; the round that found each group is noted above it.
 */
import { describe, expect, it } from 'vitest';
import { requirementOf, statusOf, metOf } from '../test-result.ts';

// held-out round 218 (Japanese)
describe('returning materials received from any outsourcer party (病院・組合 etc.) is no exit support', () => {
  it('「健保組合から引き渡された受診票等を…返還」 does not address EXIT-TRANSITION-SUPPORT', () => {
    const text = '受託者は、本契約の終了後、健保組合から引き渡された受診票等を直ちに健保組合に返還しなければならない。';
    expect(requirementOf(text, 'EXIT-TRANSITION-SUPPORT').status).toBe('missing');
  });
  it('「当院より引き渡された診療録の写しを…返却」 neither', () => {
    const text = '受託者は、本契約が終了したときは、当院より引き渡された診療録の写しを速やかに当院へ返却するものとする。';
    expect(requirementOf(text, 'EXIT-TRANSITION-SUPPORT').status).toBe('missing');
  });
  it('a handover to the successor still does', () => {
    const text = '受託者は、契約期間が満了したときは、後継事業者に運用手順書及び設定情報を引き渡し、引継ぎに協力しなければならない。';
    expect(requirementOf(text, 'EXIT-TRANSITION-SUPPORT').status).not.toBe('missing');
  });
});

// held-out round 222 (Japanese)
describe('Japanese held-out round 222 (地方・小規模な発注者): phrasing families', () => {
  it.each([
    // data output at the end in a format the outsourcer names (「甲が指定する形式で」)
    ['EXIT-TRANSITION-SUPPORT', '契約満了時には、委託者が指定する形式で全ての記録データを出力し、提供すること。'],
  ])('%s is addressed: %s', (id, text) => {
    expect(statusOf(id, text)).not.toBe('missing');
  });
});

// held-out round 226 (Japanese)
describe('a handover between development phases (「総合テスト工程への引継ぎ」) is no exit handover', () => {
  it('does not address EXIT-TRANSITION-SUPPORT', () => {
    const text = '３　受注者は、単体テスト完了時に、総合テスト工程への引継ぎ資料を作成し、発注者に提出する。';
    expect(requirementOf(text, 'EXIT-TRANSITION-SUPPORT').status).toBe('missing');
  });
  it('a handover to a successor at the end still does', () => {
    const text = '３　受注者は、契約終了時に、後継事業者への引継ぎ資料を作成し、発注者に提出する。';
    expect(requirementOf(text, 'EXIT-TRANSITION-SUPPORT').status).not.toBe('missing');
  });
});

// held-out round 226
describe('exit: "incoming contractor" is a successor; "configuration documentation" handed over on termination', () => {
  it('cooperation with an incoming contractor at expiry addresses EXIT-TRANSITION-SUPPORT', () => {
    const text = 'At the end of the Term the Supplier shall work with the Bank and any incoming contractor so that the changeover of the hosted estate is orderly.';
    expect(requirementOf(text, 'EXIT-TRANSITION-SUPPORT').status).not.toBe('missing');
  });
  it('handing over configuration documentation on termination addresses it', () => {
    const text = 'Upon termination the Contractor will deliver to the Agency the up-to-date configuration records for the firewalls and switches.';
    expect(requirementOf(text, 'EXIT-TRANSITION-SUPPORT').status).not.toBe('missing');
  });
  it('migrating workloads into the provider\'s own facility is onboarding, not exit', () => {
    const text = 'The lease of the Client\'s Leeds computer room ends in March 2028; the project will migrate the estate to the Supplier\'s hosting facility in Newport and retire the Leeds room.';
    expect(requirementOf(text, 'EXIT-TRANSITION-SUPPORT').status).toBe('missing');
  });
});

// held-out round 227
describe('a post-cancellation export window is exit support', () => {
  it('"following cancellation ... may download your records" addresses EXIT-TRANSITION-SUPPORT', () => {
    const text = 'Following cancellation the Customer may download the Customer content as a ZIP archive for 14 days.';
    expect(requirementOf(text, 'EXIT-TRANSITION-SUPPORT').status).not.toBe('missing');
  });
  it('"remain accessible for retrieval" at the end of the initial term addresses it', () => {
    const text = 'At the end of the initial term your archived mailboxes remain accessible for 60 days for retrieval.';
    expect(requirementOf(text, 'EXIT-TRANSITION-SUPPORT').status).not.toBe('missing');
  });
});

// held-out round 228
describe('post-termination deletion with users who "continue" on their own accounts is not exit support', () => {
  it('does not address EXIT-TRANSITION-SUPPORT', () => {
    const text = 'After the subscription ends, the Vendor will erase patient data under its retention policy, unless an individual user continues to use the app with a personal login.';
    expect(requirementOf(text, 'EXIT-TRANSITION-SUPPORT').status).toBe('missing');
  });
  it('continuing the service for a stated period after termination still does', () => {
    const text = 'Following termination, the Vendor shall continue to provide the Services for up to three months so that the Customer can move to a replacement supplier.';
    expect(requirementOf(text, 'EXIT-TRANSITION-SUPPORT').status).not.toBe('missing');
  });
});

// held-out round 230
describe('a defined term that only points to an absent exit schedule commits nothing', () => {
  it('a bare definition of the transition period does not address EXIT-TRANSITION-SUPPORT', () => {
    const text = '"Transition Period" means the period set out in Schedule 12 (Transition Out).';
    expect(requirementOf(text, 'EXIT-TRANSITION-SUPPORT').status).toBe('missing');
  });
  it('an operative exit duty still does', () => {
    const text = 'During the Transition Period the Supplier shall continue to provide the Services and help the Customer move them to a successor supplier.';
    expect(requirementOf(text, 'EXIT-TRANSITION-SUPPORT').status).not.toBe('missing');
  });
});

// held-out round 233
describe('an export window "following which the vendor shall erase" and "exit arrangements" address EXIT-TRANSITION-SUPPORT', () => {
  it('an export window ended by deletion', () => {
    const text = 'Following termination the Client can export all data from the portal for sixty days, following which the Vendor shall erase the account.';
    expect(requirementOf(text, 'EXIT-TRANSITION-SUPPORT').status).not.toBe('missing');
  });
  it('exit arrangements to be agreed', () => {
    const text = 'The parties will agree the exit arrangements for the hosted platform before the first renewal date.';
    expect(requirementOf(text, 'EXIT-TRANSITION-SUPPORT').status).not.toBe('missing');
  });
});

// held-out round 234
describe('"transition the services to" a successor is exit support', () => {
  it('addresses EXIT-TRANSITION-SUPPORT', () => {
    const text = 'Bidders should explain how they would transition the managed services to the Fund or its nominated operator when the agreement expires.';
    expect(requirementOf(text, 'EXIT-TRANSITION-SUPPORT').status).not.toBe('missing');
  });
});

// held-out round 238
describe('end-of-contract hand-over of configuration files and a post-termination export window are exit support', () => {
  it('configuration files handed over on expiry address EXIT-TRANSITION-SUPPORT', () => {
    const text = 'Upon termination the Integrator shall deliver to the Client the configuration files for every panel and the latest software backup.';
    expect(requirementOf(text, 'EXIT-TRANSITION-SUPPORT').status).not.toBe('missing');
  });
  it('"may extract … for 60 days after expiry" addresses EXIT-TRANSITION-SUPPORT', () => {
    const text = 'For 60 days after expiry the Client may extract the stored site data and drawings.';
    expect(requirementOf(text, 'EXIT-TRANSITION-SUPPORT').status).not.toBe('missing');
  });
});

// held-out round 238
describe('a personnel NDA that "continues to bind" after the contract is survival, not exit and not the confidentiality clause', () => {
  const text = 'Each engineer shall sign the Owner\'s confidentiality declaration before site access, which continues to bind the engineer after the contract ends.';
  it('does not address EXIT-TRANSITION-SUPPORT', () => {
    expect(requirementOf(text, 'EXIT-TRANSITION-SUPPORT').status).toBe('missing');
  });
  it('does not address CONFIDENTIALITY', () => {
    expect(requirementOf(text, 'CONFIDENTIALITY').status).toBe('missing');
  });
  it('still addresses PERSONNEL-CONFIDENTIALITY', () => {
    expect(requirementOf(text, 'PERSONNEL-CONFIDENTIALITY').status).not.toBe('missing');
  });
});

// held-out round 245
describe('export at the end of the "period of performance", then deletion, is exit support', () => {
  it('addresses EXIT-TRANSITION-SUPPORT', () => {
    const text = 'Within sixty days after the end of the performance period the Vendor shall make all case files available for download in PDF and XML, and thereafter destroy them.';
    expect(requirementOf(text, 'EXIT-TRANSITION-SUPPORT').status).not.toBe('missing');
  });
});

// held-out round 244
describe('a wind-down plan prepared early is an exit plan', () => {
  it('meets exit-plan', () => {
    const text = '12.1 The Fintech Partner shall prepare a wind down plan within sixty (60) days after the Commencement Date, setting out how customer accounts will move to the Sponsor Bank or a successor partner, and shall keep it current.';
    expect(metOf(text, 'EXIT-TRANSITION-SUPPORT', 'exit-plan')).toBe(true);
  });
});

// held-out round 239 (Japanese)
describe('help moving the data to another vendor\'s system, with the data noun between 「への」 and 「移行」 (「他社システムへのデータ移行を支援」)', () => {
  it.each([
    '提供者は、利用者から依頼があるときは、別途費用にて他社の電子カルテへの診療データの移行に協力いたします。',
    '乙は、甲の求めに応じ、他のシステムへの保存情報の移管を支援する。',
    '弊社は、他社サービスへの患者記録の乗り換えについて、必要な説明を行います。',
  ])('addresses EXIT-TRANSITION-SUPPORT: %s', (text) => {
    expect(statusOf('EXIT-TRANSITION-SUPPORT', text)).not.toBe('missing');
  });
  it('a customer\'s own download before the end, with no help from the provider, stays unaddressed', () => {
    expect(statusOf('EXIT-TRANSITION-SUPPORT', '会員は、退会日の前日までに、自らの操作により保存データをダウンロードすることができます。')).toBe('missing');
  });
  it('moving data into the new cloud platform (inbound migration) is not exit support', () => {
    expect(statusOf('EXIT-TRANSITION-SUPPORT', '受注者は、現行システムから本サービスへのデータ移行を支援する。')).toBe('missing');
  });
});

// held-out round 243 (Japanese)
describe('service "as usual" (「通常どおり」「従前どおり」) during a stated transition period continues the service', () => {
  it.each([
    '契約終了日前の２か月間を移行期間とし、受託者はその間も通常通り本サービスを提供する。',
    '契約満了前の３か月間を移行期間とし、乙はこの間も従前どおり本サービスを運用する。',
  ])('meets transition-period: %s', (text) => {
    expect(metOf(text, 'EXIT-TRANSITION-SUPPORT', 'transition-period')).toBe(true);
  });
  it('resuming service as usual after planned maintenance is no transition period', () => {
    const text = '計画停止の終了後は、受託者は通常どおりサービスを再開する。';
    expect(metOf(text, 'EXIT-TRANSITION-SUPPORT', 'transition-period')).toBe(false);
  });
});

// held-out round 253 (WMS hosting and offshore support desk)
describe('"when the SOW ends" is the end of the engagement', () => {
  it('runbooks given over and support for a period when the SOW ends address exit', () => {
    const text = 'When the SOW ends, the Contractor shall give its runbooks to the Customer and support the Customer for 30 days.';
    expect(statusOf('EXIT-TRANSITION-SUPPORT', text)).not.toBe('missing');
  });
  it('a final invoice when the SOW ends does not', () => {
    expect(statusOf('EXIT-TRANSITION-SUPPORT', 'When the SOW ends, the Contractor shall send its final invoice within 30 days.')).toBe('missing');
  });
});

// held-out round 255
describe('moving an ongoing study / operation to another provider, written as a noun ("the transfer of ... to another ... provider")', () => {
  it.each([
    'Tenderers shall explain how they would manage the migration of a live programme to another payroll provider, including the records they would hand back.',
    'The Contractor shall support the move of the claims operation to a replacement vendor named by the Fund.',
  ])('addresses EXIT-TRANSITION-SUPPORT: %s', (text) => {
    expect(statusOf('EXIT-TRANSITION-SUPPORT', text)).not.toBe('missing');
  });
  it('transferring personal data to another processor, or upgrading to a new system version, is not exit support', () => {
    expect(statusOf('EXIT-TRANSITION-SUPPORT', 'The Processor shall not transfer the personal data of claimants to another processor without written consent.')).toBe('missing');
    expect(statusOf('EXIT-TRANSITION-SUPPORT', 'The Supplier may migrate the platform to a new system version during planned maintenance.')).toBe('missing');
  });
});

// held-out round 248 (Japanese)
describe('a plan "to hand the work over" (引き継ぐための計画) or one made "for a change of vendor or insourcing" is an exit plan', () => {
  it('"締結後６か月以内に…後継の事業者へ引き継ぐための計画を作成する" meets exit-plan', () => {
    expect(metOf('受託者は、契約締結後６か月以内に、本業務を後継の事業者へ円滑に引き継ぐための計画を作成し、委託者に提出する。', 'EXIT-TRANSITION-SUPPORT', 'exit-plan')).toBe(true);
  });
  it('"運用事業者の交代に備えた移行計画" addresses EXIT-TRANSITION-SUPPORT', () => {
    expect(statusOf('EXIT-TRANSITION-SUPPORT', '主管課は、運用事業者の交代に備えた移行計画を作成し、毎年度見直すものとする。')).not.toBe('missing');
  });
  it('a plan to migrate data from the old system to the new one is no exit plan', () => {
    expect(metOf('受託者は、旧システムから新システムへデータを移行するための計画を作成する。', 'EXIT-TRANSITION-SUPPORT', 'exit-plan')).toBe(false);
  });
});

// held-out round 252 (Japanese)
describe('"移行支援" for the onboarding migration (移行ツール, 移行リハーサル, 本番移行, migration to the new centre) is not exit support', () => {
  it.each([
    '協力会社には、移行支援として移行プログラムの作成と本番移行当日の照合作業を依頼する。',
    '受注者は、共同利用センターへのデータ移行にあたり、移行支援要員を３名配置する。',
  ])('not addressed: %s', (text) => {
    expect(statusOf('EXIT-TRANSITION-SUPPORT', text)).toBe('missing');
  });
  it('transition support for the successor when the contract ends still is', () => {
    expect(statusOf('EXIT-TRANSITION-SUPPORT', '受注者は、契約が終了するときは、後継事業者への移行支援として、データ及び運用手順書を引き渡す。')).not.toBe('missing');
  });
});

// held-out round 258 (Japanese)
describe('service "at the same level / on the same terms as now" (現在と同等の品質で・現行と同一の条件で…提供) during a stated transition period is continuation', () => {
  it('"契約満了日から最長２か月の移行期間中、現在と同等の品質で…提供する" meets transition-period', () => {
    expect(metOf('受託者は、契約満了日から最長２か月の移行期間中、現在と同等の品質で本サービスを提供する。', 'EXIT-TRANSITION-SUPPORT', 'transition-period')).toBe(true);
  });
  it('a transition period with only data-extraction help, no continued service, does not', () => {
    expect(metOf('受注者は、契約満了日から最長２か月の移行期間中、データの抽出に協力する。', 'EXIT-TRANSITION-SUPPORT', 'transition-period')).toBe(false);
  });
  it('the same service level after an equipment refresh is no exit clause', () => {
    expect(statusOf('EXIT-TRANSITION-SUPPORT', '受注者は、機器更改の後も現行と同等の水準でサービスを提供する。')).toBe('missing');
  });
});

// held-out round 265 (English)
describe('handing the service or operation back ("hand the service back", "hand-back of the operation") is exit support', () => {
  it.each([
    'Respondents shall explain how they would hand the payroll service back to the Trust or to a new provider when the contract ends.',
    'On expiry the Contractor will carry out the hand-back of the helpdesk operation under a plan agreed with the Council.',
  ])('addresses EXIT-TRANSITION-SUPPORT: %s', (text) => {
    expect(statusOf('EXIT-TRANSITION-SUPPORT', text)).not.toBe('missing');
  });
  it('handing back keys and building passes is no exit support', () => {
    expect(statusOf('EXIT-TRANSITION-SUPPORT', 'Visiting engineers shall hand back their badges and keys at reception each evening.')).toBe('missing');
  });
});

// held-out round 259 (Japanese)
describe('held-out round 259: the current service continued through a dated transition period', () => {
  it('「…から翌年…までの移行期間内に、現行のサービスを…引き続き提供」 meets transition-period', () => {
    expect(metOf('第15条　乙は、令和10年12月1日から翌年2月28日までの移行期間内に、現行のサービスを本契約と同じ水準で引き続き提供しなければならない。', 'EXIT-TRANSITION-SUPPORT', 'transition-period')).toBe(true);
  });
  it('a migration period that only names the current system, with nothing continued, is no exit clause', () => {
    expect(statusOf('EXIT-TRANSITION-SUPPORT', '第15条　乙は、移行期間中、現行システムの利用者への影響を最小限にするよう配慮する。')).toBe('missing');
  });
  it("the incoming vendor's training continued during the migration is no exit clause", () => {
    expect(statusOf('EXIT-TRANSITION-SUPPORT', '第15条　乙は、移行期間中、新システムの操作研修を継続して実施する。')).toBe('missing');
  });
});

// held-out round 269 (English)
describe('"exit services" / "exit support" named as a duty at the end of the contract', () => {
  it('a duty to give the exit support described in an annex addresses the requirement', () => {
    expect(statusOf('EXIT-TRANSITION-SUPPORT', 'When this Contract ends for any reason, the Vendor shall deliver the exit support described in Annex 7.')).not.toBe('missing');
  });
  it('an emergency exit in the hosting facility does not', () => {
    expect(statusOf('EXIT-TRANSITION-SUPPORT', 'The Vendor shall keep the emergency exit routes of the hosting facility clear and signposted.')).toBe('missing');
  });
});

// held-out round 280 (English)
describe('a duty to follow the exit schedule, named by its title', () => {
  it('"comply with the Exit Management Schedule" addresses the requirement', () => {
    expect(statusOf('EXIT-TRANSITION-SUPPORT', '21.4 On expiry or termination the Operator shall perform its obligations under the Exit Management Schedule.')).not.toBe('missing');
  });
  it('a departure schedule for flights is no exit clause', () => {
    expect(statusOf('EXIT-TRANSITION-SUPPORT', 'The Operator shall display the daily departure schedule on every gate screen.')).toBe('missing');
  });
});

// held-out round 279 (English): a handover inside the work (a shift's, a project phase's, a note to the client's
// team, go-live into operations) is no exit; a handover to a successor at the end still is
describe('EXIT-TRANSITION-SUPPORT: a handover within the work is no exit', () => {
  it.each([
    'D5. Handover notes for the Council\'s payroll team explaining each interface mapping.',
    'The Supplier shall hold a shift handover meeting at 07:00 and 19:00 every day.',
    'After acceptance, the Contractor shall complete the handover to operations within ten working days.',
  ])('%s does not address exit', (text) => {
    expect(statusOf('EXIT-TRANSITION-SUPPORT', text)).toBe('missing');
  });
  it('a handover to a replacement supplier on termination does', () => {
    const text = 'On termination the Contractor shall complete the handover of the services to any replacement supplier within ten working days.';
    expect(statusOf('EXIT-TRANSITION-SUPPORT', text)).not.toBe('missing');
  });
});

// held-out round 281 (English)
describe('a hand-over of physical items in a delivery chain is no exit handover', () => {
  it('a handover of the service to the incoming provider still addresses the requirement', () => {
    expect(statusOf('EXIT-TRANSITION-SUPPORT', 'At the end of the term the Operator shall carry out an orderly hand-over to the incoming provider.')).not.toBe('missing');
  });
  it('"every hand-over is logged" in a parcel delivery procedure does not', () => {
    expect(statusOf('EXIT-TRANSITION-SUPPORT', 'Every hand-over is logged in the tracking system together with the signature of the recipient.')).toBe('missing');
  });
  it('"hand over the parcels" to reception staff does not', () => {
    expect(statusOf('EXIT-TRANSITION-SUPPORT', 'Riders shall hand over the parcels to named reception staff at the laboratory.')).toBe('missing');
  });
});

// held-out round 282 (English)
// a delivery at the end of each sprint, iteration or release (and its "Handover" heading over it) is no exit; the end
// of the contract still is
describe('EXIT-TRANSITION-SUPPORT: an iteration-end delivery is no exit', () => {
  it.each([
    'On completion of every iteration the Developer will hand over the build artefacts and test scripts to the Client.',
    '4 HANDOVER\n\n4.1 By the end of each release the Vendor shall hand over the updated runbooks to the Customer\'s repository.',
  ])('%s does not address exit', (text) => {
    expect(statusOf('EXIT-TRANSITION-SUPPORT', text)).toBe('missing');
  });
  it('a hand-over of runbooks to a successor at the end of the contract does', () => {
    const text = 'At the end of the contract the Vendor shall hand over the runbooks and configurations to the Customer or its successor.';
    expect(statusOf('EXIT-TRANSITION-SUPPORT', text)).not.toBe('missing');
  });
});

// session 54 (English): a schedule's title alone on its line, as a PDF's text layer gives it, heads its schedule
describe('a plain-text schedule title ("Schedule 4 - Exit Management") heads its schedule; a list of schedules does not', () => {
  it('the assistance under a plain-text exit schedule title addresses exit support', () => {
    const text = 'SERVICES AGREEMENT\n\n1. The Supplier shall provide the services.\n\nSchedule 4 - Exit Management\nWhen the agreement ends the Supplier shall give the help the Customer reasonably asks for, for up to three months.\n';
    expect(statusOf('EXIT-TRANSITION-SUPPORT', text)).not.toBe('missing');
  });
  it('the same title in a list of schedules, one per line, addresses nothing', () => {
    const text = 'SERVICES AGREEMENT\n\nThis agreement is made up of:\nSchedule 1 - Services\nSchedule 4 - Exit Management\nSchedule 5 - Charges\n\n1. The Supplier shall provide the services.\n';
    expect(statusOf('EXIT-TRANSITION-SUPPORT', text)).toBe('missing');
  });
  it('two schedule lines one under the other are a list though no line introduces them', () => {
    const text = 'SERVICES AGREEMENT\n\nAnnex A - Exit Management\nAnnex B - Charges\n\n1. The Supplier shall provide the services.\n';
    expect(statusOf('EXIT-TRANSITION-SUPPORT', text)).toBe('missing');
  });
});

// held-out round 275 (Japanese)
// a duty to prepare for the end of an outsourcing or contract (「契約の終了に備えた…」「委託の解約に備え…」) addresses
// exit; the end of a single task or a backup taken "in case of failure" does not
describe('EXIT-TRANSITION-SUPPORT: preparing for the end of the outsourcing', () => {
  it.each([
    '４　主管部は、重要な外部委託について、契約の終了に備えた措置をあらかじめ定めておくものとする。',
    '委託元は、業務の解約に備え、代替となる委託先の候補を把握しておく。',
  ])('%s addresses exit', (text) => {
    expect(statusOf('EXIT-TRANSITION-SUPPORT', text)).not.toBe('missing');
  });
  it('preparing for a system failure does not', () => {
    expect(statusOf('EXIT-TRANSITION-SUPPORT', '受託者は、障害の発生に備え、毎日データのバックアップを取得する。')).toBe('missing');
  });
  it('the end of a maintenance task does not', () => {
    expect(statusOf('EXIT-TRANSITION-SUPPORT', '作業者は、保守作業の終了時に、作業記録を作成して責任者に提出する。')).toBe('missing');
  });
});

// held-out round 287 (English)
describe('EXIT-TRANSITION-SUPPORT: under a run-in "Exit." caption, the service continuing for a stated period while the customer moves', () => {
  it('"**Exit.** … we will continue to provide the service for up to four months" addresses exit', () => {
    expect(statusOf('EXIT-TRANSITION-SUPPORT', '**Exit.** If the Customer chooses another vendor, we will continue to provide the service for up to four months.')).not.toBe('missing');
  });
  it.each([
    'The emergency exit lighting must continue to work for up to three hours during a power cut.',
    'Support services continue for up to 12 months after each renewal.',
  ])('does not address exit: %s', (text) => {
    expect(statusOf('EXIT-TRANSITION-SUPPORT', text)).toBe('missing');
  });
});

// held-out round 288 (English)
describe('"delete or hand over the data" at the end is return/deletion, not exit', () => {
  it('hand over or destroy every record on expiry is not EXIT-TRANSITION-SUPPORT', () => {
    expect(statusOf('EXIT-TRANSITION-SUPPORT', 'When this contract ends the Vendor shall, as the Council directs, hand over or destroy every record it holds for the Council.')).toBe('missing');
  });
  it('erase and/or hand over the files at expiry is not exit support either', () => {
    expect(statusOf('EXIT-TRANSITION-SUPPORT', 'Upon expiry the Processor will erase and/or hand over the Customer files as instructed.')).toBe('missing');
  });
  it('handing the service over to a successor is still exit support', () => {
    expect(statusOf('EXIT-TRANSITION-SUPPORT', 'On termination the Supplier shall hand over the service to the successor supplier and assist with the transition for three months.')).not.toBe('missing');
  });
});

// held-out round 291 (English)
describe('EXIT-TRANSITION-SUPPORT: a bare pointer to the exit schedule does not address it', () => {
  it('"fees are in Annex A and exit arrangements in Annex F" is no exit clause', () => {
    expect(statusOf('EXIT-TRANSITION-SUPPORT', '3.4 Fees are set out in Annex A and exit arrangements in Annex F.')).toBe('missing');
  });
  it('a duty to give exit assistance for a stated period still does', () => {
    expect(statusOf('EXIT-TRANSITION-SUPPORT', 'The Vendor shall provide exit assistance to any successor supplier for four months after expiry, as described in Annex F.')).not.toBe('missing');
  });
});

// held-out round 282 (Japanese)
describe('EXIT-TRANSITION-SUPPORT: handing an enquiry on to a second-line desk (二次窓口へ引き継ぐ) is no exit handover', () => {
  it.each([
    '受託者は、利用者からの照会のうち一次受付で解決できないものを、委託者の専門チームに引き継ぐものとする。',
    '乙は、受け付けた障害申告を二次サポート窓口へ引き継ぎ、その結果を申告者に連絡する。',
  ])('a routine escalation does not address exit: %s', (text) => {
    expect(statusOf('EXIT-TRANSITION-SUPPORT', text)).toBe('missing');
  });
  it('handing the work over to the next contractor at the end of the contract still does', () => {
    expect(statusOf('EXIT-TRANSITION-SUPPORT', '乙は、本契約の満了に際し、次期受託者に対し、問合せ窓口の運用手順及び未完了案件の一覧を引き継ぐものとする。')).not.toBe('missing');
  });
});

// held-out round 289 (Japanese)
describe('EXIT-TRANSITION-SUPPORT: passing a call or case on to a branch, site or sales contact (「担当営業への引継ぎ」「各店舗へ引き継ぐ」) is operational, not an exit handover', () => {
  it.each([
    '② 夜間の来館予約を受け付け、翌朝までに担当営業への引継ぎを行う。',
    '受注者は、受け付けた苦情を当日中に各店舗へ引き継ぐこと。',
  ])('not addressed: %s', (text) => {
    expect(statusOf('EXIT-TRANSITION-SUPPORT', text)).toBe('missing');
  });
  it('handing the work over to a successor at contract end still is exit support', () => {
    expect(statusOf('EXIT-TRANSITION-SUPPORT', '受注者は、契約期間の満了に際し、後継の事業者へ業務を引き継ぐこと。')).not.toBe('missing');
  });
});

// held-out round 299 (English)
describe('EXIT-TRANSITION-SUPPORT: data handed over at the end in an open format for a replacement / successor system', () => {
  it('addresses EXIT-TRANSITION-SUPPORT', () => {
    expect(statusOf('EXIT-TRANSITION-SUPPORT', 'On expiry the Supplier will provide the Customer\'s booking data in JSON format for loading into a replacement system.')).not.toBe('missing');
  });
  it('a routine data feed in an open format (no end of contract) is not exit support', () => {
    expect(statusOf('EXIT-TRANSITION-SUPPORT', 'Each month the Vendor will send booking data in CSV format to the Customer\'s replacement finance system.')).toBe('missing');
  });
});

// held-out round 291 (Japanese)
describe('EXIT-TRANSITION-SUPPORT: a data-inventory table whose column is where the data was collected (「取得経路」「取得元」) and whose retention runs from the end of the contract is no exit clause', () => {
  it.each([
    '### 保有データ一覧\n| 区分 | 項目 | 取得経路 | 保存期間 |\n|---|---|---|---|\n| 会員 | 氏名、電話番号 | 入会申込書 | 契約終了後2年 |',
    '### 保有データ一覧\n| データ | 取得元 | 保管期間 |\n|---|---|---|\n| 入出庫記録 | ゲート装置 | 委託期間の満了後1年 |',
  ])('not addressed: %s', (text) => {
    expect(statusOf('EXIT-TRANSITION-SUPPORT', text)).toBe('missing');
  });
  it('the customer retrieving its data for 60 days after the contract ends still is', () => {
    expect(statusOf('EXIT-TRANSITION-SUPPORT', '委託者は、契約終了後60日間、管理画面から全ての登録データを取得することができる。')).not.toBe('missing');
  });
});

// held-out round 303 (English)
describe('EXIT-TRANSITION-SUPPORT: handing over to the supplier\'s own service desk at the end of hypercare is go-live, not exit', () => {
  it.each([
    'At the close of hypercare the Integrator will hand over to its support desk, with a runbook, the configuration record and the open-issue log.',
    'On completion of early life support the Supplier shall hand over to its service desk and provide the operations manual.',
  ])('does not address EXIT-TRANSITION-SUPPORT: %s', (text) => {
    expect(statusOf('EXIT-TRANSITION-SUPPORT', text)).toBe('missing');
  });
  it('handing over to a replacement provider at the end of the Agreement still does', () => {
    expect(statusOf('EXIT-TRANSITION-SUPPORT', 'When this Agreement ends the Supplier shall hand over the runbook, configuration records and data to the Customer or a replacement provider.')).not.toBe('missing');
  });
});

// held-out round 299 (Japanese)
describe('EXIT-TRANSITION-SUPPORT: a move "to another <kind of> provider" with a modifier before 事業者 / サービス (「他の決済代行事業者へトークンの移管」)', () => {
  it.each([
    '利用者が他の予約管理サービスへ会員台帳の移行を求めたときは、当社はこれに協力する。',
    '契約者が他の給与計算事業者に従業員マスタの移管を希望する場合、当社は有償でこれを支援する。',
  ])('addressed: %s', (text) => {
    expect(statusOf('EXIT-TRANSITION-SUPPORT', text)).not.toBe('missing');
  });
  it.each([
    '乙は、繁忙期には他の運送事業者に集配業務を再委託することができる。',
    '乙は、設定を変更するときは、他の監視システムへの影響を確認する。',
  ])('another provider without a move of data or service is no exit (near-miss): %s', (text) => {
    expect(statusOf('EXIT-TRANSITION-SUPPORT', text)).toBe('missing');
  });
});

// session 60 probe sweep (English: US school-district data agreements)
describe('EXIT-TRANSITION-SUPPORT: data "transferred to the customer in a … format" at the end', () => {
  it.each([
    'Upon expiry, the Contractor will transfer all pupil records to the School in an open, machine-readable format.',
    'At the end of the subscription we transfer your content back to you in its native file formats.',
  ])('addressed: %s', (text) => {
    expect(statusOf('EXIT-TRANSITION-SUPPORT', text)).not.toBe('missing');
  });
  it('a transfer to an affiliate in an encrypted format is no exit support', () => {
    expect(statusOf('EXIT-TRANSITION-SUPPORT', 'The Contractor will transfer the records to its affiliate in encrypted format.')).toBe('missing');
  });
});

// held-out round 311 (English)
describe('EXIT-TRANSITION-SUPPORT: "transitional arrangements" left to discussion under a termination heading', () => {
  it.each([
    '## 9. Termination\n\n9.2 Either party may end this Agreement on three months notice.\n\n9.3 The parties will then discuss any transitional arrangements in good faith.',
    '## 20. Termination and Expiry\n\n20.6 Any transitional arrangements shall be settled between the parties at that time.',
  ])('addressed: %s', (text) => {
    expect(statusOf('EXIT-TRANSITION-SUPPORT', text)).not.toBe('missing');
  });
  it.each([
    '## 4. Charges\n\n4.2 The parties will agree transitional arrangements for the new tariff in good faith.',
    '## 9. Termination\n\n9.2 Either party may end this Agreement on three months notice.\n\n9.3 The Customer shall agree parking arrangements with the site manager.',
  ])('no exit subject (near-miss): %s', (text) => {
    expect(statusOf('EXIT-TRANSITION-SUPPORT', text)).toBe('missing');
  });
});

// held-out round 301 (Japanese)
describe('EXIT-TRANSITION-SUPPORT: 「委託者の指定する事業者」 is the successor a handover goes to', () => {
  it.each([
    '移管に当たり、受託者は、監視設定と手順書を本市の指定する事業者に引き渡す。',
    '受託者は、委託者の指定する事業者に対し、運用手順書及び設定情報を引き渡す。',
  ])('addressed: %s', (text) => {
    expect(statusOf('EXIT-TRANSITION-SUPPORT', text)).not.toBe('missing');
  });
  it('an audit by a firm the customer names is no transition (near-miss)', () => {
    expect(statusOf('EXIT-TRANSITION-SUPPORT', '受託者は、委託者が指定する事業者による監査を受け入れる。')).toBe('missing');
  });
});

// held-out round 306 (Japanese)
describe('EXIT-TRANSITION-SUPPORT: passing a complaint or request to a named department of a party (「当社の教務部に引き継ぐ」) is operational, not an exit handover', () => {
  it.each([
    '受託者は、受け付けた退塾の申出を翌営業日までに委託者の教務課へ引き継ぐ。',
    '乙は、保護者からの苦情を当日中に甲の校舎運営室に引き継ぐものとする。',
  ])('missing: %s', (text) => {
    expect(statusOf('EXIT-TRANSITION-SUPPORT', text)).toBe('missing');
  });
  it('handing the whole service to a department of the buyer at the end of the contract is still an exit handover (near-miss)', () => {
    expect(statusOf('EXIT-TRANSITION-SUPPORT', '受託者は、契約の終了に際し、本業務を委託者の情報システム課に引き継ぐものとする。')).not.toBe('missing');
  });
});

// held-out round 308 (Japanese)
describe('EXIT-TRANSITION-SUPPORT: an exit plan due 「業務開始から20営業日以内に」 with a long list of contents before 「移行計画書」', () => {
  it.each([
    '第20条（契約終了時の引継ぎ）\n受託者は、契約締結から30日以内に、切替日、データ移行の範囲、切戻し手順その他の事項を記載した移行計画を作成し、委託者の承認を得る。',
    '第20条（契約終了時の引継ぎ）\n受託者は、業務開始から20営業日以内に、対象データ、手順、役割分担及びリスク対策を記載した移行計画書を作成し、委託者の承認を受ける。',
  ])('exit-plan met: %s', (text) => {
    expect(metOf(text, 'EXIT-TRANSITION-SUPPORT', 'exit-plan')).toBe(true);
  });
  it('a work plan due by the same deadline is no exit plan (near-miss)', () => {
    const text = '第20条（契約終了時の引継ぎ）\n受託者は、業務開始から20営業日以内に、作業体制及び日程を記載した作業計画書を提出する。';
    expect(metOf(text, 'EXIT-TRANSITION-SUPPORT', 'exit-plan')).toBe(false);
  });
});

// held-out round 320 (English)
describe('EXIT-TRANSITION-SUPPORT: the doorstep handover of a delivery ("point of handover", "handover at the door", "handover to the patient") is no exit', () => {
  it.each([
    'The driver shall photograph the sealed bag at the point of handover.',
    'Handover at the doorstep is recorded in the app with the recipient\'s name.',
    'Handover to the patient must be witnessed where the item is a controlled drug.',
  ])('missing: %s', (text) => {
    expect(statusOf('EXIT-TRANSITION-SUPPORT', text)).toBe('missing');
  });
  it.each([
    // a handover of the service at the end still is (near-miss)
    'At the end of the term the Operator shall carry out an orderly handover to the incoming provider.',
    'On expiry the Supplier shall complete the handover at the Customer\'s premises within 10 days.',
  ])('addressed: %s', (text) => {
    expect(statusOf('EXIT-TRANSITION-SUPPORT', text)).not.toBe('missing');
  });
});

// held-out round 322 (English)
describe('EXIT-TRANSITION-SUPPORT: help to migrate to "another acquirer" or "a replacement payment gateway" (the successor named by its trade in card payments)', () => {
  it.each([
    'On expiry the Bank shall assist the Merchant to move its terminals to a different acquirer.',
    'At the end of the term the Provider shall help the Merchant migrate its card terminals to a replacement payment gateway.',
  ])('addressed: %s', (text) => {
    expect(statusOf('EXIT-TRANSITION-SUPPORT', text)).not.toBe('missing');
  });
  it('routing some sales to another acquirer during the term is no exit (near-miss)', () => {
    expect(statusOf('EXIT-TRANSITION-SUPPORT', 'The Customer may route some transactions to another acquirer for cost reasons.')).toBe('missing');
  });
});

// held-out round 312 (Japanese)
describe('EXIT-TRANSITION-SUPPORT: the end of a photo shoot, visit or delivery (撮影終了時・訪問終了後・配送完了後) is the end of one task, not of the contract', () => {
  it.each([
    '撮影者は、撮影終了時に、貸し出した小道具を店舗の担当者に引き渡す。',
    '訪問員は、訪問終了後、預かった申込書を事務局に引き渡す。',
  ])('not addressed: %s', (text) => {
    expect(statusOf('EXIT-TRANSITION-SUPPORT', text)).toBe('missing');
  });
  it('handing documents to the successor when the contract ends still is (near-miss)', () => {
    expect(statusOf('EXIT-TRANSITION-SUPPORT', '受託者は、契約終了時に、運用手順書及び設定情報を後継事業者に引き渡す。')).not.toBe('missing');
  });
});

// held-out round 325 (English)
describe('EXIT-TRANSITION-SUPPORT: moving the work "to another contractor / a different maintainer / a replacement installer", even with a bare noun for the work', () => {
  it.each([
    'The parties will talk in good faith about the help the Client needs to move servicing to another contractor.',
    'If the Client decides to switch monitoring to a different maintainer, the parties shall agree separately how the Contractor will help.',
  ])('addresses EXIT-TRANSITION-SUPPORT: %s', (text) => {
    expect(statusOf('EXIT-TRANSITION-SUPPORT', text)).not.toBe('missing');
  });
  it.each([
    "The Contractor shall not pass the work to another contractor without the Customer's approval.",
    "The Contractor may move engineers to another contractor's sites when the Customer agrees.",
  ])('passing work on, or moving staff, is no exit (near-miss): %s', (text) => {
    expect(statusOf('EXIT-TRANSITION-SUPPORT', text)).toBe('missing');
  });
});

// held-out round 327 (English)
describe('EXIT-TRANSITION-SUPPORT: handing sealed mail over to a carrier or postal operator ("postal handover", "hand over … to the carrier") is logistics, not exit', () => {
  it.each([
    'The Contractor shall be responsible for printing, enclosing and mail handover for every statutory notice.',
    'The Printer will sort the letters and carry out the handover to the nominated postal operator by 16:00.',
    'Each pallet is checked before handover to the courier.',
  ])('stays missing: %s', (text) => {
    expect(statusOf('EXIT-TRANSITION-SUPPORT', text)).toBe('missing');
  });
  it('a handover of the print service to a replacement supplier on termination still addresses the requirement (near-miss)', () => {
    expect(statusOf('EXIT-TRANSITION-SUPPORT', 'On termination the Printer shall hand over all templates and artwork to the replacement supplier.')).not.toBe('missing');
  });
});
