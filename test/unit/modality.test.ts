/** Modality of a sentence from its markers: obligation, prohibition, permission, effort-only, to-be-agreed. */
import { describe, expect, it } from 'vitest';
import { analyzeDetailed } from '../../shared/engine/analyze.ts';
import { MODALITY_PRIORITY, modalityOf, type Modality } from '../../shared/engine/modality.ts';

const modalities = (text: string) => analyzeDetailed(text).facts.sentenceFacts.map((f) => f.modality);

describe('modalityOf', () => {
  const markers = new Map<Modality, number>([['obligation', 1], ['prohibition', 2], ['effort', 3], ['permission', 4], ['agree-later', 5], ['statement', 6]]);

  it('is a statement without markers', () => {
    expect(modalityOf(new Set([7, 8]), markers)).toBe('statement');
  });

  it('takes the weakest binding force when markers combine', () => {
    expect(modalityOf(new Set([1, 3]), markers)).toBe('effort');
    expect(modalityOf(new Set([1, 5]), markers)).toBe('agree-later');
    expect(modalityOf(new Set([1, 4]), markers)).toBe('obligation');
    expect(modalityOf(new Set([2, 1, 4]), markers)).toBe('prohibition');
    expect(MODALITY_PRIORITY[1]).toBe('prohibition');
  });

  it('is a statement whatever else it names when a statement marker is present (a sentence stating an aim)', () => {
    expect(modalityOf(new Set([1, 6]), markers)).toBe('statement');
    expect(modalityOf(new Set([2, 6]), markers)).toBe('statement');
  });
});

describe('Japanese sentences', () => {
  it.each([
    ['乙は、保存データを暗号化しなければならない。', 'obligation'],
    ['乙は、保存データを暗号化するものとする。', 'obligation'],
    ['乙は、必要な安全管理措置を講じなければならない。', 'obligation'],
    ['乙は、甲の求めに応じなければならない。', 'obligation'],
    ['乙は、甲の承諾なく本業務を第三者に委託してはならない。', 'prohibition'],
    ['当社は、お預かりしたデータを第三者に提供せず、広告配信には用いません。', 'prohibition'],
    // a causative or polite negative binds as the plain one does (「行わせない」「認めない」)
    ['再委託先には、再々委託を行わせません。', 'prohibition'],
    ['乙は、従事者に私物の端末を使わせないものとする。', 'prohibition'],
    ['国外の拠点からのアクセスは認めません。', 'prohibition'],
    // a 誓約書's first-person 「〜ません」「〜を守ります」 binds the signer
    ['私は、業務用のパスワードを家族にも知らせません。', 'prohibition'],
    ['私は、派遣期間が終わった後も、上記の事項を守ります。', 'obligation'],
    // the polite 「なりません」 binds as 「ならない」 does, both ways
    ['受託者は、預託資料を自社の研究開発に用いてはなりません。', 'prohibition'],
    // a sentence that states an aim binds no one, though its aim is worded as a duty (「…を確保すること」)
    ['この規程は、委託先における情報の安全を確保することを目的とする。', 'statement'],
    ['本特記事項は、個人情報の漏えいを防止することを目的とします。', 'statement'],
    ['乙は、漏えいを防止することを目的として、通信を暗号化しなければならない。', 'obligation'],
    ['受託者は、解析端末を施錠された室内で保管しなければなりません。', 'obligation'],
    ['乙は、脆弱性の早期修正に努めるものとする。', 'effort'],
    ['具体的な報告様式は、甲乙協議の上定める。', 'agree-later'],
    ['作業の実施日は、甲乙協議して定める。', 'agree-later'],
    // an agreed date or method the duty is done on leaves the duty itself assigned
    ['乙は、年２回、甲と協議して定めた日に修正プログラムを適用しなければならない。', 'obligation'],
    ['乙は、甲乙協議の上定めた方法によりデータを消去しなければならない。', 'obligation'],
    ['甲は、乙の作業場所に立ち入ることができる。', 'permission'],
    // the polite 「…することができます」 permits as 「…することができる」 does (its 「すること」 is no instruction)
    ['利用者は、退会の手続き前に写真データを一括で保存することができます。', 'permission'],
    ['貴社は、当社の運用拠点を事前の予約により見学することができます。', 'permission'],
    ['本システムは、甲の基幹業務を支える。', 'statement'],
  ] as const)('%s → %s', (text, modality) => {
    expect(modalities(text)).toEqual([modality]);
  });

  // 「乙は、…する。」: a party's duty in the plain form, as Japanese contracts often write it
  it.each([
    ['乙は、本システムを運用する。', 'obligation'],
    ['受注者は、事故を認知したときは、直ちに発注者に報告する。', 'obligation'],
    ['乙は、消去の完了後7日以内に消去証明書を甲に提出する。', 'obligation'],
    ['乙は、アクセス権限の棚卸を四半期ごとに行い、結果を甲に報告する。', 'obligation'],
    ['丙が業務を継続できないときは、乙が自ら行う。', 'obligation'],
    // a stative verb is the whole verb, not the tail of a compound: 保存する keeps, 存する exists
    ['乙は、アクセスログを1年間保存する。', 'obligation'],
    ['乙は、作業の記録を契約期間中保存する。', 'obligation'],
    ['本契約に定めのない権利は、甲に存する。', 'statement'],
    ['乙は、ISMS認証を保有する。', 'statement'],
    ['乙は、甲の情報資産を取り扱う権限を有する。', 'statement'],
    // 「できる」 inside a noun phrase is no permission; the sentence's own ending decides
    ['乙は、鍵にアクセスできる者を限定し、年1回鍵を更新する。', 'obligation'],
    ['乙の運用責任者は、ログを週1回点検する。', 'obligation'],
    ['甲は、乙に対し、報告を求めることができる。', 'permission'],
    // 「認める」 permits only where it ends the sentence; inside it, a condition (必要と認める場合) or a duty joined to
    // the next one (立入りを認めるとともに) leaves the plain-form duty binding
    ['保守作業のための国外からの接続は、事前に申請したものに限り認める。', 'permission'],
    ['受託者は、委託者が必要と認める場合には、従事者に教育を実施し、記録を提出する。', 'obligation'],
    ['乙は、作業場所への立入りを認めるとともに、原因を十営業日以内に書面で甲に報告する。', 'obligation'],
    // 「推奨する対策」 names the countermeasure recommended; it is no mere recommendation of the duty
    ['当社は、影響評価及び推奨する対策を添えてご報告いたします。', 'obligation'],
    ['乙は、月1回以上のパスワード変更を推奨する。', 'effort'],
    // 「…できません」「…ことはできない」 in a rule: a ban
    ['私物の端末は、本業務に使用できません。', 'prohibition'],
    ['乙は、甲の承諾なく本業務を第三者に再委託することはできない。', 'prohibition'],
    ['乙が取り扱う情報は、機密性3に該当する。', 'statement'],
    ['返還は、甲が指定する形式の媒体により行う。', 'statement'],
    ['乙の作業環境は、甲の社内ネットワークに接続する。', 'statement'],
    ['当社は、お客様のコンテンツを機密情報として扱います。', 'statement'],
    ['個別契約は、乙が注文請書を交付した時に成立する。', 'statement'],
  ] as const)('%s → %s', (text, modality) => {
    expect(modalities(text)).toEqual([modality]);
  });

  it('a caption binds nobody; an article written without one keeps its modal', () => {
    const text = '業務委託契約書\n\n第8条（複写の禁止）\n乙は、甲の承諾なく本資料を複写してはならない。\n\n第9条 乙は、作業記録を甲に提出しなければならない。';
    const { segmentation, facts } = analyzeDetailed(text);
    const byText = Object.fromEntries(segmentation.sentences.map((s, i) => [text.slice(s.start, s.end).trim(), facts.sentenceFacts[i].modality]));
    expect(byText['第8条（複写の禁止）']).toBe('statement');
    expect(byText['乙は、甲の承諾なく本資料を複写してはならない。']).toBe('prohibition');
    expect(byText['第9条 乙は、作業記録を甲に提出しなければならない。']).toBe('obligation');
  });

  it('a vendor writing as 当社 states its practice in the progressive: a commitment in its proposal', () => {
    const proposal = (body: string) => modalities(`ご提案書\n\n当社は、貴社の基幹システムの運用支援をご提案いたします。当社は、貴社の情報を厳重に管理いたします。${body}`).slice(-1)[0];
    expect(proposal('開発に使用する端末は、ディスク全体を暗号化しております。')).toBe('obligation');
    expect(proposal('要員には年1回の研修を実施しています。')).toBe('obligation');
    expect(proposal('再委託先には該当しないものと考えております。')).toBe('statement');
    expect(proposal('本サービスは二つのデータセンターで構成されています。')).toBe('statement');
    // without a first-person vendor the progressive describes, it does not commit
    expect(modalities('業務委託契約書\n\n本システムは、住民の情報を暗号化しております。').slice(-1)[0]).toBe('statement');
  });
});

describe('a consultation that ends in the outsourcer\'s approval', () => {
  it('binds: the approval is the condition, only the talk comes first', () => {
    const last = (t: string) => modalities(`ご提案書\n\n当社は、貴社の受付業務の運営をご提案いたします。${t}`).slice(-1)[0];
    expect(last('作業拠点を移す際は、２か月前までにお客様とご相談のうえ、書面でご承認をいただきます。')).not.toBe('agree-later');
    expect(last('要員を入れ替える場合は、事前に貴社と相談の上、承諾を得て行います。')).not.toBe('agree-later');
    // a consultation that decides the matter itself still defers it
    expect(last('費用の負担は、貴社とご相談のうえ決定いたします。')).toBe('agree-later');
  });
});

describe('English sentences', () => {
  it.each([
    ['The Vendor shall encrypt backups.', 'obligation'],
    // the dates are agreed, the duty is not deferred
    ['The Vendor shall perform a penetration test annually on dates mutually agreed with the Customer.', 'obligation'],
    ['The allocation of these tasks shall be mutually agreed.', 'agree-later'],
    ['The Vendor must encrypt backups.', 'obligation'],
    ['The Vendor shall not disclose any Customer Data.', 'prohibition'],
    ['The Vendor will use reasonable efforts to patch promptly.', 'effort'],
    ['The Vendor shall endeavour to patch promptly.', 'effort'],
    ['The Vendor warrants that the software contains no malicious code.', 'obligation'],
    ['The Supplier represents and warrants that its staff are vetted.', 'obligation'],
    ['The Buyer may inspect the premises.', 'permission'],
    // "may" that says what could happen grants nothing
    ['A change that may affect the hosted data is announced in the release notes.', 'statement'],
    ['Outages may result from upstream network faults.', 'statement'],
    ['The Customer may inspect any record that may be affected by the change.', 'permission'],
    // a permission with "only" is a restriction: the other ways are barred
    ['Provider Personnel may access the OT Environment remotely only through the jump host.', 'prohibition'],
    ['The Processor may disclose Personal Data only to its authorised personnel.', 'prohibition'],
    ['Backups can be restored only with the Customer\'s written approval.', 'prohibition'],
    ['The Buyer may inspect the premises not only once a year but also after an incident.', 'permission'],
    ['The Vendor hosts the service in Frankfurt.', 'statement'],
    // "is to be" + a participle is a duty in the passive; "is to be construed" only reads the contract
    ['USB storage on Supplier devices is to be disabled.', 'obligation'], ['Backups are to be kept for seven years.', 'obligation'],
    ['References to a party are to be construed as including its successors.', 'statement'],
    // "neither … nor …" with a modal, and "shall neither … nor", bar what they name as "shall not" does
    ['Neither the Customer Data nor any report derived from it may be used to benchmark other clients.', 'prohibition'],
    ['Neither the Contractor nor its agents shall copy the case files.', 'prohibition'],
    ['The Vendor shall neither sell nor license the data to others.', 'prohibition'],
    // without a modal after the "nor" the pair bars nothing: the permission stands
    ['The Buyer may inspect the premises, and neither a notice nor a reason is needed.', 'permission'],
    // "Should X occur, …" is a condition, not the weak "should" of a recommendation
    ['Should a breach involving Customer Data occur, the Vendor will notify the Customer within 24 hours.', 'obligation'],
    ['Should the Contractor fail to remedy the breach, the County may terminate this Contract.', 'permission'],
    ['The Vendor should review access rights quarterly.', 'effort'],
    // the plural of "is expected to" is the same soft expectation
    ['Contractors are expected to keep their antivirus signatures current.', 'effort'],
  ] as const)('%s → %s', (text, modality) => {
    expect(modalities(text)).toEqual([modality]);
  });
});

it('decides per sentence', () => {
  expect(modalities('乙は、作業記録を提出しなければならない。甲は、作業記録を閲覧することができる。')).toEqual(['obligation', 'permission']);
});

describe('English list items under a duty lead-in', () => {
  it('an item opening with "not" bans as "shall not" does; its siblings keep their own reading', () => {
    const text = 'The Licensee undertakes to:\n(i) store the Source Code on encrypted media;\n(ii) not reveal the Source Code to any contractor without the Licensor\'s prior written approval;\n(iii) never remove the tapes from the vault.';
    expect(modalities(text).slice(1)).toEqual(['statement', 'prohibition', 'prohibition']);
  });

  it('under a lead-in that permits or describes, the negated item is left alone', () => {
    expect(modalities('The Licensee may:\n(i) not renew the licence at the end of the term.').slice(1)).toEqual(['statement']);
    expect(modalities('The service includes:\n- not stored passwords in plain text.').slice(1)).toEqual(['statement']);
  });
});

// session 59 probe sweep
describe('a duty denied to "no X" and the polite 「…ないものとします」 are prohibitions', () => {
  it.each([
    ['No partner organisation may pass the records to a processor.', 'prohibition'],
    ['No contractor employee shall take case files home.', 'prohibition'],
    ['No sub-processor will be engaged without the Council\'s consent.', 'prohibition'],
    ['当社は、お客様の情報を第三者に開示しないものとします。', 'prohibition'],
    // "no" inside a phrase, a number bound or a waiver leaves the sentence's duty as it is
    ['At no cost the Supplier will provide security updates.', 'obligation'],
    ['No later than five days after the request, the Supplier shall return the data.', 'obligation'],
    ['No fewer than two engineers shall be on call.', 'obligation'],
    ['当社は、お客様の情報を適切に管理するものとします。', 'obligation'],
  ] as const)('%s → %s', (text, modality) => {
    expect(modalities(text)).toEqual([modality]);
  });
});

// session 59 probe sweep
describe('plain-register restrictions: "is never passed on", "never leave", "we only use", "Only X may"', () => {
  it.each([
    ['Your card number is never stored on our servers.', 'prohibition'],
    ['Customer files never leave the office.', 'prohibition'],
    ['We only use your email address to send receipts.', 'prohibition'],
    ['Only engineers on the rota may open the server cabinet.', 'prohibition'],
    // a fact about the past, a number bound and a plain "only" inside the sentence are not
    ['We have never lost a customer file.', 'statement'],
    ['The response time is never more than four hours.', 'statement'],
    ['The Supplier may use only approved couriers.', 'permission'],
  ] as const)('%s → %s', (text, modality) => {
    expect(modalities(text)).toEqual([modality]);
  });
});

// session 61 probe sweep (Japanese: a buyer's request letter in the polite register)
describe('the polite request: 「…しないでください」 bans, 「…していただきます」 binds', () => {
  it.each([
    ['名簿を自宅に持ち帰らないでください。', 'prohibition'],
    ['会員の情報は、外部に漏らさないでください。', 'prohibition'],
    ['漏えいにかかる費用は、貴社に負担していただきます。', 'obligation'],
    ['作業の前に、担当者全員に研修を受けていただきます。', 'obligation'],
    // a plain request to do something stays an obligation
    ['作業の記録を保存してください。', 'obligation'],
  ] as const)('%s → %s', (text, modality) => {
    expect(modalities(text)).toEqual([modality]);
  });
});
