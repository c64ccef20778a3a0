/**
 * DATA-LOCATION: phrasing families the blind held-out rounds found missing or
 * misread. Every case is new wording, not the held-out sentence; the round that found each group is noted above it.
 */
import { describe, expect, it } from 'vitest';
import { requirementOf, statusOf, testOf, metOf } from '../test-result.ts';

// held-out round 212 (Japanese)
describe('Japanese held-out round 212 (EC構築保守, ポイント運用, MA規約, 広告代理店覚書, 会員分析仕様書, 配送連携, コールセンター提案, POS保守SLA): phrasing families', () => {
  it.each([
    // the place where a server's disk is destroyed is no data-location clause
    ['DATA-LOCATION', 'リース満了で返却するサーバの記憶装置は、受注者が物理的に破壊し、証明書を提出する。'],
  ])('%s is not addressed: %s', (id, text) => {
    expect(statusOf(id, text)).toBe('missing');
  });
});

// held-out round 214 (Japanese)
describe('DATA-LOCATION: work only from terminals inside a named office (「本社内の指定端末からのみ行う」)', () => {
  it('addresses the requirement', () => {
    const text = '作業者は、委託者本店内の専用ＰＣでのみ個人データを取り扱うものとし、それ以外の機器への保存は行わない。';
    expect(requirementOf(text, 'DATA-LOCATION').status).not.toBe('missing');
  });
  it('a terminal in a room (a workstation rule, as in a staff pledge) does not', () => {
    const text = '作業者は、管理室の指定端末からのみシステムに接続すること。';
    expect(requirementOf(text, 'DATA-LOCATION').status).toBe('missing');
  });
  it('a terminal without a place does not', () => {
    const text = '作業者は、専用ＰＣでのみ作業を行うこと。';
    expect(requirementOf(text, 'DATA-LOCATION').status).toBe('missing');
  });
});

// held-out round 221 (Japanese)
describe('DATA-LOCATION: work done by remote connection from the contractor\'s office (「…拠点からのリモート接続により行う」)', () => {
  it('addresses the requirement', () => {
    const text = '３　保守作業は、受託者の運用センター（大阪市）からのリモート接続により行うものとする。';
    expect(requirementOf(text, 'DATA-LOCATION').status).not.toBe('missing');
  });
  it('a meeting held at the office does not', () => {
    const text = '３　保守作業の内容は、受託者の運用センターで開催する定例会において報告する。';
    expect(requirementOf(text, 'DATA-LOCATION').status).toBe('missing');
  });
});

// held-out round 222
describe('"is hosted in its <place> data centre" addresses DATA-LOCATION', () => {
  it('names a site', () => {
    expect(requirementOf('The vendor confirmed that the service is hosted in its Cardiff data centre, with replication to Bristol.', 'DATA-LOCATION').status).toBe('insufficient');
  });
  it('"its own data centre" names no place', () => {
    expect(requirementOf('The vendor confirmed that the service is hosted in its own data centre.', 'DATA-LOCATION').status).toBe('missing');
  });
});

// held-out round 223 (Japanese)
describe('"取り扱う区域は〜室とし" / "取り扱う端末は〜内に設置した端末に限る" name the place of processing', () => {
  it('the handling area fixed to a dedicated room addresses DATA-LOCATION', () => {
    const text = '２　委託データを保管する区域は、受託者の大阪支店５階の施錠された保管室とする。';
    expect(requirementOf(text, 'DATA-LOCATION').status).not.toBe('missing');
  });
  it('terminals limited to those installed at the office address DATA-LOCATION', () => {
    const text = '３　提供データを閲覧する端末は、利用者の研究センター内に設置した専用の端末に限るものとする。';
    expect(requirementOf(text, 'DATA-LOCATION').status).not.toBe('missing');
  });
  it('a room named for a meeting is not a place of processing', () => {
    const text = '４　定例会は、甲の本社会議室で月１回開催する。';
    expect(requirementOf(text, 'DATA-LOCATION').status).toBe('missing');
  });
});

// held-out round 223
describe('"This Annex describes the service levels for ... hosting of ... servers" is a scope sentence, not a data location', () => {
  it('does not address DATA-LOCATION', () => {
    const text = "1.1 This Annex describes the service levels for the hosting and support of the Client's warehouse servers and handheld scanners.";
    expect(requirementOf(text, 'DATA-LOCATION').status).toBe('missing');
  });
  it('a stated hosting country still does', () => {
    const text = 'Customer Data shall be hosted only on servers located in Ireland.';
    expect(requirementOf(text, 'DATA-LOCATION').status).not.toBe('missing');
  });
});

// held-out round 224 (Japanese)
describe('Japanese held-out round 224 (外資系・翻訳調): phrasing families', () => {
  it.each([
    // places given by reference to an annex list of countries (「別表２に定める国において」)
    ['DATA-LOCATION', '受託者は、委託者データを別表２に定める国においてのみ保管するものとする。'],
  ])('%s is addressed: %s', (id, text) => {
    expect(statusOf(id, text)).not.toBe('missing');
  });

  it.each([
    // 「…においてのみ取り扱う」 rules out every other place, backups and remote access included
    ['DATA-LOCATION', 'locations-listed', '受託者は、顧客情報を、日本国内及びマレーシアの受託者の拠点においてのみ取り扱うものとする。'],
  ])('%s %s is met: %s', (id, test, text) => {
    expect(testOf(id, test, text)?.met).toBe(true);
  });
});

// held-out round 227 (Japanese)
describe('Japanese held-out round 227 (現場の短い文書): phrasing families', () => {
  it.each([
    // a centre's night desk named as a phone contact is no processing location
    ['DATA-LOCATION', '障害の第一報は、運用センター当直（内線 3300）へ電話で行うこと。'],
  ])('%s is not addressed: %s', (id, text) => {
    expect(statusOf(id, text)).toBe('missing');
  });
});

// held-out round 227
describe('"replicated / mirrored to" a place in a named country is a storage location', () => {
  it('addresses DATA-LOCATION', () => {
    const text = 'Customer data is replicated to a standby site in Germany every hour.';
    expect(requirementOf(text, 'DATA-LOCATION').status).not.toBe('missing');
  });
  it('copying to a test environment names no place', () => {
    const text = 'Changes are copied to the test environment after approval.';
    expect(requirementOf(text, 'DATA-LOCATION').status).toBe('missing');
  });
});

// held-out round 230
describe('"the countries/jurisdictions in which <x> will be hosted/stored" names the locations to be listed', () => {
  it('a duty to state the jurisdictions where the archive is stored addresses DATA-LOCATION', () => {
    const text = 'Tenderers must name the jurisdictions in which the archive will be stored and administered.';
    expect(requirementOf(text, 'DATA-LOCATION').status).not.toBe('missing');
  });
  it('dates on which backups are tested are not a location', () => {
    const text = 'The Supplier shall list the dates on which the backups will be tested.';
    expect(requirementOf(text, 'DATA-LOCATION').status).toBe('missing');
  });
});

// held-out round 232
describe('work confined to a named "project room" in a named country', () => {
  it('addresses DATA-LOCATION and lists the location', () => {
    const text = 'Art assets may only be accessed from the Vendor\'s secure project room in Manila, the Philippines.';
    expect(requirementOf(text, 'DATA-LOCATION').status).not.toBe('missing');
    expect(metOf(text, 'DATA-LOCATION', 'locations-listed')).toBe(true);
  });
});

// held-out round 232
describe('a hand-back "to a location nominated by <party>" is no data location', () => {
  it('does not address DATA-LOCATION', () => {
    const text = 'Upon expiry, the Vendor shall deliver all Recordings to the Broadcaster by secure transfer to a location designated by the Broadcaster.';
    expect(requirementOf(text, 'DATA-LOCATION').status).toBe('missing');
  });
  it('a stated storage location still does', () => {
    const text = 'Backups shall be stored at a location in the United Kingdom.';
    expect(requirementOf(text, 'DATA-LOCATION').status).not.toBe('missing');
  });
});

// held-out round 233
describe('"prior notice of any change to the locations listed/set out in <annex>" is a location change notice', () => {
  it('addresses DATA-LOCATION and meets change-notice', () => {
    const text = 'The Operator shall give the Trust at least sixty days\' prior notice of any change to the hosting locations set out in Annex 3.';
    expect(requirementOf(text, 'DATA-LOCATION').status).not.toBe('missing');
    expect(metOf(text, 'DATA-LOCATION', 'change-notice')).toBe(true);
  });
  it('a change of personnel with prior notice is not a location clause', () => {
    const text = 'The Operator shall give the Trust at least sixty days\' prior notice of any change to the key personnel listed in Annex 3.';
    expect(requirementOf(text, 'DATA-LOCATION').status).toBe('missing');
  });
});

// held-out round 233
describe('an audit visit to "premises and data centres" names no location', () => {
  it('does not address DATA-LOCATION', () => {
    const text = 'The Council may inspect the Contractor\'s facilities and data centers on five days\' notice to check its compliance with this Contract.';
    expect(requirementOf(text, 'DATA-LOCATION').status).toBe('missing');
  });
  it('a visit to the data centres where the records are stored still does', () => {
    const text = 'The Council may visit the data centres in Germany where its records are stored.';
    expect(requirementOf(text, 'DATA-LOCATION').status).not.toBe('missing');
  });
});

// held-out round 234
describe('England, Scotland, Wales and Northern Ireland are named locations', () => {
  it('a hosting duty "located in Scotland" covering backups and remote access meets locations-listed', () => {
    const text = 'The archive, including replica and backup environments and any remote administration access, shall be hosted from data centres located in Scotland.';
    expect(metOf(text, 'DATA-LOCATION', 'locations-listed')).toBe(true);
  });
  it('a governing-law clause naming England and Wales is not a location', () => {
    const text = 'This Agreement is governed by the laws of England and Wales.';
    expect(requirementOf(text, 'DATA-LOCATION').status).toBe('missing');
  });
});

// held-out round 237
describe('"within / outside the State" (the Kingdom, the Emirate) is a named location', () => {
  it('hosting with backups inside the Kingdom meets locations-listed', () => {
    const text = 'The Service Provider shall host all production data and backup copies within the Kingdom, and remote administration access is to be provided from within the Kingdom only.';
    expect(metOf(text, 'DATA-LOCATION', 'locations-listed')).toBe(true);
  });
  it('no processing outside the Emirate without prior written consent meets change-notice', () => {
    const text = 'Agency records must not be processed or remotely accessed outside the Emirate without the prior written consent of the Agency.';
    expect(metOf(text, 'DATA-LOCATION', 'change-notice')).toBe(true);
  });
  it('the State as a party is not a location', () => {
    const text = 'The Contractor shall submit monthly invoices to the State.';
    expect(requirementOf(text, 'DATA-LOCATION').status).toBe('missing');
  });
});

// held-out round 238
describe('a cloud region code names a hosting location', () => {
  it('addresses DATA-LOCATION', () => {
    const text = 'All customer workloads run in the operator\'s account in eu-west-2 (London).';
    expect(requirementOf(text, 'DATA-LOCATION').status).not.toBe('missing');
  });
  it('a compass direction in a building is not a location of data', () => {
    const text = 'The meeting will take place in the west wing.';
    expect(requirementOf(text, 'DATA-LOCATION').status).toBe('missing');
  });
});

// held-out round 230 (Japanese)
describe('Japanese held-out round 230 (自治体の調達文書): phrasing families', () => {
  it.each([
    // a bid notice's field line 「履行場所　…」 names where the work is done
    ['DATA-LOCATION', '(4) 業務場所　本町役場及び受託者の運用センター'],
  ])('%s is addressed: %s', (id, text) => {
    expect(statusOf(id, text)).not.toBe('missing');
  });

  it.each([
    // the label without a place is no location
    ['DATA-LOCATION', '履行場所については、契約締結後に別途指示する。'],
  ])('%s is not addressed: %s', (id, text) => {
    expect(statusOf(id, text)).toBe('missing');
  });
});

// held-out round 240
describe('a ban on removing data from a system or servers is a removal restriction, not a data location', () => {
  it('does not address DATA-LOCATION', () => {
    const text = 'The Contractor shall not remove Council records from the Council\'s document management system or its own approved servers unless the Council agrees in writing.';
    expect(requirementOf(text, 'DATA-LOCATION').status).toBe('missing');
  });
  it('a ban that names a country still addresses DATA-LOCATION', () => {
    const text = 'Herd data must not be removed from servers located in New Zealand.';
    expect(requirementOf(text, 'DATA-LOCATION').status).not.toBe('missing');
  });
});

// held-out round 229 (Japanese)
describe('"作業は当院内で行う" fixes the place of work', () => {
  it('work confined to the outsourcer premises addresses DATA-LOCATION', () => {
    const text = '(2) 保守作業は本庁舎内においてのみ実施することとし、庁外からの接続は認めない。';
    expect(requirementOf(text, 'DATA-LOCATION').status).not.toBe('missing');
  });
  it('the same with the short subject 作業は…当社内で', () => {
    const text = '３　作業は当社内で行うものとする。';
    expect(requirementOf(text, 'DATA-LOCATION').status).not.toBe('missing');
  });
  it('a meeting held at the hospital is not a place of processing', () => {
    const text = '４　定例会議は当院内の会議室で月１回開催する。';
    expect(requirementOf(text, 'DATA-LOCATION').status).toBe('missing');
  });
});

// held-out round 232 (Japanese)
describe('DATA-LOCATION: 「入室を管理し」 / 「入退室を記録し」 as a physical control is no location clause', () => {
  it('a physical-security row logging entry to the operations site does not address data location', () => {
    const text = '| 区分 | 措置 |\n|---|---|\n| 物理的 | 保守拠点への入室を管理し、キャビネットを施錠すること |';
    expect(requirementOf(text, 'DATA-LOCATION').status).toBe('missing');
  });
  it('work confined to a named site still addresses it', () => {
    const text = '乙は、本業務を乙の本社内の専用室においてのみ実施するものとする。';
    expect(requirementOf(text, 'DATA-LOCATION').status).not.toBe('missing');
  });
});

// held-out round 233 (Japanese)
describe('under a 処理場所 heading, notice of a change to the sites annex with a lead time is the change notice', () => {
  it('meets change-notice', () => {
    const text = '第８条（処理場所）\n１　受託者が委託データを保管し、及び処理する国、地域及び施設は、別紙３に記載のとおりとする。\n２　受託者は、別紙３の記載を変更するときは、その60日前までに委託者に書面で通知しなければならない。委託者は、当該変更に同意しない場合、本契約を解除することができる。';
    expect(metOf(text, 'DATA-LOCATION', 'change-notice')).toBe(true);
  });
});

// held-out round 233 (Japanese)
describe('a scope line counting the buyer\'s own offices (国内拠点N か所及び海外拠点N か所) places no data; a Tokyo/Osaka region pair does', () => {
  it('an office count in the scope does not address DATA-LOCATION', () => {
    const text = '### 1.2 対象範囲\n- 利用者約900名、国内拠点５か所及び海外拠点１か所（ジャカルタ）';
    expect(statusOf('DATA-LOCATION', text)).toBe('missing');
  });
  it('a 東京・大阪の両リージョン set-up addresses DATA-LOCATION', () => {
    const text = '本システムは、東京・大阪の両リージョンに冗長構成で配置し、障害時は大阪側へ切り替える。';
    expect(statusOf('DATA-LOCATION', text)).not.toBe('missing');
  });
});

// held-out round 243
describe('"shall perform all work in <country>" (active voice) fixes the place of work', () => {
  it('addresses DATA-LOCATION', () => {
    const text = 'The Vendor shall perform all development work in New Zealand.';
    expect(requirementOf(text, 'DATA-LOCATION').status).not.toBe('missing');
  });
  it('"in a timely manner" / "in the event of" is no place', () => {
    expect(requirementOf('The Vendor shall perform the services in a timely manner.', 'DATA-LOCATION').status).toBe('missing');
    expect(requirementOf('The Vendor shall perform the services in the event of a failover.', 'DATA-LOCATION').status).toBe('missing');
  });
});

// held-out round 235 (Japanese)
describe('the parties\' opening recital and a lessee\'s duty to keep leased equipment in place are not data location', () => {
  it('a recital naming a data centre does not address DATA-LOCATION', () => {
    const text = '東西電力株式会社（以下「甲」という。）と株式会社ホストワン（以下「乙」という。）は、甲の顧客管理システムを乙のデータセンター内のサーバで運用する業務に関し、次のとおり契約を締結する。';
    expect(requirementOf(text, 'DATA-LOCATION').status).toBe('missing');
  });
  it('a lessee\'s ban on moving leased equipment does not either', () => {
    const text = '借主は、リース物件を設置場所から移設してはならない。';
    expect(requirementOf(text, 'DATA-LOCATION').status).toBe('missing');
  });
  it('a storage place still does', () => {
    const text = '乙は、甲のデータを別表に定める設置場所以外に保管してはならない。';
    expect(requirementOf(text, 'DATA-LOCATION').status).not.toBe('missing');
  });
});

// held-out round 244
describe('a service run from the provider\'s named processing centre / hub in a city names the place of processing', () => {
  it('addresses DATA-LOCATION', () => {
    const text = '3.1 The payments switch shall be run from the Bureau\'s central processing hub in Dortmund and its standby facility in Leipzig.';
    expect(statusOf('DATA-LOCATION', text)).not.toBe('missing');
  });
});

// held-out round 250
describe('the abbreviation "U.S." names a country (before a noun, at the end of a sentence)', () => {
  it('addresses DATA-LOCATION before a noun and at a sentence end', () => {
    expect(statusOf('DATA-LOCATION', 'Patient records are mirrored to a secondary U.S. data centre every night.')).not.toBe('missing');
    expect(statusOf('DATA-LOCATION', 'All backups of Customer Data are stored in the U.S.')).not.toBe('missing');
    expect(statusOf('DATA-LOCATION', 'Customer data shall be hosted only in U. S. facilities.')).not.toBe('missing');
  });
  it('"U.S." in a counsel or patent context with no data is no location', () => {
    expect(statusOf('DATA-LOCATION', 'Each party shall bear the fees of its own U.S. counsel.')).toBe('missing');
  });
});

describe('"we host / the vendor runs (the service) on <cloud> in <region>" names the hosting region', () => {
  it('addresses DATA-LOCATION', () => {
    expect(statusOf('DATA-LOCATION', 'We run on Oracle Cloud Infrastructure in Canada.')).not.toBe('missing');
    expect(statusOf('DATA-LOCATION', 'The vendor will host the application on Microsoft Azure within the European Union.')).not.toBe('missing');
  });
  it('hosting events or acting on behalf of someone is no hosting region', () => {
    expect(statusOf('DATA-LOCATION', 'We host quarterly webinars on Zoom for clinicians in Canada.')).toBe('missing');
    expect(statusOf('DATA-LOCATION', 'The vendor operates on behalf of clinics in Canada.')).toBe('missing');
  });
});

// held-out round 236 (Japanese)
describe('a continuity drill switching over 「…リージョンへの切替え」 is not a data-location clause', () => {
  it('「年２回、西日本データセンターへの切り替えを伴う試験を行う」 in a BCP article is missing', () => {
    const text = '第２０条（災害対策）\n受注者は、災害復旧計画を作成し、年２回、西日本の副サイトへの切り替えを伴う試験を行い、その結果を発注者に報告する。';
    expect(statusOf('DATA-LOCATION', text)).toBe('missing');
  });
  it('a storage rule naming the region beside the same drill still addresses it', () => {
    const text = '第２０条（データの保管）\n業務データは東日本リージョンのみに保存し、受注者は、年２回、西日本リージョンへの切替えを含む訓練を行う。';
    expect(statusOf('DATA-LOCATION', text)).not.toBe('missing');
  });
});

// held-out round 241 (Japanese)
describe('a Japanese regional block named in brackets before the data centre (「別の地域（関西）のデータセンター」)', () => {
  it.each([
    '副本データは、主系システムとは別の地域（関西）のデータセンターに保存するものとする。',
    '受注者は、災害対策として、複製したデータを東京とは離れた地方（九州地方）にあるバックアップサイトで保管する。',
    '乙は、遠隔地保管用のバックアップを（東日本）のデータセンターに格納しなければならない。',
  ])('addresses DATA-LOCATION: %s', (text) => {
    expect(statusOf('DATA-LOCATION', text)).not.toBe('missing');
  });
  it('a separate data centre with no region named stays missing', () => {
    expect(statusOf('DATA-LOCATION', '副本データは、主系システムとは別のデータセンターに保存するものとする。')).toBe('missing');
  });
});

// held-out round 240 (Japanese)
describe('a country name used for a language or a time zone (日本語対応, ベトナム語, 日本時間) is no place', () => {
  it.each([
    'ヘルプデスクは中国語及び日本語による問合せを受け付ける。',
    '保守の受付時間は、平日の午前８時から午後８時まで（日本標準時）とする。',
    '仕様書はインドネシア語に翻訳して開発担当者に配布する。',
  ])('DATA-LOCATION is not addressed: %s', (text) => {
    expect(statusOf('DATA-LOCATION', text)).toBe('missing');
  });
  it.each([
    '乙は、甲の個人データを日本国内に所在するサーバにのみ保存する。',
    '開発業務の一部は、乙の中国の拠点において実施する。',
    '受託者は、ベトナムに設置したサーバに会員データを保管してはならない。',
  ])('a country as a place still does: %s', (text) => {
    expect(statusOf('DATA-LOCATION', text)).not.toBe('missing');
  });
});

// held-out round 254
describe('cloud region names written the Azure way ("East US 2", "Central US") are locations; a relative "separate region" is not', () => {
  it('"stored in East US 2 with a replica in Central US" addresses DATA-LOCATION', () => {
    const text = 'All student records, including backups, shall be stored in East US 2 with a replica in Central US.';
    expect(requirementOf(text, 'DATA-LOCATION').status).not.toBe('missing');
  });
  it.each([
    'The Contractor shall keep replicas of the database in a separate region for disaster recovery.',
    'The Contractor shall fail over to the secondary region if the primary region is lost.',
  ])('DATA-LOCATION is not addressed: %s', (text) => {
    expect(requirementOf(text, 'DATA-LOCATION').status).toBe('missing');
  });
});

// held-out round 253 (WMS hosting and offshore support desk)
describe('a desk "staffed by … team in <city, country>" or "operating from … offices in <place>"', () => {
  it.each([
    'Out-of-hours calls are handled by a help desk staffed by the Supplier\'s team in Manila, the Philippines.',
    'The service desk operates from the Supplier\'s offices in Gdansk, Poland.',
  ])('addresses DATA-LOCATION: %s', (text) => {
    expect(statusOf('DATA-LOCATION', text)).not.toBe('missing');
  });
  it.each([
    'Out-of-hours calls are handled by a help desk staffed by two engineers.',
    'The service desk operates from the Supplier\'s offices.',
  ])('no place named, not addressed: %s', (text) => {
    expect(statusOf('DATA-LOCATION', text)).toBe('missing');
  });
});

// held-out round 255
describe('coordinated prepositions before "any other country without giving ... notice" ("host it in, or support it from, any other country")', () => {
  it('meets change-notice', () => {
    const text = "The Vendor shall host the records only in its Dublin data centre. The Vendor shall not host the records in, or support them from, any other country without giving the Agency sixty (60) days' prior written notice, and the Agency may object.";
    expect(metOf(text, 'DATA-LOCATION', 'change-notice')).toBe(true);
  });
  it('a location list with no change rule does not', () => {
    const text = 'The Vendor shall host the records only in its Dublin data centre and may hold project meetings in any other country.';
    expect(metOf(text, 'DATA-LOCATION', 'change-notice')).toBe(false);
  });
});

// held-out round 256
describe('a split coordination ("store it in, or allow access from, any other country without prior approval") is a controlled location change', () => {
  const place = 'Customer data is hosted in data centres in France, with backups in Belgium. ';
  it('change-notice is met when the preposition is followed by a comma', () => {
    const text = `${place}The Supplier shall not store the data in, or allow it to be accessed from, any other country without the Customer's prior written approval.`;
    expect(metOf(text, 'DATA-LOCATION', 'change-notice')).toBe(true);
  });
  it('the same shape about another company (not a place) is no location change', () => {
    const text = `${place}The Supplier shall not hand the data to, or let it be viewed by, any other company without the Customer's prior written approval.`;
    expect(testOf('DATA-LOCATION', 'change-notice', text).found).toBe(false);
  });
});

// held-out round 246 (Japanese)
describe('個人情報保護法の用語「取扱場所」 is a location word, including for its change rule', () => {
  it('a 取扱場所 listed in an annex addresses DATA-LOCATION', () => {
    expect(statusOf('DATA-LOCATION', '個人データの取扱場所は、別表２のとおりとする。')).not.toBe('missing');
  });
  it('moving the 取扱場所 only after notice 30 days ahead and approval meets change-notice', () => {
    const text = '個人データの取扱場所は、別表２のとおりとする。乙は、個人情報の取扱場所を移す場合には、移転の３０日前までに甲に届け出て、その承認を受けなければならない。';
    expect(metOf(text, 'DATA-LOCATION', 'change-notice')).toBe(true);
  });
  it('handling on instructions, with no place, does not address it', () => {
    expect(statusOf('DATA-LOCATION', '乙は、個人情報の取扱いについて、甲の指示に従うものとする。')).toBe('missing');
  });
  it('an annex list without a change rule does not meet change-notice', () => {
    expect(metOf('個人データの取扱場所は、別表２のとおりとする。', 'DATA-LOCATION', 'change-notice')).toBe(false);
  });
});

describe('a proposal naming its work bases (「保守拠点は、名古屋支店及び福岡オフィスとします」)', () => {
  it('addresses DATA-LOCATION', () => {
    expect(statusOf('DATA-LOCATION', '本業務の保守拠点は、当社の名古屋支店及び福岡オフィスとします。')).not.toBe('missing');
  });
  it('a base left to later agreement does not', () => {
    expect(statusOf('DATA-LOCATION', '保守拠点は、契約締結後に協議のうえ決定します。')).toBe('missing');
  });
});

// held-out round 259
describe('"offshore" as a label on a workforce ("offshore helpdesk agents", "offshore vendors") is no location clause by itself', () => {
  it('a duty about offshore agents that says nothing of where data is handled does not address DATA-LOCATION', () => {
    expect(statusOf('DATA-LOCATION', 'Offshore helpdesk agents must complete the induction course before their first shift.')).toBe('missing');
  });
  it('a definition that merely includes offshore vendors does not address it', () => {
    expect(statusOf('DATA-LOCATION', '"Supplier Personnel" means the staff of the Supplier, including offshore vendors engaged for testing.')).toBe('missing');
  });
  it('offshore personnel barred from viewing the data still address it', () => {
    expect(statusOf('DATA-LOCATION', 'Offshore personnel shall not be permitted to view Customer Data.')).not.toBe('missing');
  });
  it('data that may not be hosted offshore still addresses it', () => {
    expect(statusOf('DATA-LOCATION', 'The Supplier shall not host any Customer Data offshore.')).not.toBe('missing');
  });
});

// held-out round 258
describe('where the staff work ("engineers work from Dublin and Cork", "are based in Toronto") lists the place of remote work', () => {
  const where = "Customer Data is stored in the cloud provider's region us-east-2 (Ohio) with backups in us-west-1 (California). ";
  it('"support engineers work from Dublin and Cork" meets locations-listed', () => {
    expect(metOf(where + 'Our support engineers work from Dublin and Cork.', 'DATA-LOCATION', 'locations-listed')).toBe(true);
  });
  it('"the service desk team is based in Toronto" meets it', () => {
    expect(metOf(where + 'The service desk team is based in Toronto.', 'DATA-LOCATION', 'locations-listed')).toBe(true);
  });
  it('"engineers work from tickets raised in the portal" does not', () => {
    expect(metOf(where + 'Support engineers work from tickets raised in the portal.', 'DATA-LOCATION', 'locations-listed')).toBe(false);
  });
  it('"staff are based in separate teams for each product" does not', () => {
    expect(metOf(where + 'Support staff are based in separate teams for each product.', 'DATA-LOCATION', 'locations-listed')).toBe(false);
  });
});

// held-out round 247 (Japanese)
describe('held-out round 247: a plain numbered title over text set in from the margin (「２　作業場所」 / 「　…（大阪府内に限る。）」) is a heading', () => {
  it('the work place under such a title is addressed', () => {
    const text = '１　業務の名称\n　庁内ネットワーク保守業務\n\n２　作業場所\n　受託者の本社（大阪府内に限る。）\n\n３　その他\n　詳細は協議による。';
    expect(statusOf('DATA-LOCATION', text)).not.toBe('missing');
  });
  it('a schedule under such a title is not', () => {
    const text = '１　業務の名称\n　庁内ネットワーク保守業務\n\n２　作業日程\n　毎月第２火曜日（祝日を除く。）\n';
    expect(statusOf('DATA-LOCATION', text)).toBe('missing');
  });
});

// held-out round 249 (Japanese)
describe('a storage or work site given as a label and a street address (申請書・体制表の記載) lists a location', () => {
  it.each([
    '５　再委託先の体制\n(1) 管理責任者　総務課長\n(2) 媒体保管庫　神奈川県川崎市川崎区殿町一丁目２番（生体認証の入室管理を備える。）',
    '５　再委託先の体制\n(1) 管理責任者　総務課長\n(2) 作業拠点：福岡県福岡市博多区博多駅前二丁目',
  ])('addressed: %s', (text) => {
    expect(statusOf('DATA-LOCATION', text)).not.toBe('missing');
  });
  it.each([
    '５　再委託先の体制\n(1) 管理責任者　総務課長\n(2) 媒体保管庫　生体認証の入室管理を備える。',
    '５　再委託先の概要\n(1) 名称　株式会社殿町ロジ\n(2) 所在地　神奈川県川崎市川崎区殿町一丁目２番',
  ])('not addressed: %s', (text) => {
    expect(statusOf('DATA-LOCATION', text)).toBe('missing');
  });
});

// held-out round 260
describe('a subcontracting application that must be in writing and name the locations from which the sub-processor will process data is no data-location clause', () => {
  it('does not address DATA-LOCATION', () => {
    expect(statusOf('DATA-LOCATION', 'An application for approval must be in writing and must specify the sub-processor\'s name, the data it will receive and the locations from which it will process that data.')).toBe('missing');
  });
  it('data stored only at listed sites still addresses it', () => {
    expect(statusOf('DATA-LOCATION', 'Customer Data shall be stored only at the data centres in Frankfurt and Dublin listed in Schedule 4.')).not.toBe('missing');
  });
});

// held-out round 251 (Japanese)
describe('a data diode, or a check run on a relay server, is no place of processing', () => {
  it.each([
    '受注者は、制御系とはデータダイオードを介して連携し、中継サーバでは受信ファイルの検疫を行うこと。',
    '受注者は、データダイオードによる片方向連携とし、連携サーバ上で不正ファイルの検査を実施すること。',
  ])('does not address DATA-LOCATION: %s', (text) => {
    expect(statusOf('DATA-LOCATION', text)).toBe('missing');
  });
  it.each([
    '受注者は、発注者のデータを国内に設置したサーバで保管しなければならない。',
    '検針データは、受託者の大阪データセンター内のサーバで処理する。',
    '受注者は、受信したデータを中継サーバで保管すること。',
  ])('data kept or processed on a named server still does: %s', (text) => {
    expect(statusOf('DATA-LOCATION', text)).not.toBe('missing');
  });
});

// held-out round 262 (council social care case management): a person changing role is no change of location
describe('a leaver / role-change rule with a deadline does not meet the location change-notice test', () => {
  const hosted = 'Customer Data is hosted in data centres in Frankfurt and Dublin. ';
  it('"when a team member changes job or leaves, access is withdrawn within 24 hours" is not location change control', () => {
    expect(metOf(hosted + 'When a team member changes job or leaves, their access is withdrawn within 24 hours and the Customer is told in the weekly report.', 'DATA-LOCATION', 'change-notice')).toBe(false);
  });
  it('"on a role change" is not either', () => {
    expect(metOf(hosted + 'On a role change the account is reviewed within two working days and the Customer is notified.', 'DATA-LOCATION', 'change-notice')).toBe(false);
  });
  it('prior notice of a change of hosting location still meets it', () => {
    expect(metOf(hosted + 'The Supplier shall give at least 90 days\' prior written notice before changing the location of Customer Data, and the Customer may object.', 'DATA-LOCATION', 'change-notice')).toBe(true);
  });
});

// held-out round 257 (Japanese)
describe('access over a VPN / closed network tied to a country (海外から VPN 経由で国内サーバに接続) is a remote-access location statement', () => {
  it.each([
    '保守ベンダーの海外技術者は、閉域網を経由して国内のサーバに接続するものとする。',
    '開発は国外の拠点で行い、開発者はvpnを介して日本国内の検証環境にアクセスする。',
  ])('addresses DATA-LOCATION: %s', (text) => {
    expect(statusOf('DATA-LOCATION', text)).not.toBe('missing');
  });
  it('a VPN rule with no place or country does not', () => {
    expect(statusOf('DATA-LOCATION', 'VPN経由で接続する場合は、多要素認証を用いること。')).toBe('missing');
  });
});

// held-out round 266 (English)
describe('a recovery-plan test that includes a failover to the secondary data centre names no processing location', () => {
  it('testing the plan with a failover to the standby data centre is not a location clause', () => {
    expect(statusOf('DATA-LOCATION', 'The Vendor shall test its recovery plan twice a year, including a switchover of the case system to the standby data centre, and report the results.')).toBe('missing');
  });
  it('a failover site named by country still is', () => {
    expect(statusOf('DATA-LOCATION', 'The case system shall be hosted only in data centres in Germany, with failover to a standby data centre in the Netherlands.')).not.toBe('missing');
  });
});
describe('records "viewed from" an offshore centre, and home working, are remote access a location list covers', () => {
  const hosted = 'Scanned forms and index data are hosted only in Azure UK South, with backups in Azure UK West, ';
  it('"viewed from Manila through a virtual desktop" completes the location list', () => {
    expect(metOf(hosted + 'and are viewed from Manila through a virtual desktop.', 'DATA-LOCATION', 'locations-listed')).toBe(true);
  });
  it('"viewed by the claims team" is no remote-access location', () => {
    expect(metOf(hosted + 'and are viewed by the claims team in the morning.', 'DATA-LOCATION', 'locations-listed')).not.toBe(true);
  });
});

// held-out round 259 (Japanese)
describe('held-out round 259: erasing what a server holds, with a parenthesis closed by 「。）」, is no location clause', () => {
  it('「サーバに記録された甲の情報（複製物を含む。）を全て消去」 does not address DATA-LOCATION', () => {
    expect(statusOf('DATA-LOCATION', '(2) 乙は、契約終了後14日以内に、乙のサーバに記録された甲の情報（複製物を含む。）を全て消去しなければならない。')).toBe('missing');
  });
  it('storing the same information in Japan still does', () => {
    expect(statusOf('DATA-LOCATION', '(2) 乙は、甲の情報（複製物を含む。）を乙のサーバに記録し、国内で保管しなければならない。')).not.toBe('missing');
  });
});

// held-out round 269 (English)
describe('"N days\' notice before adding a hosting region" with a termination right is a location change control', () => {
  const hosted = 'Account data is stored in Azure UK South with backups in Azure UK West. ';
  it('notice of 60 days before opening any storage region, with a right to terminate, meets change-notice', () => {
    expect(metOf(hosted + 'The Provider will give the Bank 60 days\' notice before adding any storage region, and the Bank may terminate if it objects.', 'DATA-LOCATION', 'change-notice')).toBe(true);
  });
  it('notice before adding a region with no objection or termination right does not', () => {
    expect(metOf(hosted + 'The Provider will give the Bank 60 days\' notice before adding any storage region.', 'DATA-LOCATION', 'change-notice')).not.toBe(true);
  });
});

// held-out round 271 (English)
describe('"only in data centres operated by / that hold …" qualifies the operator or certification, not the place', () => {
  it('"stored solely in data centres run by the Provider\'s cloud host that are certified to ISO 27001" does not address DATA-LOCATION', () => {
    expect(statusOf('DATA-LOCATION', 'Customer Data is stored solely in data centres run by the Provider\'s cloud host that are certified to ISO 27001.')).toBe('missing');
  });
  it('"kept only in data centres operated by the Provider in Sweden" still does', () => {
    expect(statusOf('DATA-LOCATION', 'Backups are kept only in data centres operated by the Provider in Sweden.')).not.toBe('missing');
  });
  it('"stored solely in data centres located in Germany and Austria" still does', () => {
    expect(statusOf('DATA-LOCATION', 'Customer Data is stored solely in data centres located in Germany and Austria.')).not.toBe('missing');
  });
});

// held-out round 262 (Japanese)
describe('a labelled list of sites with the work done at each (「開発拠点：東京本社（設計）、ハノイ開発センター（製造）」) addresses data location', () => {
  it('a proposal line naming the sites and their work is addressed', () => {
    expect(statusOf('DATA-LOCATION', '体制は次のとおりです。\n・作業場所：大阪事業所（運用監視）、福岡サテライトオフィス（ヘルプデスク）\n・責任者：サービス部長')).not.toBe('missing');
  });
  it('a list of phases and who does them, or a word about choosing a site, is not', () => {
    expect(statusOf('DATA-LOCATION', '体制は次のとおりです。\n・開発工程：基本設計（当社）、製造（協力会社）\n・責任者：開発部長')).toBe('missing');
    expect(statusOf('DATA-LOCATION', '開発拠点の選定は、品質、コスト及び納期を考慮して行う。')).toBe('missing');
  });
});

// held-out round 273 (English)
describe('DATA-LOCATION: a country named as a time zone ("UK time", "Japan time", "India Standard Time") is no location', () => {
  it('a processing cut-off in UK time is no location duty', () => {
    const text = 'Orders submitted before 16:00 UK time shall be processed and uploaded on the same business day.';
    expect(statusOf('DATA-LOCATION', text)).toBe('missing');
  });
  it('a support window in India Standard Time is no location duty', () => {
    const text = 'Tickets will be handled between 09:00 and 18:00 India Standard Time.';
    expect(statusOf('DATA-LOCATION', text)).toBe('missing');
  });
  it('data kept in the UK is still a location', () => {
    const text = 'All Customer Data shall be stored and processed only in the UK.';
    expect(statusOf('DATA-LOCATION', text)).not.toBe('missing');
  });
});

// held-out round 273 (English)
describe('DATA-LOCATION: "access will be / is from <site>" names where remote access comes from', () => {
  const hosting = 'Client files will be hosted only in our Amsterdam data centre, with backups in Rotterdam, the Netherlands.';
  it('storage, backups and the site access is from make the locations listed', () => {
    const text = `${hosting} Access to the platform will be only from our review hub in Cebu, Philippines.`;
    expect(metOf(text, 'DATA-LOCATION', 'locations-listed')).toBe(true);
  });
  it('access that "will be from 1 May" is a start date, not a place', () => {
    const text = `${hosting} Access will be from 1 May for the named users.`;
    expect(metOf(text, 'DATA-LOCATION', 'locations-listed')).toBe(false);
  });
});

// held-out round 275 (English)
describe('DATA-LOCATION: a sub-processor change notice that also covers a change of processing location keeps change-notice', () => {
  it('notice of a new vendor or a change to the hosting location, with a right to object, is change control', () => {
    const text =
      'Personal data is hosted in Frankfurt, Germany. The Supplier shall give the Client 45 days\' prior written notice of any new subcontractor or of any change to the location where data is stored, stating the subcontractor\'s name and location, and the Client may object and terminate.';
    expect(metOf(text, 'DATA-LOCATION', 'change-notice')).toBe(true);
  });
  it('a notice of a new subcontractor that only lists its location is still no change control of locations', () => {
    const text =
      'Personal data is hosted in Frankfurt, Germany. The Supplier shall give the Client 45 days\' prior written notice of any new subcontractor, naming the subcontractor\'s address and location, and the Client may object.';
    expect(metOf(text, 'DATA-LOCATION', 'change-notice')).toBe(false);
  });
});

// held-out round 265 (Japanese)
describe('two named domestic regions joined before a site count (「関東及び九州の２か所のデータセンター」) are storage locations', () => {
  it('backups kept in the Kanto and Kyushu data centres: addressed', () => {
    const text = '受託者は、複製データを関東と九州の２か所のデータセンターに分けて保存する。';
    expect(statusOf('DATA-LOCATION', text)).not.toBe('missing');
  });
  it('a sales office list naming the same regions says nothing about where data is kept', () => {
    const text = '受託者の営業所は関東と九州にあり、担当者が定期的に訪問する。';
    expect(statusOf('DATA-LOCATION', text)).toBe('missing');
  });
});

// held-out round 279 (English)
describe('DATA-LOCATION: "only in data centres accredited/certified to X" is a quality condition, not a place', () => {
  it('data centres named only by their accreditation do not address DATA-LOCATION', () => {
    expect(statusOf('DATA-LOCATION', 'Customer Data is stored solely in data centres accredited under SOC 2 with staffed security desks.')).toBe('missing');
  });
  it('data centres in a named country still do', () => {
    expect(statusOf('DATA-LOCATION', 'Customer Data is stored solely in data centres located in Ireland.')).not.toBe('missing');
  });
});

// held-out round 280 (English)
describe('a hosted service that "runs from" a named data centre in a named city', () => {
  it('"operates from its production data centre in Dublin" addresses DATA-LOCATION', () => {
    expect(statusOf('DATA-LOCATION', 'The platform operates from the Provider\'s production data centre in Dublin, with replication to a standby site in Cork.')).not.toBe('missing');
  });
  it('a service that runs from a time of day is no location', () => {
    expect(statusOf('DATA-LOCATION', 'The baggage service runs from the first departure at 05:30 until the last arrival of the day.')).toBe('missing');
  });
});

// held-out round 270 (Japanese)
describe('DATA-LOCATION: the outsourcer\'s counted sites ("国内4工場及び海外1拠点") as the object of the work are no location clause', () => {
  it('a plan covering domestic and overseas plants does not address data location', () => {
    expect(statusOf('DATA-LOCATION', '本計画は、国内4工場及び海外1拠点の生産ラインを対象とする。')).toBe('missing');
  });
  it('data of the overseas sites stored in Japanese data centres is still a location clause', () => {
    expect(statusOf('DATA-LOCATION', '海外2拠点のセンサデータは、日本国内のデータセンターに保管する。')).not.toBe('missing');
  });
});

// held-out round 283 (English)
describe('DATA-LOCATION: "location data" / "location information" is a kind of personal data, not a place', () => {
  it('a ban on selling geolocation-style "location information" does not address DATA-LOCATION', () => {
    expect(statusOf('DATA-LOCATION', 'The Operator shall not sell visitors\' location information or movement histories to any advertiser.')).toBe('missing');
  });
  it('"location tracking" of devices is no data location either', () => {
    expect(statusOf('DATA-LOCATION', 'The app must not switch on location tracking without the user\'s consent.')).toBe('missing');
  });
  it('a change of the hosting location with notice still does', () => {
    expect(statusOf('DATA-LOCATION', 'Member data is hosted in Frankfurt; the Operator shall not change the hosting location without 90 days\' prior written notice.')).not.toBe('missing');
  });
});

// held-out round 276 (Japanese)
describe('DATA-LOCATION: 「保存場所及び準拠法を確認」 is a location duty despite naming governing law', () => {
  it('a policy duty to check where cloud data is stored and which law governs it is addressed', () => {
    expect(statusOf('DATA-LOCATION', '外部のクラウドサービスを使う場合、担当課長はデータの保管場所及び準拠法を確かめなければならない。')).not.toBe('missing');
  });
  it('a bare governing-law clause is not', () => {
    expect(statusOf('DATA-LOCATION', 'この契約の準拠法は日本法とし、紛争は横浜地方裁判所を専属的合意管轄裁判所とする。')).toBe('missing');
  });
});

// held-out round 287 (English)
describe('DATA-LOCATION: work "handled / answered / made only at" a named centre, and a failover drill to a standby data centre', () => {
  it.each([
    'Support tickets are handled solely at the Contractor\'s operations centre.',
    'Renewal calls shall be answered only from the Bureau\'s contact centre in Cardiff Bay.',
  ])('addresses DATA-LOCATION: %s', (text) => {
    expect(statusOf('DATA-LOCATION', text)).not.toBe('missing');
  });
  it('a procedure followed "only in accordance with" is no place', () => {
    expect(statusOf('DATA-LOCATION', 'Complaints are handled only in accordance with the complaints procedure.')).toBe('missing');
  });
  it('a plan "tested by a full failover" to the secondary data centre is a continuity drill, not a location clause', () => {
    expect(statusOf('DATA-LOCATION', 'Each year the recovery arrangements are tested by a full failover to the secondary data centre, and the Provider shall report the outcome to the Customer.')).toBe('missing');
  });
  it('hosting data only in named primary and secondary data centres still is', () => {
    expect(statusOf('DATA-LOCATION', 'The Provider shall host Customer Data only in its primary data centre in Leeds, with failover to its secondary data centre in York.')).not.toBe('missing');
  });
});

// session 55 (Japanese): a plan's change is no change of place, as "plan" already is in English
describe('DATA-LOCATION: 「計画を変更する場合は事前に承認」 beside a location clause is no change notice for the location', () => {
  it('approval of a changed security plan does not meet change-notice', () => {
    const text = 'データは国内のデータセンターにのみ保管し、バックアップ及び保守拠点も国内とする。セキュリティ対策の計画を変更するときは、あらかじめ発注者の承認を受ける。';
    expect(metOf(text, 'DATA-LOCATION', 'change-notice')).toBe(false);
  });
  it('prior approval of a changed storage place still does', () => {
    const text = 'データは国内のデータセンターにのみ保管し、バックアップ及び保守拠点も国内とする。保管場所を変更するときは、あらかじめ発注者の承認を受ける。';
    expect(metOf(text, 'DATA-LOCATION', 'change-notice')).toBe(true);
  });
});

// held-out round 278 (Japanese)
describe('DATA-LOCATION: the route a maintainer connects through (経由して…サーバに接続) places no data', () => {
  it.each([
    '保守担当者は、委託者が貸与するゲートウェイ装置を経由してのみ録画サーバに接続するものとする。',
    '乙は、甲の指定する踏み台を介して管理システムにログインしなければならない。',
  ])('does not address DATA-LOCATION: %s', (text) => {
    expect(statusOf('DATA-LOCATION', text)).toBe('missing');
  });
  it('connecting only from sites in Japan still does', () => {
    expect(statusOf('DATA-LOCATION', '乙は、日本国内に所在する乙の拠点からのみ、VPNを経由して甲のサーバに接続するものとする。')).not.toBe('missing');
  });
});
describe('DATA-LOCATION: where the contractor destroys removed media (事業所において破壊) places no data', () => {
  it('destroying collected disks at the contractor\'s plant does not address DATA-LOCATION', () => {
    expect(statusOf('DATA-LOCATION', '乙は、回収したハードディスクを乙の工場において物理的に破壊し、破壊証明書を甲に提出する。')).toBe('missing');
  });
  it('destruction only at its sites in Japan still does', () => {
    expect(statusOf('DATA-LOCATION', '乙は、記録媒体の破壊を日本国内の乙の事業所においてのみ行うものとする。')).not.toBe('missing');
  });
});

// held-out round 288 (English)
describe('the places availability is measured from are not data locations', () => {
  it('uptime polled from monitoring locations is not DATA-LOCATION', () => {
    expect(statusOf('DATA-LOCATION', 'Uptime is calculated from checks that an independent monitoring service runs every sixty seconds from four locations in Europe.')).toBe('missing');
  });
  it('response times sampled from two regions are not DATA-LOCATION', () => {
    expect(statusOf('DATA-LOCATION', '"Response Time" is measured by probes sampling the booking page from two regions in Canada.')).toBe('missing');
  });
  it('hosting in a named country with monitoring from other regions is still a location clause', () => {
    expect(statusOf('DATA-LOCATION', 'The Contractor shall host the Council Data only in Ireland and will monitor the service from two EU regions.')).not.toBe('missing');
  });
});

// held-out round 280 (Japanese)
describe('DATA-LOCATION: 「…の取扱い／保管は、<site>（<place>）内の…区域に限る」 confines the data to a named site', () => {
  it.each([
    '顧客データの保管は、乙の第二事務所（静岡県浜松市）内の施錠された保管室に限るものとする。',
    '申込書の処理は、受託者の入力センター内の専用ルームに限る。',
  ])('addresses DATA-LOCATION: %s', (text) => {
    expect(statusOf('DATA-LOCATION', text)).not.toBe('missing');
  });
  it.each([
    '顧客データの取扱いは、関係法令及び甲の定める規程に従うものとする。',
    '申込書の処理は、受付日の翌営業日までに限る。',
  ])('does not address DATA-LOCATION: %s', (text) => {
    expect(statusOf('DATA-LOCATION', text)).toBe('missing');
  });
});

// held-out round 291 (English)
describe('DATA-LOCATION: data centres and backup sites named by city list the locations', () => {
  it('a Frankfurt data centre, Amsterdam backups and remote support only from Warsaw meet locations-listed', () => {
    expect(testOf('DATA-LOCATION', 'locations-listed', 'Applicant files are hosted in our Frankfurt data centre with backups in our Amsterdam site; support engineers connect remotely only from our Warsaw office.').met).toBe(true);
  });
  it('an arbitration seat in a city is no data location', () => {
    expect(statusOf('DATA-LOCATION', 'Any dispute shall be resolved by arbitration seated in London.')).toBe('missing');
  });
});

// held-out round 281 (Japanese)
describe('DATA-LOCATION: a storage place given by country name (「保管場所（国名…）」) names a location', () => {
  it('checking the vendor\'s storage place with its country name addresses the requirement', () => {
    expect(statusOf('DATA-LOCATION', '審査部は、委託候補先について、データの保管場所（所在国及び施設の住所）を確認票により確認する。')).not.toBe('missing');
  });
  it('a storage-place sentence without any place (a retention period) does not', () => {
    expect(statusOf('DATA-LOCATION', '委託先は、データの保存期間を３年とする。')).toBe('missing');
  });
});

// held-out round 293 (English)
describe('DATA-LOCATION: "hosted only in <region>" with the location of staff "who can access production systems"', () => {
  const change = " 2.2 The Vendor shall not move Customer Data to another region without ninety days' prior written notice, and the Customer may terminate if it objects.";
  it('a hosting region plus the country of the administrators who can access production lists the locations', () => {
    const text = '2.1 Customer Data shall be hosted only in the AWS eu-west-2 (London) region. Vendor database administrators who can access production systems are based in the United Kingdom.' + change;
    expect(metOf(text, 'DATA-LOCATION', 'locations-listed')).toBe(true);
  });
  it('administrators "based in the head office" name no country, so the list is incomplete', () => {
    const text = '2.1 Customer Data shall be hosted only in the AWS eu-west-2 (London) region. Vendor database administrators who can access production systems are based in the head office.' + change;
    expect(metOf(text, 'DATA-LOCATION', 'locations-listed')).toBe(false);
  });
});

// held-out round 292 (English)
describe('DATA-LOCATION: data that "never leaves" a country, with support given from named offices or access only through a channel from a site, lists locations', () => {
  it.each([
    'Client records and their backups never leave Germany. Our engineers access the environment only from our offices in Munich and Lisbon.',
    'The customer\'s files and backup copies will not leave Canada. Second-line support is delivered from our centres in Toronto and Manila.',
    'Claim files and their backups never leave Ireland. Adjusters access them only via the insurer\'s remote desktop from our hub in Cebu.',
  ])('locations-listed met: %s', (text) => {
    expect(metOf(text, 'DATA-LOCATION', 'locations-listed')).toBe(true);
  });
  it('data that "never leaves" a country with no word on where it is accessed or supported from is not listed in full', () => {
    expect(metOf('Client records and their backups never leave Germany.', 'DATA-LOCATION', 'locations-listed')).toBe(false);
  });
  it('personnel who must not leave the secure room with papers say nothing of a location', () => {
    expect(statusOf('DATA-LOCATION', 'Operators shall not leave the secure room with any printed records.')).toBe('missing');
  });
});

// held-out round 298 (English)
describe('DATA-LOCATION: data kept "only within the national territory" / "inside the territory of the Republic"', () => {
  it.each([
    'Case records shall be stored only within the national territory.',
    'Personal data must be hosted only inside the territory of the Republic.',
  ])('addressed: %s', (text) => {
    expect(statusOf('DATA-LOCATION', text)).not.toBe('missing');
  });
  it.each([
    'Goods shall be stored only within the national territory pending customs clearance.',
    'The national territory is divided into twelve judicial districts.',
  ])('does not address DATA-LOCATION: %s', (text) => {
    expect(statusOf('DATA-LOCATION', text)).toBe('missing');
  });
});

// session 58 probe sweep (English)
describe('DATA-LOCATION: "offshoring" as the act', () => {
  it.each([
    'Offshoring of any part of the Services, including remote support, is prohibited without the Department\'s written approval.',
    'The Supplier shall not engage in offshoring of Authority Data processing.',
  ])('addressed: %s', (text) => {
    expect(statusOf('DATA-LOCATION', text)).not.toBe('missing');
  });
  it('an offshore wind farm is no data location', () => {
    expect(statusOf('DATA-LOCATION', 'The Contractor shall survey the site of the offshore wind farm.')).toBe('missing');
  });
});

// held-out round 293 (Japanese)
describe('DATA-LOCATION: the work done "only in <a room or area> inside <a named site>" (「…センター内のセキュリティエリアにおいてのみ行う」) beside a removal ban', () => {
  it.each([
    '乙は、データ入力作業を乙の札幌事務所内の専用作業室においてのみ行い、入力票を同室から持ち出してはならない。',
    '受注者は、審査業務を受注者の那覇センター（那覇市）内の入室管理エリアにおいてのみ実施し、申込書類を同センターの外に持ち出してはならない。',
  ])('addresses the requirement: %s', (text) => {
    expect(statusOf('DATA-LOCATION', text)).not.toBe('missing');
  });
  it.each([
    '乙は、個人情報が記録された媒体を作業場所から持ち出してはならない。',
    '乙は、本業務の打合せを甲の本社内の会議室において行う。',
  ])('does not address it: %s', (text) => {
    expect(statusOf('DATA-LOCATION', text)).toBe('missing');
  });
});

// held-out round 302 (English)
describe('DATA-LOCATION: "location" as one field of an asset register list is no data location', () => {
  it.each([
    'The Supplier shall keep an inventory of issued laptops, recording the serial number, location and user of each laptop.',
    'Each scanner is listed in the asset register with its model, location and owner.',
  ])('missing: %s', (text) => {
    expect(statusOf('DATA-LOCATION', text)).toBe('missing');
  });
  it('the location of the servers that hold the customer\'s data is still read', () => {
    expect(statusOf('DATA-LOCATION', 'The Supplier shall record the location of every server holding Customer Data and shall obtain the Customer\'s approval before moving it.')).not.toBe('missing');
  });
});

// held-out round 303 (English)
describe('DATA-LOCATION: a system supported / administered "from" a named country is a remote-support location', () => {
  it.each([
    'The vendor supports the platform from Vietnam.',
    'The application is maintained from Romania by the Supplier.',
    'Out of hours, the hosting partner supports the application from the Philippines.',
  ])('addressed: %s', (text) => {
    expect(statusOf('DATA-LOCATION', text)).not.toBe('missing');
  });
  it.each([
    'The Supplier supports the system from the date of go-live until the end of the term.',
    'The helpdesk supports users from 8am to 6pm UK time.',
  ])('near-miss stays missing: %s', (text) => {
    expect(statusOf('DATA-LOCATION', text)).toBe('missing');
  });
});

// session 59 probe sweep (English)
describe('DATA-LOCATION: a heading "Where your data lives / is stored" over items naming the places', () => {
  it.each([
    'Hosting\n\nWhere your data lives:\n- main copy in Dublin\n- standby copy in London',
    'Hosting\n\nWhere customer data is stored:\n- production in Frankfurt\n- disaster recovery copy in Amsterdam',
  ])('addressed: %s', (text) => {
    expect(statusOf('DATA-LOCATION', text)).not.toBe('missing');
  });
  it('the same heading over how the data is kept, not where, is not', () => {
    expect(statusOf('DATA-LOCATION', 'Hosting\n\nWhere your data is stored:\n- in encrypted form\n- with daily backups')).toBe('missing');
  });
});

// session 59 probe sweep (English)
describe('DATA-LOCATION: plain words — files "kept on servers in Canada and never moved abroad"', () => {
  it.each([
    'Your files are kept on servers in Canada and never moved abroad.',
    'Client records are held in the UK and are never transferred overseas.',
  ])('addressed: %s', (text) => {
    expect(statusOf('DATA-LOCATION', text)).not.toBe('missing');
  });
  it('furniture kept in a warehouse is no data', () => {
    expect(statusOf('DATA-LOCATION', 'Your furniture is kept in our warehouse in Leeds and never moved abroad.')).toBe('missing');
  });
});

// held-out round 296 (Japanese)
describe('DATA-LOCATION: who may take things out of a storage place, or the approval to take them out (「保管場所から持ち出すことができるのは…」「…から持ち出すときは…承認」), is a removal rule, not a location', () => {
  it.each([
    '預かり品を保管場所から持ち出すことができるのは、当日の担当者に限る。',
    '受託者は、申込書を作業場所から持ち出すときは、あらかじめ委託者の承認を得ること。',
    '個人情報を記録した書類を取扱場所から持ち出すことができる者は、甲が指名した職員に限る。',
  ])('missing: %s', (text) => {
    expect(statusOf('DATA-LOCATION', text)).toBe('missing');
  });
  it.each([
    '乙は、本業務を乙の大阪事業所においてのみ行い、帳票を同事業所から持ち出すときは甲の承認を得る。',
    '受託者は、データを日本国内のデータセンターに保管し、媒体を作業場所から持ち出す場合は委託者の承認を得る。',
  ])('a named site or country beside it is still read: %s', (text) => {
    expect(statusOf('DATA-LOCATION', text)).not.toBe('missing');
  });
});

// held-out round 298 (Japanese)
describe('DATA-LOCATION: a party reserving the right to entrust a centre\'s operation (「…（データセンターの運用…）を第三者に委託することがある」) names a task, not where data is kept', () => {
  it.each([
    '受託者は、本業務のうちデータセンターの運用及びヘルプデスク業務を第三者に委託することができる。',
    '当社は、データセンターの保守を第三者に委託することがある。',
  ])('not addressed: %s', (text) => {
    expect(statusOf('DATA-LOCATION', text)).toBe('missing');
  });
  it.each([
    '当社は、契約者データを国内のデータセンターで保管し、その運用を第三者に委託することができる。',
    '受託者は、甲の承認を得て、再委託先のデータセンターにおいて個人情報を処理することができる。',
  ])('a storage or processing place stays addressed (near-miss): %s', (text) => {
    expect(statusOf('DATA-LOCATION', text)).not.toBe('missing');
  });
});

// held-out round 309 (English)
describe('DATA-LOCATION: CCTV footage and recordings are data whose storage place is stated ("no footage will be stored outside the UK")', () => {
  it.each([
    'No footage will be stored or processed outside the United Kingdom.',
    'Recordings from the cameras will not be stored outside the European Economic Area.',
  ])('addressed: %s', (text) => {
    expect(statusOf('DATA-LOCATION', text)).not.toBe('missing');
  });
  it.each([
    'Footage is kept for 31 days and is then overwritten automatically.',
    'The Contractor shall deliver the recordings to the Council within five days of a request.',
  ])('retention or delivery of footage names no place (near-miss): %s', (text) => {
    expect(statusOf('DATA-LOCATION', text)).toBe('missing');
  });
});

// held-out round 310 (English)
describe('DATA-LOCATION: a region named after a possessive ("in the provider\'s European regions", "in Azure\'s EU regions") is a named region', () => {
  it.each([
    'Customer records are hosted in the cloud vendor\'s European regions.',
    'All backups are stored in AWS\'s EU regions and replicated between them.',
    'Booking data is processed in the hosting partner\'s Nordic region.',
  ])('addressed: %s', (text) => {
    expect(statusOf('DATA-LOCATION', text)).not.toBe('missing');
  });
  it.each([
    'Customer records are hosted in the cloud vendor\'s other regions as capacity allows.',
    'Our account managers cover the distributor\'s Nordic regions from the Leeds office.',
  ])('a qualifier word or no data stays missing (near-miss): %s', (text) => {
    expect(statusOf('DATA-LOCATION', text)).toBe('missing');
  });
});

// session 61 probe sweep (English: plain letters of engagement)
describe('DATA-LOCATION: data that "must stay" in a country or region', () => {
  it.each([
    "The Club's files must stay on servers in the UK.",
    'All member data must stay within the European Economic Area.',
  ])('addressed: %s', (text) => {
    expect(statusOf('DATA-LOCATION', text)).not.toBe('missing');
  });
  it('staff who must stay in an office are no data location (near-miss)', () => {
    expect(statusOf('DATA-LOCATION', "The Supplier's staff must stay in the UK office during the mailing week.")).toBe('missing');
  });
});

// held-out round 302 (Japanese)
describe('DATA-LOCATION: a ban on copying data anywhere but one server / environment / device (「…サーバー以外に複製してはならない」) is a copy rule, not a location', () => {
  it.each([
    '受託者は、検証用データを受託者の検証サーバー以外に複製してはならない。',
    '乙は、預かった顧客データを乙の作業用サーバー以外に複製しない。',
  ])('missing: %s', (text) => {
    expect(statusOf('DATA-LOCATION', text)).toBe('missing');
  });
  it.each([
    '受託者は、委託者のデータを東京都内のデータセンター以外に複製してはならない。',
    '受託者は、委託者のデータを日本国内のサーバー以外に保存してはならない。',
  ])('a named place, or a storing ban, is still read: %s', (text) => {
    expect(statusOf('DATA-LOCATION', text)).not.toBe('missing');
  });
});

// held-out round 313 (English)
describe('DATA-LOCATION: a bare "EU" hosting cell, an "EU region", and offshore staff at a named delivery centre', () => {
  it.each([
    '| Data hosting region | EU (see the service description) |',
    'Student records are kept in the vendor\'s EU hosting region.',
    'The Integrator may use offshore support staff at its Chennai service centre for night-time ticket handling.',
  ])('addressed: %s', (text) => {
    expect(statusOf('DATA-LOCATION', text)).not.toBe('missing');
  });
  it.each([
    '| Applicable clauses | EU Standard Contractual Clauses |',
    'The Integrator may use offshore resources during peak enrolment periods.',
  ])('not addressed (near-miss): %s', (text) => {
    expect(statusOf('DATA-LOCATION', text)).toBe('missing');
  });
});

// held-out round 304 (Japanese)
describe('DATA-LOCATION: a country name inside a katakana loanword (リマインド) is no place', () => {
  it.each([
    '受託者は、会員データを、来店リマインドの配信のためにのみ取り扱う。',
    '受注者は、予約データを、リマインド通知の送信のために保管する。',
  ])('stays missing: %s', (text) => {
    expect(statusOf('DATA-LOCATION', text)).toBe('missing');
  });
  it.each([
    '受託者は、顧客データをインドのデータセンターに保管してはならない。',
    '乙は、インドネシアの開発拠点で会員情報を扱う場合は、あらかじめ甲の承認を得る。',
  ])('a real country still addresses the requirement: %s', (text) => {
    expect(statusOf('DATA-LOCATION', text)).not.toBe('missing');
  });
});

// held-out round 315 (English)
describe('DATA-LOCATION: a bold numbered title line ("**4.2 Where data is kept**") owns the "4.2.1", "4.2.2" clauses under it', () => {
  // a long chapter, so the chapter itself is too big to be the clause's scope: the change rule two lines below the
  // hosting sentence is in the clause only if the bold title is the parent of its numbered sub-clauses
  const filler = Array.from({ length: 12 }, (_, k) =>
    `**4.${k + 3} Topic ${k + 3}**\n4.${k + 3}.1 The Vendor shall keep a register for topic ${k + 3}.\n4.${k + 3}.2 The register is reviewed by the account team.\n4.${k + 3}.3 Entries are kept for the term.`).join('\n\n');
  const doc = (clause: string) => `### 4. Requirements\n\n**4.1 Service desk**\n4.1.1 The Vendor shall staff a service desk.\n\n${clause}\n\n${filler}\n`;
  it.each([
    '**4.2 Where data is kept**\n4.2.1 Member records shall be stored in data centres in Germany.\n4.2.2 The Vendor shall give a monthly capacity report.\n4.2.3 Any move of those locations requires the Client\'s prior written approval, sought at least 45 days in advance.',
    '**4.2 Hosting region**\n4.2.1 All customer data shall be hosted in Canada, with backups in a second Canadian site.\n4.2.2 A change to these sites needs the Client\'s prior written consent, requested no less than 30 days beforehand.',
  ])('the change rule is read with the locations: %s', (clause) => {
    expect(metOf(doc(clause), 'DATA-LOCATION', 'change-notice')).toBe(true);
  });
  it('a change rule under another bold title (service desk hours) is no location change (near-miss)', () => {
    const clause = '**4.2 Hosting region**\n4.2.1 All customer data shall be hosted in Canada.\n\n**4.20 Desk hours**\n4.20.1 Any change to the desk hours requires the Client\'s prior written approval, requested at least 30 days in advance.';
    expect(metOf(doc(clause), 'DATA-LOCATION', 'change-notice')).toBe(false);
  });
});

// held-out round 308 (Japanese)
describe('DATA-LOCATION: data kept in the Tokyo and Osaka regions counted as 「2つの／二つのリージョン」 beside a switch-over drill', () => {
  it.each([
    '業務データは、東京と大阪の二つのリージョンで保管し、受託者は毎年切替訓練を行う。',
    '提供者は、顧客データを東京・大阪の2つのリージョンに置き、年2回、切替えの演習を実施する。',
  ])('addresses DATA-LOCATION: %s', (text) => {
    expect(statusOf('DATA-LOCATION', text)).not.toBe('missing');
  });
  it('a drill between two unnamed regions stays missing (near-miss)', () => {
    expect(statusOf('DATA-LOCATION', '受託者は、年1回、2つのリージョン間の切替訓練を実施し、結果を報告する。')).toBe('missing');
  });
});

// held-out round 313 (Japanese)
describe('DATA-LOCATION: a check, patrol or cleaning done 「…の設置場所において／で」 is no location term', () => {
  it.each([
    'サーバの設置場所は日本国内に限る。',
    'データの保存場所は、東京都内のデータセンターに限る。',
  ])('addressed: %s', (text) => {
    expect(statusOf('DATA-LOCATION', text)).not.toBe('missing');
  });
  it.each([
    '委託者は、端末の設置場所において、不審な機器の取付けがないかを毎日点検する。',
    '保守員は、機器の設置場所で、月1回巡回して外観を点検するものとする。',
  ])('stays missing (near-miss): %s', (text) => {
    expect(statusOf('DATA-LOCATION', text)).toBe('missing');
  });
});

// session 64, from the held-out residual (rounds 313, 314)
describe('DATA-LOCATION: a service hosted, stored or run "in the <city> and <city> regions" of a cloud, or 「東日本と西日本の2つのリージョン」', () => {
  it.each([
    'The booking system is hosted on Azure in the Amsterdam and Dublin regions.',
    'The portal is deployed on AWS in the London region.',
    '本システムは、西日本と東日本の二つのリージョンで冗長化した基盤上で運用します。',
  ])('addressed: %s', (text) => {
    expect(statusOf('DATA-LOCATION', text)).not.toBe('missing');
  });
  it.each([
    'Our installation crews are based in the London and Manchester regions.',
    'The account team covers the Tokyo and Osaka regions for the Customer.',
    '本システムは、冗長化した基盤上で運用します。',
  ])('stays missing (near-miss): %s', (text) => {
    expect(statusOf('DATA-LOCATION', text)).toBe('missing');
  });
});

// held-out round 317 (Japanese)
describe('DATA-LOCATION: an inspection right in the causative 「作業場所に立ち入らせ、調査させる」 / 「立ち入らしめ」 is audit, not where the work is done', () => {
  it.each([
    '甲は、必要があると認めるときは、甲の職員をして乙の作業場所に立ち入らせ、帳簿を検査させることができる。',
    '委託者は、その指定する者を受託者の事業所に立ち入らしめ、業務の実施状況を調査することができる。',
  ])('missing: %s', (text) => {
    expect(statusOf('DATA-LOCATION', text)).toBe('missing');
  });
  it.each([
    '乙は、甲が指定した作業場所においてのみ本業務を行い、甲の承認なく第三者を作業場所に立ち入らせてはならない。',
    '乙は、作業場所に部外者を立ち入らせないよう、入退室を管理したうえで、本業務を乙の事業所内でのみ行う。',
  ])('a duty to work only at a named place, with visitors kept out, stays addressed (near-miss): %s', (text) => {
    expect(statusOf('DATA-LOCATION', text)).not.toBe('missing');
  });
});
