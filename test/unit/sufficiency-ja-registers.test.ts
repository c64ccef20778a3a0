/**
 * Japanese registers met in held-out documents (hospital specs, 基本契約＋個別契約, IaaS 約款, SES 誓約書, BPO 提案書):
 * sufficiency tests that read the phrasing family, not one sentence.
 */
import { describe, expect, it } from 'vitest';
import { analyze, analyzeDetailed } from '../../shared/engine/analyze.ts';
import { requirementOf, statusOf, testOf } from './test-result.ts';


describe('Japanese sufficiency phrasing families', () => {
  it.each([
    // the information handled, stated as 「要配慮個人情報を…取り扱い」 rather than 「取り扱う情報は…」
    ['SUPPLY-CHAIN-RISK-TIERING', 'info-class', '本システムは要配慮個人情報を日常的に取り扱い、停止した場合には診療に重大な支障が生じるため、最重要システムに区分する。'],
    ['SUPPLY-CHAIN-RISK-TIERING', 'info-class', '本業務では特定個人情報を取り扱うことから、停止が許されない重要業務と位置付け、要求水準を別紙に定める。'],
    // a party given a list of security activities, and the residual clause that assigns the rest
    ['RESPONSIBILITY-BOUNDARY', 'matrix', '利用者は、ゲストOSへのパッチ適用、アカウントの管理及びバックアップの取得を、自らの責任で実施するものとする。'],
    ['RESPONSIBILITY-BOUNDARY', 'no-orphans', '委託者と受託者の責任範囲は次のとおりとする。前各号に掲げる事項以外の一切の事項は、委託者の責任とする。'],
    // two kinds of content item, or a list announced for the report
    ['INCIDENT-NOTIFICATION', 'content', '乙は、事故を知ったときは、直ちに甲に報告する。報告には、発生日時、影響を受けた本人の数及び原因を含めること。'],
    ['INCIDENT-NOTIFICATION', 'content', '受注者は、インシデントを認知したときは発注者に報告する。\n２　前項の報告には、次の事項を記載するものとする。\n(1) 事案の概要\n(2) 推定される原因\n'],
    // both parties' contact points named as 窓口
    ['SECURITY-ORGANIZATION', 'contacts', '発注者と受注者の間の連絡は、双方の担当課長を窓口として行う。'],
    // a definition that reaches what is learned in performance, whether marked or not
    ['CONFIDENTIALITY', 'definition', '「秘密情報」とは、本契約の履行過程で知り得た一切の情報をいい、秘密である旨の表示の有無を問わない。ただし、公知の情報及び受領者が独自に開発した情報を除く。'],
    // an ad-hoc status report on request within a stated time
    ['PERIODIC-SECURITY-REPORTING', 'ad-hoc', '乙は、毎月、安全対策の実施状況を甲に報告する。乙は、甲の求めがあったときは、５営業日以内に臨時の報告を行う。'],
    // 「アクセスできる者」 qualifies a noun: the plain-form duty around it stands (it is no permission)
    ['ENCRYPTION', 'strength', '乙は、預託データを保存時はAES-256により、通信時はTLS1.2以上により暗号化し、鍵にアクセスできる者を限定する。'],
    // the people allowed are named to the outsourcer (その氏名を甲に届け出る)
    ['ACCESS-CONTROL', 'named-need-to-know', '乙は、預託データにアクセスできる者を業務上必要な最小限の者に限定し、その氏名を甲に届け出る。'],
    // a party's officer as the subject, a weekly review, logs of access and of privileged operations
    ['LOGGING-MONITORING', 'review', '乙の運用責任者は、預託データへのアクセスのログを週1回点検する。'],
    ['LOGGING-MONITORING', 'log-types', '乙は、預託データへのアクセス及び特権操作のログを取得し、1年間保存する。'],
    // the rest decided by a named party, or an activity put outside the contract and given to someone else
    ['RESPONSIBILITY-BOUNDARY', 'no-orphans', '役割分担は別表のとおりとする。別表に記載のない作業は、甲が判断する。'],
    ['RESPONSIBILITY-BOUNDARY', 'no-orphans', 'サーバ機器の保守は本業務の範囲外とし、委託者が別途契約する保守業者によるものとする。'],
    // accounts issued per person the outsourcer has approved
    ['ACCESS-CONTROL', 'named-need-to-know', '運用サーバへのログインIDは、発注者の許可を得た保守要員ごとに付与する。'],
    // the confidential information as a defined term of the definitions article (「委託者の情報」とは…一切の情報)
    ['CONFIDENTIALITY', 'definition', '本契約において「委託者の情報」とは、本業務に関して委託者が受託者に提供した技術上、営業上その他一切の情報をいう。ただし、既に公知となっている情報は、この限りでない。'],
    // 移行計画 tied to the end of the contract or to a successor
    ['EXIT-TRANSITION-SUPPORT', 'exit-plan', '受託者は、契約期間満了の六か月前までに、後継事業者への移行計画を作成して委託者に提出する。'],
    // a credit the outsourcer may claim when the level is missed, and a credit table keyed on 「…％未満」
    ['BCP-AVAILABILITY-SLA', 'reporting-remedy', '受託者は、毎月、稼働実績を報告する。稼働率の目標を達成できなかったときは、委託者は当該月の委託料の一部を減額することができる。'],
    ['BCP-AVAILABILITY-SLA', 'reporting-remedy', '受注者は、サービスレベルの達成状況を月次で報告する。月間稼働率が99.8％未満の月は、月額料金の10％を減額する。'],
    // the approval request: identity, scope, security measures and period / reason / supervision
    ['SUBCONTRACT-APPROVAL', 'application-content', '受注者は、再委託の承認を申請する場合は、再委託先の名称及び所在地、再委託する業務の範囲、再委託の期間及び理由、再委託先の安全管理措置並びに受注者による監督の方法を記載した書面を提出すること。'],
    // sites for work, storage and backup together with where remote access comes from
    ['DATA-LOCATION', 'locations-listed', '乙は、本業務を乙の大阪事業所で行い、預託データ及びそのバックアップを国内のデータセンターに保管する。リモート保守は乙の大阪事業所からのみ接続する。'],
    // sites given with their prefecture and city, storage confined to one of them, and the link from the other site to the systems
    ['DATA-LOCATION', 'locations-listed', '乙は、本業務を乙の監視センター（福岡県福岡市）においてのみ行い、預託データは甲のデータセンター以外に保存しない。監視センターから甲の機器への接続は、専用線に限る。'],
  ])('%s %s is met: %s', (id, testId, text) => {
    expect(testOf(id, testId, text)).toMatchObject({ found: true, met: true });
  });

  it.each([
    // one item (対応状況) is not the minimum content
    ['INCIDENT-NOTIFICATION', 'content', '乙は、個人情報の漏えいを知ったときは、２時間以内に甲の窓口へ電話で第一報を行い、その後の対応状況を随時報告する。'],
    // consultation is not an allocation of the rest
    ['RESPONSIBILITY-BOUNDARY', 'no-orphans', '役割分担は別表のとおりとし、別表に記載のない事項は、甲乙協議の上で分担を定める。'],
    // a definition with no exceptions enumerated (the catalog wants both)
    ['CONFIDENTIALITY', 'definition', '「秘密情報」とは、本契約の履行過程で知り得た一切の情報をいい、秘密である旨の表示の有無を問わない。'],
    // designated-only definitions leave out what is learned during performance
    ['CONFIDENTIALITY', 'definition', '「秘密情報」とは、書面、口頭その他方法を問わず開示された情報のうち、開示の際に秘密である旨を表示したものをいう。'],
    // facts supplied for the outsourcer's report to a regulator are regulatory cooperation, not ad-hoc status reports
    ['PERIODIC-SECURITY-REPORTING', 'ad-hoc', '乙は、毎月、安全対策の実施状況を甲に報告する。乙は、甲が監督当局に報告するために必要な事実を、甲の求めに応じて３営業日以内に提供する。'],
    ['CONFIDENTIALITY', 'definition', '本契約において「機密情報」とは、電磁的記録又は口頭により提供された技術情報のうち、提供時に機密である旨が明示されたものをいう。'],
    // the plan for migrating into the new system is no exit plan
    ['EXIT-TRANSITION-SUPPORT', 'exit-plan', '受注者は、次期事業者への引継ぎを行うこと。受注者は、本番稼働前に移行計画書を作成すること。'],
    // name, work and security measures, but no period, reason or supervision
    ['SUBCONTRACT-APPROVAL', 'application-content', '乙は、再委託の承認を求めるときは、再委託先の名称、再委託する業務の内容及び再委託先の安全管理措置を記載した書面を甲に提出する。'],
    // storage and backup in Japan, but nothing on remote access or subcontractors' sites
    ['DATA-LOCATION', 'locations-listed', '乙は、本業務を乙の本社で行い、預託データ及びそのバックアップを国内のデータセンターに保管する。'],
  ])('%s %s is not met: %s', (id, testId, text) => {
    expect(testOf(id, testId, text)).toMatchObject({ found: true, met: false });
  });
});

describe('an outright ban on subcontracting leaves the approval procedure nothing to regulate', () => {
  it.each([
    '乙は、本業務の全部又は一部を第三者に再委託してはならない。',
    '受注者は、本件業務を他の事業者に委託し、又は請け負わせてはならない。',
    // naming consent only to rule it out keeps the ban absolute
    '受託者は、本件業務を外部の事業者に再委託してはなりません。委託者の承認があった場合であっても同様とします。',
    '乙は、甲の同意の有無を問わず、本業務の一部であっても第三者に再委託してはならない。',
    'The Contractor shall not subcontract any part of the Services, with or without the Client’s consent.',
  ])('sufficient: %s', (text) => {
    const r = requirementOf(text, 'SUBCONTRACT-APPROVAL');
    expect(analyze(text).context.subcontracting).toBe('prohibited');
    expect(r.status).toBe('sufficient');
  });

  it.each([
    // hedged: 「原則として」 leaves unstated exceptions
    ['application-content', '乙は、原則として、本業務の全部又は一部を第三者に再委託してはならない。'],
    // a ban with an approval proviso allows subcontracting: the application content is still required
    ['application-content', '乙は、本業務を第三者に再委託してはならない。ただし、甲の書面による承諾を得た場合は、この限りでない。'],
  ])('%s not met: %s', (testId, text) => {
    expect(testOf('SUBCONTRACT-APPROVAL', testId, text).met).toBe(false);
  });
});

describe('a bare training heading is not evidence of personnel training', () => {
  it('operation training for the outsourcer’s staff under 「研修」 is missing', () => {
    const text = '電子カルテ更新仕様書\n\n４．４　研修\n受注者は、当院職員に対し、本システムの操作研修を稼働前に実施すること。\n';
    expect(requirementOf(text, 'PERSONNEL-TRAINING').status).toBe('missing');
  });
  it('a 「研修」 section on the contractor’s staff is still found', () => {
    const text = '業務委託契約書\n\n第５条（研修）\n乙は、作業開始前及び年１回、本業務に従事する者に研修を行い、その記録を甲に提出する。\n';
    expect(requirementOf(text, 'PERSONNEL-TRAINING').status).not.toBe('missing');
  });
});

describe('document type', () => {
  it('a 「…のご提案」 title is a proposal', () => {
    const text = '# 人事給与業務ＢＰＯサービスのご提案\n\n本業務は当社のセンターで実施いたします。本業務の従事者名簿は、本業務の開始前に提出いたします。\n';
    expect(analyze(text).documentType).toBe('proposal');
  });
});

describe('context', () => {
  it('patient and medical-record information is personal data', () => {
    const text = '電子カルテシステム保守仕様書\n\n受注者は、患者情報を本業務以外の目的で利用してはならない。\n\n受注者は、診療記録を当院の外に持ち出してはならない。\n';
    expect(analyze(text).context.personalData).toBe(true);
  });
});

describe('Japanese sufficiency phrasing families (held-out round 5: ガバメントクラウド仕様書, 研究データ解析契約, 代理店契約, 注文書約款, 誓約書, API規約)', () => {
  it.each([
    ['SUPPLY-CHAIN-RISK-TIERING', 'derived-level', '本業務の情報は機密性２に区分し、受注者は「医療情報システムの安全管理に関するガイドライン（第6.0版）」に準拠した対策を講じること。'],
    ['SUPPLY-CHAIN-RISK-TIERING', 'derived-level', '取扱情報は要機密情報に分類されるため、受託者は当県の情報セキュリティポリシー及び同対策基準に適合する体制を整備すること。'],
    ['PERIODIC-SECURITY-REPORTING', 'ad-hoc', '乙は、毎月、安全対策の実施状況を甲に報告する。乙は、甲から求めがあったときは、３営業日以内に管理状況を報告する。'],
    ['PERSONNEL-TRAINING', 'record', '受託者は、配属前及び年２回、従事者にセキュリティ研修を受講させ、受講結果を委託者の研修管理システムに登録するものとする。'],
    ['COPY-REMOVAL-RESTRICTION', 'copy-approval', '乙は、甲が指定した作業用端末においてのみ本件データを取り扱い、当該端末の外に本件データを複製してはならない。'],
    ['COPY-REMOVAL-RESTRICTION', 'copy-approval', '受託者は、委託者が許可した保管場所以外に預託データを複写しないものとする。'],
    ['SUBCONTRACT-FLOWDOWN', 'all-tiers', '乙は、再委託先との間で本契約と同等の義務を定めた書面を締結する。再委託先が更に委託する場合も同様とする。'],
    ['NONCOMPLIANCE-REMEDY-TERMINATION', 'corrective', '甲は、乙がセキュリティ対策を怠ったときは、１４日以内の期限を定めて是正を求めることができる。'],
    ['PROCESSING-DESCRIPTION', 'data-types', '乙は、会員約五千名分の氏名、生年月日及び購入履歴のデータを取り扱う。'],
    ['PROCESSING-DESCRIPTION', 'purpose-nature', '乙による個人情報の取扱いは、配送伝票を作成する目的に限るものとする。'],
    ['PROCESSING-DESCRIPTION', 'duration', '乙による提供データの取扱いは、利用目的の達成に必要な範囲で、本契約の有効期間中に限るものとする。'],
    ['ACCEPTANCE-SECURITY-VERIFICATION', 'criteria', '受注者は成果物を納入し、発注者はこれを検査する。検査には、設計書に定めたセキュリティ要件への適合性の確認を含む。'],
    // held-out round 6 (制御系保守委託, 医療機器遠隔保守)
    ['SUPPLY-CHAIN-RISK-TIERING', 'info-class', '本業務で取り扱う顧客名簿は、当社規程の「関係者外秘」に区分される情報とする。'],
    ['SUPPLY-CHAIN-RISK-TIERING', 'service-criticality', '本システムの停止が許容される時間は、１時間以内とする。'],
    ['SUPPLY-CHAIN-RISK-TIERING', 'derived-level', '本業務で取り扱う患者情報は「要機密」に区分する。受託者は、「医療情報システムの安全管理に関するガイドライン第６．０版」に準拠して業務を行う。'],
    ['INTEGRITY-UNINTENDED-CHANGE', 'management-system', '乙は、システムの設定変更は、甲が承認した作業手順書に基づいてのみ行うものとする。'],
    ['PERSONNEL-SCREENING-INSIDER', 'insider-controls', '乙は、特権IDを用いる作業を、二名以上の作業者が相互に確認しながら行う。'],
    ['PERSONNEL-SCREENING-INSIDER', 'insider-controls', '乙の要員は、個人所有の端末を執務室に持ち込んではならない。'],
    ['THREAT-INFO-SHARING', 'notify-new-vulns', '乙は、甲のシステムに影響のある脆弱性を確認したときは、CVSS７．０以上のものは５日以内に甲に通知する。'],
    ['VULNERABILITY-MANAGEMENT', 'deadlines', '乙は、脆弱性情報を日次で収集し、CVSS7.0以上の脆弱性は１４日以内に修正プログラムを適用する。'],
  ])('%s %s is met: %s', (id, testId, text) => {
    expect(testOf(id, testId, text)).toMatchObject({ found: true, met: true });
  });

  it.each([
    ['SUPPLY-CHAIN-RISK-TIERING', 'derived-level', '本業務の情報は機密性２に区分し、受注者は業界標準の水準で適切な対策を講じること。'],
    ['PERIODIC-SECURITY-REPORTING', 'ad-hoc', '乙は、毎月、安全対策の実施状況を甲に報告する。事故の判明後は随時更新した報告を行い、最終報告は収束から７日以内に提出する。'],
    ['PERIODIC-SECURITY-REPORTING', 'ad-hoc', '乙は、毎月、安全対策の実施状況を甲に報告する。甲は、必要と認めるときは、２週間以内の期限を定めて改善計画の提出を求めることができる。'],
    ['PERSONNEL-TRAINING', 'record', '受託者は、配属前及び年２回、従事者にセキュリティ研修を受講させ、受講結果を自社で保管する。'],
    ['COPY-REMOVAL-RESTRICTION', 'copy-approval', '乙は、甲の承認なく本件データを複製してはならない。'],
    ['SUBCONTRACT-FLOWDOWN', 'all-tiers', '乙は、再委託先に本契約と同等の義務を書面で課す。再委託先が更に委託するときは、甲の事前の承諾を得なければならない。'],
    ['NONCOMPLIANCE-REMEDY-TERMINATION', 'corrective', '甲は、乙が本契約に違反したときは、契約を解除することができる。\n２　検収後１年以内に瑕疵が見つかったときは、乙は３０日以内に修補する。'],
    ['PROCESSING-DESCRIPTION', 'duration', '取扱期間については、別途協議する。本契約の有効期間中、乙は誠実に業務を行う。'],
    ['ACCEPTANCE-SECURITY-VERIFICATION', 'criteria', '受注者は成果物を納入し、発注者は機能要件に基づき検収を行う。'],
    ['SUPPLY-CHAIN-RISK-TIERING', 'service-criticality', '本業務で取り扱う情報は「社外秘」に区分する。本システムの停止は、事前に甲に連絡した上で行う。'],
    ['INTEGRITY-UNINTENDED-CHANGE', 'management-system', '乙は、システムの設定を無断で変更しないよう努める。'],
    ['PERSONNEL-SCREENING-INSIDER', 'insider-controls', '乙は、作業者の本人確認を行う。乙は、USBメモリの使用状況を管理簿に記録する。'],
  ])('%s %s is not met: %s', (id, testId, text) => {
    expect(testOf(id, testId, text)).toMatchObject({ found: true, met: false });
  });

  it('a contractor supervising its subcontractor does not extend the outsourcer’s audit to it', () => {
    const text = '業務委託契約書\n\n第８条（調査）\n甲は、乙の事業所に立ち入り、個人情報の管理状況を調査することができる。\n\n第９条（再委託）\n乙は、再委託先における取扱状況を監督するものとする。\n';
    expect(testOf('AUDIT-INSPECTION-RIGHTS', 'subcontractors', text).met).toBe(false);
    expect(testOf('AUDIT-INSPECTION-RIGHTS', 'subcontractors', text.replace('乙の事業所', '乙及び再委託先の事業所')).met).toBe(true);
  });
});

describe('pattern terms and sentence boundaries', () => {
  it('a pattern match running from a caption into the article does not hide the article’s own match', () => {
    // 「事故」 in the caption and 「発生した」 in the article lie within one pattern’s reach; the article’s
    // own 「漏えい…が発生したときは」 must still be seen, so the incident duty is not read as security measures
    const text = '業務委託契約書\n\n第八条（再委託の禁止）\n乙は、本業務を第三者に再委託してはならない。\n\n第九条（事故発生時の対応）\n乙は、提供データの漏えい、滅失又は毀損その他の事故が発生したときは、直ちに被害の拡大を防止するための措置を講じ、速やかに甲に報告する。\n';
    expect(requirementOf(text, 'SECURITY-MEASURES-BASELINE').status).toBe('missing');
  });
});

describe('held-out round 6: wiping a device is no irrecoverable deletion method', () => {
  it('初期化 before disposal addresses return/deletion, but names no method', () => {
    const text = '乙は、業務用パソコンを廃棄するときは、事前に初期化しなければならない。';
    expect(requirementOf(text, 'DATA-RETURN-DELETION').status).not.toBe('missing');
    expect(testOf('DATA-RETURN-DELETION', 'method', text).met).toBe(false);
  });
});

describe('held-out round 7 (生成AI委託, コールセンターBPO, 個人番号関係事務, 大学保守仕様書, 倉庫管理SaaS規約, 防災提案書): phrasing families', () => {
  it.each([
    // the notifiable changes given as 号 items under 「次の各号に掲げる事項を変更しようとするときは…通知」
    ['CHANGE-NOTIFICATION', 'list', '乙は、次に掲げる事項を変更しようとするときは、変更の60日前までに甲に書面で届け出なければならない。\n一 業務を行なう場所\n二 業務責任者'],
    // a handling procedure (取扱手順書) approved before work starts is the implementation plan
    ['SECURITY-MEASURES-BASELINE', 'plan-approval', '受注者は、作業開始前に情報の取扱手順書を作成して発注者の承認を受けること。'],
    // the purpose of processing as 「…のためにのみ処理する」 or 「取扱いは…を目的とする」
    ['PROCESSING-DESCRIPTION', 'purpose-nature', '乙は、提供を受けた顧客データを、配送ルートの最適化のためにのみ処理する。'],
    ['PROCESSING-DESCRIPTION', 'purpose-nature', '当該個人情報の取扱いは、会員への請求書の発送を目的とする。'],
    // contact-centre service levels
    ['BCP-AVAILABILITY-SLA', 'quantitative-slo', '第５条（サービスレベル）\n受託者は、月間の応答率を90%以上、放棄呼率を3%以下に維持しなければならない。'],
    // a switch-over (切替) procedure rehearsed yearly with results reported
    ['BCP-AVAILABILITY-SLA', 'bcp-tested', '受託者は、拠点の被災に備えて代替拠点への切替手順を定め、年1回訓練を実施してその結果を委託者に報告する。'],
    // an outage that is 「許容されない」
    ['SUPPLY-CHAIN-RISK-TIERING', 'service-criticality', '出願受付期間中における本システムの停止は、入試業務の運営上許容されない。'],
    // the scan result written into a delivery record and submitted
    ['MALWARE-PROTECTION', 'deliverable-scan', '納入するプログラムは、事前にウイルスチェックを行い、その結果を納品書に記載して提出すること。'],
    // severity expressed as 「重大なものは…時間以内」
    ['THREAT-INFO-SHARING', 'notify-new-vulns', '受注者は、本システムに影響する新たな脆弱性を認知したときは、重大なものは48時間以内に発注者に報告すること。'],
    // deletion confirmed by 「…が完了した旨を通知」
    ['CLOUD-SERVICE-TERMS', 'export-delete', '当社は、解約後60日以内に、バックアップを含む利用者データを消去し、消去が完了した旨を利用者に通知します。'],
    ['CLOUD-SERVICE-TERMS', 'shared-responsibility', '本サービスにおける当社と利用者の責任の分担は、次のとおりとします。'],
    // changes to production only through an approved change request
    ['INTEGRITY-UNINTENDED-CHANGE', 'management-system', '本番環境への変更は、変更申請書により発注者の承認を得た上で実施すること。'],
  ])('%s %s is met: %s', (id, testId, text) => {
    expect(testOf(id, testId, text)).toMatchObject({ found: true, met: true });
  });

  it.each([
    // 「本業務の遂行のため」 names no purpose of its own
    ['PROCESSING-DESCRIPTION', 'purpose-nature', '乙は、提供を受けた個人情報を本業務の遂行のためにのみ取り扱う。'],
    // only the 「主要な」 subcontractors are listed
    ['SUBCONTRACT-CHAIN-DISCLOSURE', 'full-list', '当社は、主要な委託先の名称及び所在地を記載した一覧をウェブサイトで公表します。'],
  ])('%s %s is not met: %s', (id, testId, text) => {
    expect(testOf(id, testId, text).met).toBe(false);
  });

  it('a change of workers is no change of the work location', () => {
    expect(testOf('DATA-LOCATION', 'change-notice', '本業務の作業場所は受注者の国内の事業所とする。作業者を変更する場合は、事前に発注者の承認を得ること。').met).toBe(false);
  });

  it('an audit clause needs no reach to subcontractors when subcontracting is banned', () => {
    const text = '業務委託契約書\n\n第８条（監査）\n甲は、乙の事業所に立ち入り、本業務の実施状況を監査することができる。\n\n第９条（再委託の禁止）\n乙は、本業務の全部又は一部を第三者に再委託してはならない。\n';
    expect(testOf('AUDIT-INSPECTION-RIGHTS', 'subcontractors', text).met).toBe(true);
    expect(testOf('AUDIT-INSPECTION-RIGHTS', 'subcontractors', text.replace('第三者に再委託してはならない', '第三者に再委託することができる')).met).toBe(false);
  });
});

describe('held-out round 8: OT maintenance, EC build contracts, vendor check sheets, municipal portal specs', () => {
  it.each([
    // files carried into an OT network are scanned like deliverables, with the result filed
    ['MALWARE-PROTECTION', 'deliverable-scan', '乙は、甲の工場ネットワークにファイルを持ち込む前にウイルス検査を実施し、その検査結果を作業報告書に添付する。'],
    // a review by someone other than the author, and a configuration change approved first
    ['INTEGRITY-UNINTENDED-CHANGE', 'management-system', '受注者は、ソースコードをバージョン管理し、作成者以外の者によるレビューを経てから反映する。'],
    ['INTEGRITY-UNINTENDED-CHANGE', 'management-system', '制御機器の設定変更は、変更申請書を提出し、委託者の承認を得てから実施すること。'],
    // a chain of duties closing with 「…アクセスを認める」 is the contractor granting access, not a permission
    ['INCIDENT-COOPERATION-FORENSICS', 'evidence', '乙は、事故に関する記録を消去せずに保全し、甲が指定する調査機関の調査に協力し、当該機関に乙のシステムへのアクセスを認める。'],
    ['INCIDENT-COOPERATION-FORENSICS', 'forensics-access', '乙は、事故に関する記録を消去せずに保全し、甲が指定する調査機関の調査に協力し、当該機関に乙のシステムへのアクセスを認める。'],
    // damages caused by a breach, with the cost heads they include
    ['LIABILITY-DAMAGES-INSURANCE', 'breach-specific', '個人データの漏えい等により生じた損害には、原因調査の費用及び本人へのお詫びに要した費用を含む。'],
    // the breakdown of the fee is an estimate line
    ['SECURITY-COST-ESTIMATE', 'line-items', '受託者は、請負代金の内訳において、脆弱性診断及びセキュリティ監視に係る費用を区分して示す。'],
    // proposal answers taken into the contract as its specification
    ['SECURITY-IN-PROPOSAL', 'binding', '本提案書に記載したセキュリティ対策は、契約締結時に仕様として契約書に取り込むものとする。'],
    // incidents and patches reported as 「発生状況」「適用状況」
    ['PERIODIC-SECURITY-REPORTING', 'content', '乙は、毎月５日までに、前月のインシデントの発生状況及びパッチの適用状況を記載した報告書を甲に提出する。'],
    // the data items listed with a parenthetical that holds its own 。
    ['PROCESSING-DESCRIPTION', 'data-types', '受託者は、申込者の氏名、住所及び電話番号（携帯電話番号を含む。）を取り扱う。'],
    // personal devices that 「…使用できません」 (です・ます) are an insider control like a ban on bringing them in
    ['PERSONNEL-SCREENING-INSIDER', 'insider-controls', '作業に使う端末は受託者が貸与したものに限ります。私物のスマートフォン及びUSBメモリは業務に使用できません。'],
    // the work described in an annex table row labelled 委託業務
    ['PROCESSING-DESCRIPTION', 'functions', '別表\n| 区分 | 内容 |\n|---|---|\n| 委託業務 | 申込書の入力及び記載内容の照合 |\n'],
    // the rest assigned with 「上記以外の…」
    ['RESPONSIBILITY-BOUNDARY', 'no-orphans', '役割分担は次のとおりとする。バックアップの取得は乙が行い、利用者アカウントの管理は甲が行う。上記以外の作業は、乙が担当する。'],
  ])('%s %s is met: %s', (id, testId, text) => {
    expect(testOf(id, testId, text)).toMatchObject({ found: true, met: true });
  });

  it.each([
    // a scan with no record of its result
    ['MALWARE-PROTECTION', 'deliverable-scan', '乙は、甲の工場ネットワークにファイルを持ち込む場合は、ウイルスチェックを適切に行うこと。'],
    // a proposal whose security details are left to negotiation is not bound into the contract
    ['SECURITY-IN-PROPOSAL', 'binding', '提案書に記載したセキュリティ対策の詳細は、契約締結後に協議して定める。'],
    // damages from a breach put under the general cap are not dealt with specifically
    ['LIABILITY-DAMAGES-INSURANCE', 'breach-specific', '乙の賠償責任は委託料の額を上限とし、情報の漏えいによる損害についても同様とする。'],
  ])('%s %s is not met: %s', (id, testId, text) => {
    expect(testOf(id, testId, text)).toMatchObject({ found: true, met: false });
  });
});

describe('held-out round 8: subcontracting written as 「第三者への委託」 and 「…も同様です」', () => {
  it('「前項の第三者の行為について責任を負う」 under a subcontracting heading is subcontractor liability, not under a confidentiality one', () => {
    const head = (h: string, first: string) => `業務委託契約書\n\n第９条（${h}）\n${first}\n２　受注者は、前項の第三者の行為について責任を負う。\n`;
    expect(requirementOf(head('第三者への委託', '受注者は、発注者の書面による事前の承諾を得て、本件業務の一部を第三者に委託することができる。'), 'SUBCONTRACT-LIABILITY').status).not.toBe('missing');
    expect(requirementOf(head('秘密保持', '受注者は、発注者の書面による事前の承諾を得て、秘密情報を第三者に開示することができる。'), 'SUBCONTRACT-LIABILITY').status).toBe('missing');
  });
  it('です・ます 「変更する場合…も同様です」 keeps the subcontractor disclosure current', () => {
    const text = '再委託する場合は、事前に書面で、再委託先の名称及び所在地、作業内容及び取り扱う情報を当社に申請し、当社の書面による承認を得てください。再委託先を変更する場合及び再委託先がさらに委託する場合も同様です。';
    expect(testOf('SUBCONTRACT-CHAIN-DISCLOSURE', 'currency', text)).toMatchObject({ found: true, met: true });
  });
});

describe('Japanese sufficiency phrasing families (held-out round 9: BIM cloud, library spec, CIS maintenance, HR BPO proposal, portal build)', () => {
  it.each([
    // a serious vulnerability affecting the system, learned of, reported within a stated time
    ['THREAT-INFO-SHARING', 'notify-new-vulns', '受注者は、本システムに影響する重大な脆弱性を把握したときは、３営業日以内に発注者に報告すること。'],
    // 「検査時に」: the outsourcer's inspection at delivery, against the security requirements
    ['ACCEPTANCE-SECURITY-VERIFICATION', 'criteria', '受注者は、検査時に、セキュリティ要件への適合を確認した試験結果を提出し、発注者の検査を受けること。'],
    // IDs only for the workers the outsourcer approved
    ['ACCESS-CONTROL', 'named-need-to-know', '保守用のIDは、発注者が承認した作業者ごとに個別に発行し、共用しないこと。'],
    // connection and operation records of remote maintenance
    ['LOGGING-MONITORING', 'log-types', '受注者は、リモート保守の接続記録及び操作記録を取得し、１年間保存すること。'],
    // self-service export in a stated format at the end of the contract
    ['DATA-RETURN-DELETION', 'choice', '甲は、本契約の終了後６０日間、管理画面から預託データをCSV形式で取り出すことができる。'],
    // a permissible outage time
    ['SUPPLY-CHAIN-RISK-TIERING', 'service-criticality', '本システムは開館日に稼働を要し、業務停止の許容時間は４時間とする。'],
    // a security nonconformity found after acceptance, with a cure deadline, is still a corrective demand
    ['NONCOMPLIANCE-REMEDY-TERMINATION', 'corrective', '甲は、検収後１年以内にセキュリティ上の不適合を発見したときは、乙に是正を求めることができ、乙は１０日以内にこれを是正する。'],
    // です・ます proposals: a priced security line in the estimate table, and costs 「負担いたします」「含まれております」
    ['SECURITY-COST-ESTIMATE', 'line-items', '## お見積り\n| 項目 | 月額 |\n|---|---|\n| 情報セキュリティ関連費用（脆弱性診断、監査対応） | 120,000円 |'],
    ['SECURITY-COST-ESTIMATE', 'cost-allocation', '当社の責めに帰すべき事由による事故の調査費用は、当社が負担いたします。'],
    ['SECURITY-COST-ESTIMATE', 'cost-allocation', '## お見積り\n- 貴社による監査への対応費用及び契約終了時のデータ消去の費用は、上記の月額料金に含まれております。'],
    // BPO service levels: restart within business days, and a plan when a processing deadline is missed
    ['BCP-AVAILABILITY-SLA', 'quantitative-slo', '被災時は代替拠点で業務を継続し、3営業日以内に業務を再開いたします。'],
    ['BCP-AVAILABILITY-SLA', 'reporting-remedy', '## 業務継続\n- 処理期限の遵守状況は毎月ご報告し、期限を遵守できなかった場合は改善計画をご提出いたします。'],
    // flow-down down every tier, in the flow-down clause itself
    ['SUBCONTRACT-FLOWDOWN', 'all-tiers', '乙は、再委託先に対し、本契約と同等の義務を書面により課すものとし、再委託先がさらに委託する場合も同様とする。'],
  ])('%s %s is met: %s', (id, testId, text) => {
    expect(testOf(id, testId, text)).toMatchObject({ found: true, met: true });
  });

  it.each([
    // a warranty claim window (検収後１年以内に…発見) is not a period for correcting a breach
    ['NONCOMPLIANCE-REMEDY-TERMINATION', 'corrective', '甲は、検収後１年以内に本システムにセキュリティ上の不適合を発見したときは、乙に無償での修補を請求することができる。'],
    // help with a data subject's request is not an ad-hoc status report
    ['PERIODIC-SECURITY-REPORTING', 'ad-hoc', '乙は、毎月、安全対策の実施状況を甲に報告する。乙は、本人から開示等の請求があった場合において甲の求めがあったときは、５営業日以内に必要な情報を提供する。'],
    // a security cost said to be outside the price is no line item
    ['SECURITY-COST-ESTIMATE', 'line-items', '見積の内訳において、セキュリティ監査への対応費用は含まれておりません。'],
    // a restart promised without a time
    ['BCP-AVAILABILITY-SLA', 'quantitative-slo', '## 業務継続\n障害の際は、できる限り早期に業務を再開するよう努めます。'],
    // 「再委託先を変更する場合及び…さらに委託する場合も同様」 extends the approval procedure, not the flow-down
    ['SUBCONTRACT-FLOWDOWN', 'all-tiers', '１　再委託する場合は、あらかじめ書面により発注者の承認を得ること。再委託先を変更する場合及び再委託先がさらに委託する場合も同様とする。\n２　受注者は、再委託先に対し、本仕様書に定める受注者の義務と同等の義務を書面により課すこと。'],
  ])('%s %s is not met: %s', (id, testId, text) => {
    expect(testOf(id, testId, text)).toMatchObject({ found: true, met: false });
  });
});

describe('held-out round 110 (信用金庫 共同利用型勘定系 運用委託契約, 図書館情報システム クラウド更改仕様書, 介護記録アプリ規約): phrasing families', () => {
  it.each([
    // a statute-style glossary item names the term without brackets: 「（１）秘密情報　…一切の情報。」「一　機密事項　…」
    ['CONFIDENTIALITY', 'definition', '第２条（定義）\n本契約において、次に掲げる用語の意義は、それぞれ当該各号に定めるところによる。\n（１）秘密情報　甲が乙に開示した情報及び乙が本件業務の遂行過程で取得した甲の一切の情報。ただし、開示の時に公知であったものを除く。\n（２）本件システム　甲の販売管理システム'],
    ['CONFIDENTIALITY', 'definition', '第２条（定義）\n一　機密事項　委託業務の実施により知り得た委託者の業務上の一切の事項。ただし、既に公知のものは除く。\n二　従事者　受託者の指揮命令を受けて委託業務に従事する者'],
    // a request (作業依頼・依頼票) as the documented instruction the data is handled on, and only on
    ['PURPOSE-LIMITATION', 'documented-instructions', '乙は、甲の担当者が業務システムに登録した作業依頼票に基づいてのみ会員データを取り扱う。'],
    ['PURPOSE-LIMITATION', 'documented-instructions', '受託者は、委託者が書面で行う依頼によらずに、預託データを利用し、又は加工してはならない。'],
    // an exit plan due a stated number of months or years before withdrawal (脱退) or expiry, past a parenthetical definition
    ['EXIT-TRANSITION-SUPPORT', 'exit-plan', '第２０条（脱退時の移行支援）\n乙は、共同利用の脱退予定日の２年前までに、移行先への移行に関する計画書を作成し、甲の承認を得る。'],
    ['EXIT-TRANSITION-SUPPORT', 'exit-plan', '第１８条（契約終了時の引継ぎ）\n受託者は、委託者と協議の上、契約期間満了の１年前までに、次期システム（委託者が別途調達するシステムをいう。）への移行に関する計画書を作成し、委託者の承認を得ること。'],
  ])('%s %s is met: %s', (id, testId, text) => {
    expect(testOf(id, testId, text)).toMatchObject({ found: true, met: true });
  });

  it.each([
    // an item titled with the term and then a duty (「（１）秘密情報　乙は、…」) or a spec item 「秘密の保持　…」 defines nothing
    ['CONFIDENTIALITY', 'definition', '第４条（遵守事項）\n（１）秘密情報　乙は、業務上知り得た秘密情報を第三者に漏らしてはならない。ただし、公知の情報はこの限りでない。\n（２）作業記録　乙は、作業の記録を保存する。'],
    ['CONFIDENTIALITY', 'definition', '第４条（遵守事項）\n（１）秘密の保持　業務上知り得た秘密を他に漏らさないこと。公知の情報はこの限りでない。\n（２）記録の保存　作業の記録を保存すること。'],
    // a report on request (依頼に基づき) is no instruction limiting the handling
    ['PURPOSE-LIMITATION', 'documented-instructions', '乙は、甲からの依頼に基づき、個人データを利用した集計の結果を書面により報告する。'],
    // the planned date of a patch (適用予定日・適用時期) reported within days is a report deadline, not a fix deadline
    ['VULNERABILITY-MANAGEMENT', 'deadlines', '受注者は、重大な脆弱性が公表されたときは、影響の有無及びパッチの適用予定日を、公表から２営業日以内に発注者に報告すること。'],
    ['VULNERABILITY-MANAGEMENT', 'deadlines', '乙は、緊急度の高い脆弱性について、修正プログラムの適用時期を５日以内に甲に通知する。'],
    // the contractor's supervision of its subcontractor, and audit cooperation passed down as one of the duties, are no audit of the subcontractor by the outsourcer
    ['AUDIT-INSPECTION-RIGHTS', 'subcontractors', '甲は、乙の事業所に立ち入り、監査することができる。乙は、再委託の申請書に、再委託先の名称及び乙による再委託先の監督の方法を記載しなければならない。'],
    ['AUDIT-INSPECTION-RIGHTS', 'subcontractors', '甲は、乙の事業所に立ち入り、監査することができる。乙は、再委託先との間で、秘密保持、事故の報告及び監査への協力について、乙が負う義務と同等以上の義務を定めた契約を締結しなければならない。'],
  ])('%s %s is not met: %s', (id, testId, text) => {
    expect(testOf(id, testId, text)).toMatchObject({ met: false });
  });

  it.each([
    // a fix deadline by CVSS score beside the report; an audit the subcontractor must cooperate with named as the outsourcer's; subcontractor premises named
    ['VULNERABILITY-MANAGEMENT', 'deadlines', '乙は、CVSS基本値9.0以上の脆弱性については公表から７日以内に修正プログラムを適用し、その結果を甲に報告する。'],
    ['AUDIT-INSPECTION-RIGHTS', 'subcontractors', '甲は、乙の事業所に立ち入り、監査することができる。乙は、再委託先に、甲による監査への協力を含め、乙が負う義務と同等以上の義務を課さなければならない。'],
    ['AUDIT-INSPECTION-RIGHTS', 'subcontractors', '甲は、乙及び再委託先の事業所に立ち入り、監査することができる。'],
  ])('%s %s is still met: %s', (id, testId, text) => {
    expect(testOf(id, testId, text)).toMatchObject({ found: true, met: true });
  });
});

describe('Japanese held-out round 147: a definition of another term, and the customer side of a SaaS', () => {
  it.each([
    // a definition limited to what was marked secret at disclosure; the staff pledge that defines another term
    // (「以下「作業員」という」) and speaks of 知り得た機密情報 is no definition of the confidential information
    ['CONFIDENTIALITY', 'definition', '第７条（機密保持）\n１　受託者は、委託者から提供された営業上の情報であって、提供時に機密である旨が表示されたもの（以下「機密情報」という。）を第三者に開示しない。\n２　公知の情報及び受領前から保有していた情報は、機密情報に含めない。\n３　受託者は、本件に携わる社員（以下「作業員」という。）から、職務上知り得た機密情報を口外しない旨の誓約書を徴する。'],
  ])('%s %s is not met: %s', (id, testId, text) => {
    expect(testOf(id, testId, text)).toMatchObject({ met: false });
  });

  it.each([
    // the same pledge beside a definition that does reach what is learned in performance
    ['CONFIDENTIALITY', 'definition', '第７条（機密保持）\n１　本契約において「機密情報」とは、委託者が提供した情報及び受託者が本件の遂行過程で知り得た一切の情報をいう。ただし、公知の情報を除く。\n２　受託者は、本件に携わる社員（以下「作業員」という。）から、職務上知り得た機密情報を口外しない旨の誓約書を徴する。'],
  ])('%s %s is still met: %s', (id, testId, text) => {
    expect(testOf(id, testId, text)).toMatchObject({ found: true, met: true });
  });

  // the customer's own side of a SaaS (its users' training, its admin account's second factor) and remote access
  // kept inside the country (a location rule) are no duty of the provider's personnel training or access control
  it.each([
    ['PERSONNEL-TRAINING', '顧客は、その従業員に対して、本サービスの適正な利用のための研修を実施するものとする。'],
    ['ACCESS-CONTROL', '利用企業の管理者アカウントには、二段階認証を有効にすることが望ましい。'],
    ['ACCESS-CONTROL', '受託者の保守担当者によるリモート接続も、日本国内からに限るものとする。'],
  ])('%s is not addressed: %s', (id, text) => {
    expect(requirementOf(text, id).status).toBe('missing');
  });

  it.each([
    ['PERSONNEL-TRAINING', '受託者は、本業務に従事する者に対し、着任前及び年１回、情報セキュリティ研修を実施するものとします。'],
    ['ACCESS-CONTROL', '受託者は、管理者アカウントへのログインに二段階認証を用い、アカウントを共用してはならない。'],
  ])('%s is still addressed: %s', (id, text) => {
    expect(requirementOf(text, id).status).not.toBe('missing');
  });
});

// Japanese public-sector registers (自治体の仕様書・協定書・特記事項・学校ICT保守): phrasing families met in held-out round 191
describe('Japanese public-sector phrasing families', () => {
  it.each([
    // an exception written as 「公になっている情報」 rather than 公知
    ['CONFIDENTIALITY', 'definition', '本契約において「秘密情報」とは、乙が本業務の遂行に当たり知り得た甲の一切の情報をいう。ただし、既に公となっている情報は、この限りでない。'],
    // work done only at named sites (「…においてのみ行う」) leaves no other place to work or connect from
    ['DATA-LOCATION', 'locations-listed', '乙は、本業務の作業を、乙の博多運用センター（福岡県福岡市）においてのみ行うものとし、預託データ及びそのバックアップは日本国内のデータセンターに保管する。'],
  ])('%s %s is met: %s', (id, testId, text) => {
    expect(testOf(id, testId, text)).toMatchObject({ found: true, met: true });
  });

  it.each([
    // a staff member's login removed on a change of post is access revocation, not the return or erasure of data
    ['DATA-RETURN-DELETION', '受託者は、担当者が交代したときは、翌営業日までに前任者の利用者IDを無効化し、委託者に届け出ること。'],
    // a business-continuity or switchover drill is no personnel security training
    ['PERSONNEL-TRAINING', '乙は、災害時の事業継続計画を定め、毎年度、データセンターの切替訓練を行い、その結果を甲に報告する。'],
    // pupils' 学習データ (their schoolwork) is no machine-learning training data
    ['PURPOSE-LIMITATION', '受注者は、タブレット端末の更新作業において、生徒の学習データが消失しないよう、作業前に端末の状態を確認しなければならない。'],
    // an instrument saying what it lays down, and a subcontracting request listing the subcontractor's measures
    ['SECURITY-MEASURES-BASELINE', '本要領は、市と運用事業者の役割分担及び情報セキュリティの確保について基本的な事項を定めるものとする。'],
    ['SECURITY-MEASURES-BASELINE', '乙は、第三者に委託しようとするときは、再委託先の名称、委託する業務の範囲及び再委託先が講じる安全管理措置の内容を記載した申請書を甲に提出し、承認を得なければならない。'],
  ])('%s is not addressed: %s', (id, text) => {
    expect(requirementOf(text, id).status).toBe('missing');
  });

  it.each([
    ['PURPOSE-LIMITATION', '乙は、預託データをAI等の学習データとして利用してはならない。'],
    ['PERSONNEL-TRAINING', '乙は、従事者に対し、年１回以上、標的型メール訓練を含む情報セキュリティ研修を実施する。'],
    // access to data said to be managed, however vaguely
    ['ACCESS-CONTROL', '個人番号を含むデータへのアクセスについては、厳格に管理するものとする。'],
    ['SECURITY-MEASURES-BASELINE', '受注者は、本市の情報セキュリティポリシーと同等以上の安全管理措置を講じなければならない。'],
  ])('%s is still addressed: %s', (id, text) => {
    expect(requirementOf(text, id).status).not.toBe('missing');
  });

  it('a ban on subcontracting the whole of the work leaves the rest open (「全部を…委託してはならない」)', () => {
    const text = '第５条　乙は、本業務の全部を他の者に委託してはならない。\n２　乙は、本業務の一部を第三者に委託するときは、あらかじめ甲に通知する。';
    expect(analyze(text).context.subcontracting).toBe('allowed');
    expect(analyze('乙は、本業務の全部又は一部を第三者に委託してはならない。').context.subcontracting).toBe('prohibited');
  });
});

describe('Japanese held-out round 189 (信用金庫 勘定系運用契約, 銀行クラウド覚書, 生保 運用保守提案書, 外部委託先管理規程): phrasing families', () => {
  it.each([
    // a proposal's polite 「報告書をご提出」「書面にてご報告」 is the written follow-up report
    ['INCIDENT-NOTIFICATION', 'deadline', '弊社は、情報漏えいの疑いを把握した場合、２時間以内に貴社の担当窓口へ第一報をお入れし、48時間以内に経過をまとめた報告書をご提出いたします。'],
    ['INCIDENT-NOTIFICATION', 'deadline', '当社は、事故を認知した場合、１時間以内に貴行へ電話で連絡し、24時間以内に書面にてご報告します。'],
    // the subcontractor named in the sentence before, taken up as 当該事業者 / 同社 in 「…との契約により」
    ['SUBCONTRACT-FLOWDOWN', 'written-equivalent', '再委託予定先は株式会社サンプル運用（福岡市）です。再委託に際しては、当社と同等の情報管理措置を当該事業者との契約により遵守させます。'],
    // the obligations the contractor bears under the outsourcing contract, whatever the contractor is called
    ['SUBCONTRACT-FLOWDOWN', 'scope', '運用事業者は、協力会社との間で、業務委託契約において運用事業者が負う義務と同等の義務を定めた書面による契約を締結する。'],
    // a follow-on sentence of the flow-down clause that carries it to onward tiers
    ['SUBCONTRACT-FLOWDOWN', 'all-tiers', '受注者は、再委託先に対し、本契約と同等の義務を書面により課すものとする。再々委託以降についても同様とする。'],
  ])('%s %s is met: %s', (id, testId, text) => {
    expect(testOf(id, testId, text)).toMatchObject({ found: true, met: true });
  });

  it.each([
    // 「再々委託についても同様」 after an approval sentence carries the approval, not a flow-down
    ['SUBCONTRACT-FLOWDOWN', 'all-tiers', '乙は、再委託する場合は、あらかじめ甲の書面による承認を得る。再々委託についても同様とする。'],
  ])('%s %s is not met: %s', (id, testId, text) => {
    expect(testOf(id, testId, text)).toMatchObject({ met: false });
  });

  it.each([
    // where remote access may come from is a location rule; a second factor the provider offers its customers is
    // the customer's own setting
    ['ACCESS-CONTROL', '保守ベンダの技術者が本番環境に遠隔からアクセスする際の作業場所は、国内の保守拠点に限定する。'],
    ['ACCESS-CONTROL', '当社は、お客様向けポータルに多要素認証によるログイン機能を用意しています。'],
  ])('%s is not addressed: %s', (id, text) => {
    expect(requirementOf(text, id).status).toBe('missing');
  });

  it.each([
    // a fix plan proposed to the customer tells it of the vulnerability
    ['THREAT-INFO-SHARING', '当社は、利用中のミドルウェアに影響のある脆弱性情報を入手した場合は、深刻度に応じた改修計画を貴社にご提案いたします。'],
    // an alternative or a transfer planned against the contractor's failure (金融機関の外部委託管理) is an exit strategy
    ['EXIT-TRANSITION-SUPPORT', '主管部は、委託先が倒産した場合に備えて、代替先又は業務の移管の手順を定めておく。'],
    ['EXIT-TRANSITION-SUPPORT', '重要な外部委託については、委託先の撤退に備えた移管に関する方策をあらかじめ定める。'],
    // the provider's own staff logging in with a second factor is still access control
    ['ACCESS-CONTROL', '受託者は、管理者アカウントへのログインに多要素認証を用いるものとする。'],
  ])('%s is addressed: %s', (id, text) => {
    expect(requirementOf(text, id).status).not.toBe('missing');
  });
});

describe('Japanese held-out round 192 (工場OT保守契約, WMS規約, POS・EC運用仕様書, EDI約款, IoT覚書, チェックシート回答書): phrasing families', () => {
  // training listed in the 人的 row of a safeguards table; a check sheet's answer column (回答 ○) assigns no task;
  // an 約款's 「サービスの提供時間」 and a 「障害時の措置」 article deal with availability
  it.each([
    ['PERSONNEL-TRAINING', '別紙　安全管理措置\n\n| 区分 | 措置の内容 |\n|---|---|\n| 組織的 | 管理責任者の設置 |\n| 人的 | 誓約書の徴取、年２回の講習 |\n| 技術的 | 操作ログの保存 |\n'],
    ['BCP-AVAILABILITY-SLA', '第５条（サービスの提供時間）\n本サービスの提供時間は、平日の９時から１８時までとします。'],
    ['BCP-AVAILABILITY-SLA', '第９条（障害時の措置）\n当社は、本サービスに障害が生じたときは、その旨を契約者に知らせ、当社の手順に従って対処します。'],
    ['RESPONSIBILITY-BOUNDARY', '| 作業 | 委託者 | 受託者 |\n|---|---|---|\n| ログの定期確認 | | ◎ |\n| バックアップの取得 | | ◎ |\n'],
  ])('%s is addressed: %s', (id, text) => {
    expect(requirementOf(text, id).status).not.toBe('missing');
  });

  it.each([
    ['PERSONNEL-TRAINING', '別紙　安全管理措置\n\n| 区分 | 措置の内容 |\n|---|---|\n| 組織的 | 管理責任者の設置 |\n| 物理的 | 年１回の避難訓練 |\n'],
    ['RESPONSIBILITY-BOUNDARY', '| 番号 | 質問項目 | 回答 | 備考 |\n|---|---|---|---|\n| A-3 | ログの定期確認 | ○ | 週次で確認しております |\n| A-4 | バックアップの取得 | ○ | 日次で取得しております |\n'],
  ])('%s is not addressed: %s', (id, text) => {
    expect(requirementOf(text, id).status).toBe('missing');
  });
});

describe('Japanese held-out round 195 (NDA、データ提供契約、共同研究契約、覚書、第三者提供合意書、誓約書、旧書式の委託契約): phrasing families', () => {
  // a pledge from a research student binds that person; 代替処理 on a computer failure is a continuity arrangement
  it.each([
    ['PERSONNEL-CONFIDENTIALITY', '大学は、本研究に参加する大学院生から、研究期間中に知り得た企業の秘密を他に漏らさない旨の誓約書を徴するものとする。'],
    ['BCP-AVAILABILITY-SLA', '受託者は、機器の障害により処理が滞るおそれがあるときは、委託者に連絡の上、代替処理により期日までに帳票を納品しなければならない。'],
    ['BCP-AVAILABILITY-SLA', '受託者は、サーバの故障が生じたときは、予備の代替機に切り替えて業務を続行するものとする。'],
  ])('%s is addressed: %s', (id, text) => {
    expect(requirementOf(text, id).status).not.toBe('missing');
  });

  // 「所掌する事務」 is a jurisdiction, not a division of responsibilities; checking the handling status at the
  // contractor's office is an inspection, not a place of processing; storage 「…にのみ保存するものとし、…てはならない」
  // limits where data is kept, it bans no copy
  it.each([
    ['RESPONSIBILITY-BOUNDARY', '第一条　町は、その所掌する事務のうち、国民健康保険税の納付書の印刷及び封入封かんの事務を受託者に委託する。'],
    ['DATA-LOCATION', '２　委託者は、必要と認めるときは、受託者の事業所において預託データの取扱状況を確認することができる。'],
    ['COPY-REMOVAL-RESTRICTION', '受領者は、共有データを、受領者が管理する国内のクラウド環境にのみ保存するものとし、海外の拠点からこれを閲覧してはならない。'],
  ])('%s is not addressed: %s', (id, text) => {
    expect(requirementOf(text, id).status).toBe('missing');
  });

  // a removal ban 「…から、…いかなる方法によっても持ち出さない」 is no statement of where processing takes place
  it('a removal ban by any means from the designated room is not a data location', () => {
    const text = '作業者は、顧客データを、委託者が指定する作業場所及び貸与端末から、USBメモリへの複写、メールへの添付その他いかなる手段によっても持ち出さないものとする。';
    expect(requirementOf(text, 'DATA-LOCATION').status).toBe('missing');
    expect(requirementOf(text, 'COPY-REMOVAL-RESTRICTION').status).not.toBe('missing');
  });
});

describe('Japanese held-out round 193 (クラウド利用規約, SLA, 付属合意書, ホワイトペーパー, サポート規程, 約款改定のお知らせ): phrasing families', () => {
  // deletion stated in the passive after the customer's files are kept for a while; a deletion sentence that opens
  // with 「その後、」 goes on with the sentence before it, which holds the trigger; viewing beyond what the work needs
  it.each([
    ['DATA-RETURN-DELETION', '退会の日から30日が経過した後、会員のファイルは全て削除されます。'],
    ['DATA-RETURN-DELETION', '利用終了後14日間はデータの取出しができます。その後、当該データは当社の規程に従って消去されます。'],
    ['ACCESS-CONTROL', '保守要員は、業務上必要な範囲を超えて顧客の登録情報を参照してはならない。'],
  ])('%s is addressed: %s', (id, text) => {
    expect(requirementOf(text, id).status).not.toBe('missing');
  });

  // a disaster-recovery replica (障害対策用の複製データ) stored elsewhere is a data-location statement, not copying;
  // a duty of secrecy passed on to 「その会社」 as 「弊社と同等」 is a flow-down, not the provider's own confidentiality clause
  it.each([
    ['CONFIDENTIALITY', '夜間の監視業務は外部のセンターが行う。弊社は、その会社に対して弊社と同等の守秘義務を負わせる。'],
    ['COPY-REMOVAL-RESTRICTION', '| 旧 | 新 |\n|---|---|\n| 顧客のファイルは国内の設備にのみ置きます。 | 顧客のファイルは国内の設備に置きます。ただし、遠隔地バックアップ用の複製データは海外の提携先に置くことがあります。 |\n'],
  ])('%s is not addressed: %s', (id, text) => {
    expect(requirementOf(text, id).status).toBe('missing');
  });
});

describe('held-out round 193: document type', () => {
  it('a 「個人情報の取扱いに関する付属合意書」 title is a DPA', () => {
    const text = '# 個人情報の取扱いに関する附属合意書\n\n甲及び乙は、基本契約に附属して次のとおり合意する。\n\n第１条　乙は、預託された個人情報を本業務の目的の範囲内でのみ取り扱う。\n';
    expect(analyze(text).documentType).toBe('dpa');
  });
});

describe('Japanese held-out round 194 (ソフトウェア開発委託: 基本契約・個別契約, セキュリティ要件定義書, 受入検査仕様書, 保守契約, オフショア再委託申請, 提案書): phrasing families', () => {
  // 「以外では使用しない」 limits use; 「いたしません」 (a proposal's keigo) is a negation like 「しません」
  it.each([
    ['PURPOSE-LIMITATION', 'お預かりする個人データは、本番移行の検証以外には使用いたしません。'],
    ['COPY-REMOVAL-RESTRICTION', 'ご提供いただいた設計資料は、協力会社の端末には保存いたしません。'],
  ])('%s is addressed: %s', (id, text) => {
    expect(requirementOf(text, id).status).not.toBe('missing');
  });

  // an account of a lent environment deleted at the end is access, not the return or deletion of data
  it('a lent environment account deleted at the end is no data deletion', () => {
    expect(requirementOf('本契約が終了したときは、乙に貸与した開発環境のアカウントは、甲が遅滞なく削除する。', 'DATA-RETURN-DELETION').status).toBe('missing');
  });

  it.each([
    // 「複写しようとするときは…書面による許可を受けなければならない」: approval as the condition of copying is prior
    ['COPY-REMOVAL-RESTRICTION', 'copy-approval', '受注者は、提供資料をコピーしようとするときは、発注者の書面による許可を受けなければならない。'],
    // a table of categories announced by 「下記に示す区分に応じて…措置」
    // an application's table row 「再々委託の有無 | なし」 closes the further tiers
    ['SUBCONTRACT-FLOWDOWN', 'all-tiers', '| 項目 | 内容 |\n|---|---|\n| 再委託先 | 株式会社サンプル |\n| 再々委託の有無 | なし |\n\n受託者は、再委託先との間で、本契約に基づき受託者が負う秘密保持、安全管理及び監査に関する義務と同等以上の義務を定めた書面による契約を締結する。'],
    ['SECURITY-MEASURES-BASELINE', 'categories', '受託者は、下記に示す区分に応じて必要な措置を実施するものとする。\n| 区分 | 内容 |\n|---|---|\n| 組織的措置 | 管理責任者の任命 |\n| 人的措置 | 誓約書の提出 |\n| 技術的措置 | 不正アクセス防止 |\n'],
  ])('%s %s is met: %s', (id, testId, text) => {
    expect(testOf(id, testId, text)).toMatchObject({ found: true, met: true });
  });

  it('approval to copy with no written form is not met', () => {
    expect(testOf('COPY-REMOVAL-RESTRICTION', 'copy-approval', '受注者は、提供資料をコピーしようとするときは、発注者の許可を受けなければならない。')).toMatchObject({ met: false });
  });
});

describe('Japanese held-out round 200 (BAS 保守契約, 電力・ガスの顧客情報システム, 鉄道運行管理仕様書, 施工管理SaaS規約, スマートメーター覚書, 空港運用仕様書): phrasing families', () => {
  // the purpose glossed in brackets before 「の範囲」: 「利用目的（料金の算定及び請求）の範囲でのみ」
  it('a purpose glossed in brackets still limits use', () => {
    expect(testOf('PURPOSE-LIMITATION', 'purpose-only', '受託者は、検針データを別表２に掲げる利用目的（料金の算定及び請求）の範囲でのみ利用する。')).toMatchObject({ found: true, met: true });
  });

  it.each([
    // 「唯一の法的救済」: a word between 唯一の and 救済 still makes the credits the exclusive remedy
    ['LIABILITY-DAMAGES-INSURANCE', 'サービスクレジットの付与は、応答時間の目標未達について委託者が求めることのできる唯一の法的救済とする。'],
    // 「作業者だけが参照できるように権限を制限した」: who may read, set by permissions
    ['ACCESS-CONTROL', '受託者は、設計図書の電子ファイルを、当該案件の作業者だけが参照できるように権限を制限した共有領域に格納する。'],
    // a lead that puts listed items outside the contract under someone's responsibility, each item naming its owner in brackets
    ['RESPONSIBILITY-BOUNDARY', '次の作業は本契約の範囲外とし、それぞれ括弧内に記す者の責任範囲とする。\n(1) 利用者端末へのウイルス対策ソフトの導入（委託者）\n(2) 拠点間回線の監視（回線事業者）\n'],
  ])('%s is addressed: %s', (id, text) => {
    expect(requirementOf(text, id).status).not.toBe('missing');
  });

  // a server or terminal as what access is granted to is no place where data is kept
  it.each([
    '保守業者は、発注者が承認した保守員に限り、監視サーバ及び保守端末へのアクセスを許可すること。',
    '受注者は、名簿に記載した要員に限り、業務サーバへのアクセス権を付与するものとする。',
  ])('access granted to a server is no data location: %s', (text) => {
    expect(requirementOf(text, 'DATA-LOCATION').status).toBe('missing');
  });

  it('access to a server confined to a country is still a data location', () => {
    expect(requirementOf('監視サーバへのアクセスは、日本国内の拠点からに限る。', 'DATA-LOCATION').status).not.toBe('missing');
  });
});

describe('round 198 (HR, payroll and education registers)', () => {
  it('a defined information term that reaches what the contractor obtained in performance (実施に当たり入手した) is a definition', () => {
    const text = '第２条　本契約において「業務情報」とは、乙が本件作業の実施に当たり入手した一切の情報をいう。\n第３条　乙は、業務情報を秘密として保持し、甲の書面による承諾なく第三者に開示してはならない。ただし、公知の情報はこの限りでない。';
    expect(testOf('CONFIDENTIALITY', 'definition', text).met).toBe(true);
  });

  it.each([
    // a removal ban whose site is given with a longer address in brackets
    ['DATA-LOCATION', '乙は、預託データを記録した帳票を、乙の作業拠点（大阪府大阪市北区所在の乙第二センター）から持ち出してはならない。'],
    // remote maintenance terminals confined to those installed at the contractor's centre
    ['DATA-LOCATION', '遠隔保守に用いる端末は、受託者の運用センター内に設置された機器に限る。'],
    // remote work only through a gateway the outsourcer approved, without the word 接続
    ['ACCESS-CONTROL', '乙は、甲が承認した踏み台サーバを経由してのみ本システムへの遠隔保守を行う。'],
    // the security duty stated as preventing leakage (漏えいを防止するため), with an effort modality
    ['SECURITY-MEASURES-BASELINE', '受注者は、預託された住民情報の漏えいを防止するため、相応の措置を講ずるよう努める。'],
    // the outsourcer's right to check the handling status (点検を行うことができる)
    ['AUDIT-INSPECTION-RIGHTS', '発注者は、受注者における個人情報の管理状況について、随時、書面による点検を行うことができる。'],
    // a proposal announcing that part of the work will go to a named company (委託する予定です)
    ['SUBCONTRACT-APPROVAL', '当社は、本件運用のうち夜間監視業務の一部を協力会社である株式会社北斗ネットに委託する予定です。'],
  ])('%s is addressed: %s', (id, text) => {
    expect(requirementOf(text, id).status).not.toBe('missing');
  });

  it.each([
    // the contractor's own monthly check and report is no audit right of the outsourcer
    ['AUDIT-INSPECTION-RIGHTS', '受注者は、個人情報の管理状況について毎月点検を行い、その結果を発注者に報告する。'],
    // the outsourcer giving the work to the contractor is no subcontracting
    ['SUBCONTRACT-APPROVAL', '甲は、本件業務の一部を乙に委託する予定である。'],
  ])('%s is not addressed: %s', (id, text) => {
    expect(requirementOf(text, id).status).toBe('missing');
  });
});

describe('Japanese held-out round 199 (注文書裏面約款, 取引条件書, 旧書式のカタカナ交じり契約書): phrasing families', () => {
  // an old-style contract writes its okurigana and particles in katakana (甲ハ乙ニ…シテハナラナイ)
  const OLD_STYLE = [
    '情報処理業務委託契約書',
    '',
    '委託者甲ト受託者乙トハ、左ノ通リ契約スル。',
    '',
    '第一条　甲ハ其ノ顧客台帳ノ整理ヲ乙ニ委託スル。',
    '第二条　乙ハ本件事務ヲ他人ニ委託シテハナラナイ。',
    '第三条　甲ハ何時ニテモ乙ノ作業場ニ立入リ、其ノ処理ノ状況ヲ検査スルコトヲ得。',
    '第四条　乙ハ甲ヨリ預リタル台帳ノ紛失又ハ漏洩ニ因リ甲ニ生ジタル損害ヲ賠償スルモノトス。',
    '',
  ].join('\n');
  it.each([
    ['SUBCONTRACT-APPROVAL'],
    ['AUDIT-INSPECTION-RIGHTS'],
    ['LIABILITY-DAMAGES-INSURANCE'],
  ])('%s is addressed in a katakana-okurigana contract', (id) => {
    expect(requirementOf(OLD_STYLE, id).status).not.toBe('missing');
  });

  // the work done at a designated place or the contractor's 事務所, with a removal ban in the same sentence
  const status = (id: string, text: string) => requirementOf(`業務委託契約書\n\n第4条　${text}\n`, id).status;
  it('a workplace clause that also bans removal addresses DATA-LOCATION; a removal ban alone does not', () => {
    expect(status('DATA-LOCATION', '受注者は、本業務を発注者が指示する場所又は受注者の本社事務所において実施するものとし、資料を当該場所の外へ持ち出さないこと。')).not.toBe('missing');
    expect(status('DATA-LOCATION', '受注者は、本業務を発注者が指定した場所で行わなければならない。')).not.toBe('missing');
    expect(status('DATA-LOCATION', '受注者は、発注者の承諾なく提供資料を作業場所から持ち出してはならない。')).toBe('missing');
  });
});

describe('Japanese held-out round 202 (水道監視制御保守仕様書、スマートメーター運用契約、ISMAP クラウド調達仕様書、IC乗車券保守契約、特記事項、SLA 覚書): phrasing families', () => {

  // a 「履行場所」 section listing the sites is a work-location clause; 「乙において…管理する」 binds 乙 as 「乙は」 does
  it.each([
    ['DATA-LOCATION', '### ３．履行場所\n（１）配水管理センター 中央制御室\n（２）第二ポンプ場 電気室\n'],
    ['ACCESS-CONTROL', '制御盤の保守用アカウントの認証情報は、受託者において厳重に管理する。'],
  ])('%s is addressed: %s', (id, text) => {
    expect(statusOf(id, text)).not.toBe('missing');
  });

  // data 「…に保存されている」 qualifies the data a purpose ban is about: nothing is stored or copied there
  it.each([
    ['COPY-REMOVAL-RESTRICTION', '受託者は、クラウド環境に保存されている委託者のデータを、契約の目的以外に用いてはならない。'],
    ['COPY-REMOVAL-RESTRICTION', '乙は、業務用サーバに保存した顧客情報を、本業務以外の目的で利用してはならない。'],
  ])('%s is not addressed: %s', (id, text) => {
    expect(statusOf(id, text)).toBe('missing');
  });

  it.each([
    // a table of measures announced as 「下表に定める区分ごとの措置」 / 「対策を以下の区分で」
    ['SECURITY-MEASURES-BASELINE', 'categories', '受注者は、下表に定める区分ごとの措置を講じること。\n\n| 区分 | 措置 |\n|---|---|\n| 組織的 | 管理責任者の選任及び体制図の提出 |\n| 人的 | 従事者の限定 |\n| 技術的 | 通信経路の暗号化 |\n'],
    ['SECURITY-MEASURES-BASELINE', 'categories', '当社は、お客様のデータを守る対策を以下の区分で実施します。\n\n| 区分 | 内容 |\n|---|---|\n| 物理的 | 入退室の記録 |\n| 技術的 | 管理画面の多要素認証 |\n'],
    // a credit 「別途定める」 in its amount is still a remedy for the missed level, not a deferred agreement
    ['BCP-AVAILABILITY-SLA', 'reporting-remedy', '乙は、四半期ごとに応答時間の実績を甲に報告する。目標値に達しなかった場合、乙は是正計画を提出し、別途定めるサービスクレジットを甲に付与する。'],
  ])('%s %s is met: %s', (id, testId, text) => {
    expect(testOf(id, testId, text)).toMatchObject({ found: true, met: true });
  });

  // the rest of the work 「その都度決定する」 with nobody deciding is left to later agreement; a named party deciding is not
  const table = '作業の分担は、次表のとおりとする。\n\n| 作業 | 局 | 受注者 | 保守事業者 |\n|---|---|---|---|\n| OSのパッチ適用 | △ | ◎ | |\n| バックアップの取得 | | ◎ | ○ |\n| 利用者IDの発行 | △ | ◎ | |\n| 障害の初動対応 | ○ | ◎ | ○ |\n\n';
  it('unlisted work 「都度決定する」 leaves orphans', () => {
    expect(testOf('RESPONSIBILITY-BOUNDARY', 'no-orphans', table).met).toBe(true);
    expect(testOf('RESPONSIBILITY-BOUNDARY', 'no-orphans', `${table}上表にない作業が生じたときは、その担当を都度決定する。`).met).toBe(false);
  });
  it('a named party deciding case by case is not to-be-agreed', () => {
    const facts = analyzeDetailed('作業の日程は、局がその都度定める。').facts.sentenceFacts;
    expect(facts[0].modality).not.toBe('agree-later');
    expect(analyzeDetailed('作業の担当は、都度決定する。').facts.sentenceFacts[0].modality).toBe('agree-later');
  });
});

describe('Japanese held-out round 203 (サプライヤー行動規範, グループ会社間契約, 情報セキュリティ特約): phrasing families', () => {

  it('a polite request (〜してください) is a duty; 〜に努めてください is effort', () => {
    const text = '取引先ガイドライン\n\n３．人材\n3.1 貴社の社員に対し、個人情報の取扱いに関する研修を受講させてください。\n';
    expect(statusOf('PERSONNEL-TRAINING', text)).not.toBe('missing');
    const effort = analyze('取引先ガイドライン\n\n3.1 貴社の社員に対し、情報管理に関する研修を行うよう努めてください。\n');
    expect(effort.requirements.find((r) => r.id === 'PERSONNEL-TRAINING')!.status).not.toBe('sufficient');
  });

  it('a statute name (下請代金支払遅延等防止法, 不正アクセス禁止法) is no subcontracting ban', () => {
    const text = '取引基本契約書\n\n第３条　乙は、下請代金支払遅延等防止法、不正アクセス禁止法その他の関係法令を順守すること。\n';
    expect(analyze(text).context.subcontracting).not.toBe('prohibited');
    expect(statusOf('SUBCONTRACT-APPROVAL', text)).toBe('missing');
  });

  it('asking the supplier to pass a code on to its own contractors is flow-down, not an approval clause', () => {
    const text = '調達先行動規範\n\n７．委託先への展開\n取引先は、業務の一部を他社に委託するときは、外注先に対しても本規範を説明し、同等の対応を要請してください。\n';
    expect(analyze(text).documentType).toBe('policy');
    expect(statusOf('SUBCONTRACT-FLOWDOWN', text)).not.toBe('missing');
    expect(statusOf('SUBCONTRACT-APPROVAL', text)).toBe('missing');
  });

  it("the outsourcer's internal audit of a group contractor is an audit right; the contractor's own is not", () => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', '業務委託契約書\n\n第８条　甲は、年１回、乙に対し内部監査を行い、個人データの管理状況を確認することができる。\n')).not.toBe('missing');
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', '業務委託契約書\n\n第８条　乙は、年１回、内部監査を行い、その結果を甲に報告する。\n')).toBe('missing');
  });

  // a proposal's 「再委託の予定はございません」: subcontracting addressed (the answer to the RFP's question), but a plan
  // is no prohibition, so the model is not stated (r206)
  it('a statement that no subcontracting is planned addresses subcontracting without prohibiting it', () => {
    const text = '技術提案書\n\n第６章　業務の実施体制\n本件の保守業務について、当社は再委託を予定していません。\n';
    expect(statusOf('SUBCONTRACT-APPROVAL', text)).toBe('insufficient');
    expect(testOf('SUBCONTRACT-APPROVAL', 'model-stated', text).met).toBe(false);
  });
});

describe('round 204 (自治体調達: 運用保守仕様書, 指定管理協定, 監査委託, 自治体向け約款)', () => {
  it("answering for one's own staff's acts is personnel vicarious liability, not a damages clause", () => {
    expect(statusOf('LIABILITY-DAMAGES-INSURANCE', '業務委託契約書\n\n第９条　乙は、作業従事者の行為に関し、乙自らが一切の責任を負うものとする。\n')).toBe('missing');
    expect(statusOf('LIABILITY-DAMAGES-INSURANCE', '業務委託契約書\n\n第９条　乙は、作業従事者の行為により甲に生じた損害を賠償しなければならない。\n')).not.toBe('missing');
  });

  it('a duty to take measures "in line with" (に準じた) the outsourcer\'s security policy addresses the baseline', () => {
    expect(statusOf('SECURITY-MEASURES-BASELINE', '協定書\n\n第８条　受託団体は、本市の情報セキュリティ基本方針に準じて、必要な対策を講ずるものとする。\n')).not.toBe('missing');
  });

  it("a provider's 'reasonable measures for security' (措置, effort) addresses the baseline, insufficiently", () => {
    expect(statusOf('SECURITY-MEASURES-BASELINE', 'サービス利用規約\n\n第６条　当社は、本サービスのセキュリティに関し、合理的な範囲で保護のための措置を実施するよう努めます。\n')).toBe('insufficient');
  });

  it('incident reporting named only in the list of duties passed to subcontractors is no notification clause', () => {
    const text = '覚書\n\n第４条　乙は、再委託先に対し、本契約に定める秘密保持、事故時の報告及び立入調査への協力の義務と同等の義務を書面により課さなければならない。\n';
    expect(statusOf('INCIDENT-NOTIFICATION', text)).toBe('missing');
  });

  it("an audit firm's assigned auditors are its personnel: pledges and vicarious liability bind them", () => {
    const text = '委託契約書\n\n第６条　乙は、本件調査に従事させる監査員全員から、退任後も職務上知り得た事項を漏らさない旨の誓約書を徴し、甲に提出する。\n２　監査員が前項の義務に違反したときは、乙の違反とみなす。\n';
    expect(testOf('PERSONNEL-CONFIDENTIALITY', 'individual-binding', text).met).toBe(true);
    expect(testOf('PERSONNEL-CONFIDENTIALITY', 'vicarious', text).met).toBe(true);
  });
  it('"…に従事する者は、…漏らしてはならない" (a joint subject with the contractor) is a personnel secrecy duty', () => {
    expect(statusOf('PERSONNEL-CONFIDENTIALITY', '基本協定書\n\n第７条　受託団体及び本業務に従事する者は、本業務で知り得た秘密を他に漏らしてはならない。\n')).not.toBe('missing');
  });

  it("a subcontractor's security measures named as an item of the approval application are no baseline", () => {
    const text = '覚書\n\n第３条　乙は、再委託しようとするときは、次の事項を記載した申請書を甲に提出し、書面による承認を得なければならない。\n（１）再委託先の商号及び所在地\n（２）再委託の期間\n（３）再委託先が講ずる安全管理措置の概要\n';
    expect(statusOf('SECURITY-MEASURES-BASELINE', text)).toBe('missing');
  });
});

describe('Japanese held-out round 207 (OT 保守委託契約, 設計データ NDA, EDI・API 連携契約, データ提供契約, WMS 運用仕様書・提案書, 注文書・注文請書): phrasing families', () => {

  it('handling conditions the outsourcer gives in writing (書面で指示する取扱条件に従う) are documented instructions', () => {
    const text = '第４条（取扱い）\n受領者は、貸与データを本件分析の目的にのみ利用し、開示者が書面により別に指示する取扱条件に従って取り扱うものとする。\n';
    expect(testOf('PURPOSE-LIMITATION', 'documented-instructions', text).met).toBe(true);
    expect(testOf('PURPOSE-LIMITATION', 'documented-instructions', '第４条（取扱い）\n受領者は、貸与データを本件分析の目的にのみ利用するものとする。\n').met).toBe(false);
  });

  it('in-scope work paid by the fee and out-of-scope work quoted separately allocates the cost of a new-threat fix', () => {
    const text = '第９条（新たな脅威への対応）\n１　受託者は、新たな脆弱性を把握したときは、重大なものは３日以内に、影響評価、対策案及び対応予定日を委託者に通知する。\n２　前項の対策のうち運用保守の範囲内のものは運用料金に含むものとし、範囲を超えるものは受託者の見積りに基づき別途合意する。\n';
    expect(testOf('THREAT-INFO-SHARING', 'responsibility-cost', text).met).toBe(true);
    expect(testOf('THREAT-INFO-SHARING', 'responsibility-cost', '第９条（新たな脅威への対応）\n２　前項の対策に要する費用の負担は、別途協議する。\n').met).toBe(false);
  });

  it("a subcontractor's breach deemed the contractor's own breach is full liability; a staff member's is not subcontract liability", () => {
    const text = '第７条（委託）\n１　受託者は、委託者の書面による事前承諾を得て、業務の一部を外注先に委託することができる。\n２　外注先が本契約に違反したときは、その違反は受託者の違反とみなす。\n';
    expect(testOf('SUBCONTRACT-LIABILITY', 'full-liability', text).met).toBe(true);
    expect(statusOf('SUBCONTRACT-LIABILITY', '第８条（従業者）\n２　従業者の違反は、受託者の違反とみなす。\n')).toBe('missing');
  });

  it('a return-or-delete promise under a 「契約終了時の対応」 heading is the return clause', () => {
    const text = '## ７　契約終了時の対応\n\n終了時には後継業者への引継ぎにご協力いたします。お預かりしたお客様のデータは、ご指示により返却又は消去いたします。\n';
    expect(statusOf('DATA-RETURN-DELETION', text)).not.toBe('missing');
    expect(statusOf('DATA-RETURN-DELETION', '## ７　契約終了時の対応\n\n終了時には後継業者への引継ぎにご協力いたします。\n')).toBe('missing');
  });
});

describe('Japanese held-out round 205 (医療情報の外部保存契約, 電子カルテ提案書, 介護SaaS規約): phrasing families', () => {
  it.each([
    // a proposal saying part of the work may go to a partner (委託する場合があります / ことがございます)
    ['SUBCONTRACT-APPROVAL', '導入時の現地作業の一部は、提携するパートナー企業に委託する場合があります。'],
    ['SUBCONTRACT-APPROVAL', '※夜間の監視業務については、提携先の協力会社に委託する場合があります。'],
    // data handed back at the end in a named or requested format, even beside a deletion alternative
    ['EXIT-TRANSITION-SUPPORT', '乙は、本契約の終了後２０日以内に、甲の選択により、預託データを汎用的な形式（XML等）で返却し、又は消去する。'],
    ['EXIT-TRANSITION-SUPPORT', 'サービス解約時には、お客様の画像データを希望する形式にてご提供いたします（有償）。'],
  ])('%s is addressed: %s', (id, text) => {
    expect(statusOf(id, text)).not.toBe('missing');
  });

  it.each([
    // the customer's own download before the end (no comma after 「は」) is data return, not exit support
    ['EXIT-TRANSITION-SUPPORT', '会員は退会日の前日までに登録データをダウンロードしてください。'],
    // a format for a periodic report is no hand-over at the end
    ['EXIT-TRANSITION-SUPPORT', '受託者は、作業実績を毎月CSV形式で提供する。'],
  ])('%s is not addressed: %s', (id, text) => {
    expect(statusOf(id, text)).toBe('missing');
  });
});

describe('Japanese held-out round 209 (大学・研究データ, 入試業務の覚書, 図書館システム提案書): phrasing families', () => {
  it.each([
    // use limited with 「目的でのみ」「目的にのみ」 (the particle before のみ)
    ['PURPOSE-LIMITATION', '当社は、お預かりした顧客データを本サービス提供の目的でのみ処理いたします。'],
    ['PURPOSE-LIMITATION', '受託者は、貸与された会員情報を本件業務の目的にのみ使用するものとする。'],
    // data written out in a named format when the contract ends (形式で出力)
    ['DATA-RETURN-DELETION', '委託業務の終了時に、受託者は管理する台帳データをTSV形式で一括出力し、委託者に提出する。'],
    // a briefing on handling rules given to the workers (説明会・勉強会)
    ['PERSONNEL-TRAINING', '受託者は、配置前に、作業員に対し、顧客情報の取扱いに関する勉強会を開催する。'],
    // a device's data wiped before it goes to repair (修理に着手する前に…データを…消去)
    ['DATA-RETURN-DELETION', '乙は、故障した業務用端末の保存データを、修理に着手する前に消去すること。'],
    ['DATA-RETURN-DELETION', '受託者は、修理に出す前に、パソコン内の情報を専用ソフトで消去しなければならない。'],
    // the pledge items of a staff undertaking are personnel confidentiality
    ['PERSONNEL-CONFIDENTIALITY', 'わたくしは、株式会社Ａの社員として本業務に従事するに当たり、次の事項を守ることを誓約いたします。\n１　職務上知った顧客の情報を、在職中はもちろん退職した後も、他人に漏らさないこと。\n'],
  ])('%s is addressed: %s', (id, text) => {
    expect(statusOf(id, text)).not.toBe('missing');
  });

  it.each([
    // a ban on giving the data subjects' information to third parties is the APPI provision ban, not confidentiality
    ['CONFIDENTIALITY', '受託者は、預かった受験者の情報を、委託者の書面による承諾なく第三者に提供してはならない。'],
    // a check made before a repair wipes nothing
    ['DATA-RETURN-DELETION', '乙は、修理作業の前に、端末の動作確認を行う。'],
    // the items of a staff pledge form are not the contractor's confidentiality clause
    ['CONFIDENTIALITY', '誓約書\n\n私は、株式会社Ａの社員として本業務に従事するに当たり、次の事項を遵守することを誓約します。\n１　業務上知り得た利用者の情報を、在職中はもとより退職後においても他に漏らさないこと。\n２　資料を社外に持ち出さないこと。\n'],
  ])('%s is not addressed: %s', (id, text) => {
    expect(statusOf(id, text)).toBe('missing');
  });
});

describe('Japanese held-out round 211 (重要インフラ: 制御システム保守, 運行管理システム調達, NOC運用SLA, 遠隔監視保守, クラウド移行覚書, 旅客処理システム運用): phrasing families', () => {
  // 「すべての保守用アカウントを削除する」 at the end removes access, not the outsourcer's data
  it('every (qualified) account deleted at the end is no data deletion', () => {
    expect(requirementOf('契約期間が満了したときは、すべての保守用アカウントを削除する。', 'DATA-RETURN-DELETION').status).toBe('missing');
  });
});

describe('Japanese held-out round 208 (人事給与BPO契約, コールセンター仕様書, 派遣特約, 経理BPO提案書, 事務センター覚書, 在宅オペレーター誓約書): phrasing families', () => {
  it.each([
    // a named centre whose 所在地 may not change without approval is a work-location clause
    ['DATA-LOCATION', '受注者は、発注者の書面による事前の承認なく、コールセンターの所在地を変更しないものとする。'],
    // an on-site check written as 「実地に確認／点検」 (「現地で確認」 stays a contractor's site survey)
    ['AUDIT-INSPECTION-RIGHTS', '委託者は、随時、受託者の事業所を実地に確認することができる。'],
    ['AUDIT-INSPECTION-RIGHTS', '発注者は、年２回、受注者の施設を実地に点検することができる。'],
    // continuity after a disaster left to later agreement still deals with business continuity
    ['BCP-AVAILABILITY-SLA', '大規模災害により本業務の遂行が困難となった場合における業務の継続については、別途協議して定める。'],
    // the outsourcer's policy addressed as 貴社 / 貴行 in a pledge or proposal
    ['SECURITY-MEASURES-BASELINE', '私は、貴社の就業規則及び情報セキュリティ規程を遵守することを誓約いたします。'],
  ])('%s is addressed: %s', (id, text) => {
    expect(statusOf(id, text)).not.toBe('missing');
  });

  it.each([
    // an SLA review meeting checks service levels, it is no audit
    ['AUDIT-INSPECTION-RIGHTS', '発注者及び受注者は、四半期ごとの報告会においてＳＬＡの遵守状況を確認するものとする。'],
    // a staff pledge that lasts after the end of the assignment is no exit support (取得 is not data retrieval)
    ['EXIT-TRANSITION-SUPPORT', '受託者は、作業員から、委託期間の終了後においても業務上の情報を第三者に漏らさない旨の念書を取得し、委託者の求めに応じて提出する。'],
    // the work place as the object of a check is no location clause
    ['DATA-LOCATION', '委託者は、受託者の作業場所を随時巡回し、管理状況を点検することができる。'],
  ])('%s is not addressed: %s', (id, text) => {
    expect(statusOf(id, text)).toBe('missing');
  });

  it('a further tier 「…とき（…を含む。）も同様とする」 keeps the approval for every tier', () => {
    const text = '受注者は、発注者の事前の書面による承認を得なければ、本業務を第三者に再委託してはならない。\n再委託先が更に第三者に委託するとき（孫請けを含む。）も同様とする。\n';
    expect(testOf('SUBCONTRACT-APPROVAL', 'changes-and-tiers', text).met).toBe(true);
  });
});

describe('Japanese held-out round 210 (メールでの合意, 議事録, 新旧対照表の覚書, ○×チェックリストと回答): phrasing families', () => {
  it.each([
    // a return-or-erase pair with a deadline after the end, its data named only in the requirement it answers
    ['DATA-RETURN-DELETION', '| 12 | ○ | 業務完了後７日以内に、ご指示に基づき返却又は削除いたします。 |'],
    ['DATA-RETURN-DELETION', '委託期間の満了後１０日以内に、委託者の選択に従い、廃棄し、又は返還するものとする。'],
    // damages handed to the master contract's article (「損害賠償は、…契約書第N条のとおり」)
    ['LIABILITY-DAMAGES-INSURANCE', '損害賠償は、運用委託基本契約書第22条のとおりとする。'],
  ])('%s is addressed: %s', (id, text) => {
    expect(statusOf(id, text)).not.toBe('missing');
  });

  it.each([
    // a cloud provider's scope under its shared-responsibility model is a role split, not liability for damages
    ['LIABILITY-DAMAGES-INSURANCE', '- IaaS事業者が責任を負う領域（データセンター設備、仮想化基盤）は、同社の責任共有モデルに従い、委託者及び受託者の作業対象外とする。'],
    // a ○ in a checklist's answer column is a yes to the requirement, not a party's column of a RACI table
    ['RESPONSIBILITY-BOUNDARY', '| 項番 | 要件 | 回答（○/×） | 実施内容 |\n|---|---|---|---|\n| 5 | サーバのパッチ適用 | ○ | 月次でOSパッチを適用する。 |\n'],
  ])('%s is not addressed: %s', (id, text) => {
    expect(statusOf(id, text)).toBe('missing');
  });

  it('copying only once the outsourcer has approved it in writing (書面承認を得た場合に限り) meets copy-approval', () => {
    expect(testOf('COPY-REMOVAL-RESTRICTION', 'copy-approval', '提供データの複写は、発注者の書面承認を得た場合に限り行うものとし、複写した媒体は台帳で管理する。')?.met).toBe(true);
    expect(testOf('COPY-REMOVAL-RESTRICTION', 'copy-approval', '提供データの複写は、業務上必要な場合に限り行うものとする。')?.met).not.toBe(true);
  });
});

describe('Japanese held-out round 215 (グループ内委託, 中小企業の保守契約, フリーランス契約, 誓約書, 委託先チェックリスト, 町の IT 業者の提案書): phrasing families', () => {
  it.each([
    // account misuse listed beside other security incidents is still the contractor's incident to report
    ['INCIDENT-NOTIFICATION', '乙は、支給スマートフォンの紛失、業務アカウントの不正ログイン、ウイルス感染その他のセキュリティ事故を認めたときは、直ちに甲の窓口へ連絡する。'],
    // Windows Update / OS の自動更新 is patching
    ['VULNERABILITY-MANAGEMENT', '保守業者は、毎月１回、各端末へのWindowsアップデートの適用状況を点検する。'],
    ['VULNERABILITY-MANAGEMENT', '受託者は、店舗の端末全台についてOSの自動更新を有効に設定する。'],
    // a site visit by the outsourcer's own department, or checking the work site with the contractor
    ['AUDIT-INSPECTION-RIGHTS', '- 当社の監査室が委託先の事務所を半期に１回訪問して確認する。'],
    ['AUDIT-INSPECTION-RIGHTS', '発注者は、必要と認めるときは、再委託先の事業所について受注者と共同で確認を行うことができる。'],
    // collecting back and resetting the lent devices at the end of the work; wiped PCs handed to a recycler
    ['DATA-RETURN-DELETION', '契約期間の満了時、乙は外注先に支給したパソコンを回収し、初期化した上で甲に報告する。'],
    ['DATA-RETURN-DELETION', '入れ替え後の旧サーバは、記憶装置のデータを消去してから当社がリサイクル業者へ引き渡します。'],
    // an account reserved for the contractor's staff (「作業者専用のID」) is a per-person account
    ['ACCESS-CONTROL', '保守作業には、委託者が払い出した作業者専用のIDを使用する。'],
  ])('%s is addressed: %s', (id, text) => {
    expect(statusOf(id, text)).not.toBe('missing');
  });

  it('a pledge that keeps \u201c前各項の義務\u201d after leaving the post meets personnel survival', () => {
    const text = '私は、業務上知り得た顧客情報を第三者に漏らしません。\n派遣期間が終了した後も、前各項の義務を遵守いたします。\n';
    expect(testOf('PERSONNEL-CONFIDENTIALITY', 'survival', text).met).toBe(true);
    expect(testOf('PERSONNEL-CONFIDENTIALITY', 'survival', '私は、業務上知り得た顧客情報を第三者に漏らしません。\n').met).toBe(false);
  });

  it('processing that follows only the instructions given in writing (「書面による指示にのみ従う」) meets documented-instructions', () => {
    expect(testOf('PURPOSE-LIMITATION', 'documented-instructions', '乙は、預託データの処理に当たっては、甲の担当課長が電子メールで行う指示にのみ従うものとする。').met).toBe(true);
  });

  it('a customer told to report misuse of its own account is still not the contractor reporting an incident', () => {
    expect(statusOf('INCIDENT-NOTIFICATION', '利用者は、自己のアカウントの不正利用を知ったときは、直ちに当社に通知するものとします。')).toBe('missing');
  });
});

// held-out round 252 (Japanese)
describe('bank registers: depositors\' account data is personal data; a letter to the bank (「○○　御中」) is written by 弊社, the contractor', () => {
  it('a depositor\'s transaction history or account number, or an internet-banking service named twice, is personal data', () => {
    expect(analyze('乙は、預金者の取引履歴を本業務の目的の範囲内でのみ取り扱う。').context.personalData).toBe(true);
    expect(analyze('受託者は、顧客並びに取引先に関するデータを、委託者の指示に従って処理する。').context.personalData).toBe(true);
    expect(analyze('本業務はネットバンキングの稼働監視とする。\nネットバンキングの計画停止は、月１回、日曜日の早朝に行う。').context.personalData).toBe(true);
  });
  it('the bank\'s own ledgers, or a portal named twice, are not', () => {
    expect(analyze('乙は、甲の会計帳簿データを本業務の目的の範囲内でのみ取り扱う。').context.personalData).toBe(false);
    expect(analyze('本業務は社内ポータルの稼働監視とする。\n社内ポータルの計画停止は、月１回、日曜日の早朝に行う。').context.personalData).toBe(false);
  });
  const letter = (body: string) => `株式会社ひかり信用金庫　御中\n\n令和10年2月1日\n東都データサービス株式会社\n\n${body}\n`;
  it('弊社 twice in a letter addressed to the buyer is the contractor', () => {
    const { parties } = analyze(letter('弊社は、貴金庫の勘定系システムの運用保守業務に関し、下記の事項を遵守いたします。\n弊社の要員は、全員が秘密保持誓約書を提出しております。'));
    expect(parties.find((p) => p.label === '弊社')?.role).toBe('contractor');
  });
  it('弊社 once is not yet a party', () => {
    const { parties } = analyze(letter('弊社は、貴金庫の勘定系システムの運用保守業務に関し、下記の事項を遵守いたします。'));
    expect(parties.find((p) => p.label === '弊社')).toBeUndefined();
  });
});

// held-out round 252 (Japanese)
describe('a role word defined as an item of a definitions list (「三　委託先　…を受ける者をいう。」) names that party', () => {
  const rule = (item: string) => `第１条（目的）\nこの要領は、当金庫が業務を外部に委託する場合の管理について定める。\n第２条（定義）\nこの要領において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。\n一　外部委託　当金庫の業務を他の者に行わせることをいう。\n${item}\n第３条（選定）\n所管部は、委託先の選定に当たり、情報セキュリティ体制を確認する。\n`;
  it('the unquoted defined term is the contractor', () => {
    const { parties } = analyze(rule('二　委託先　当金庫から業務の委託を受ける事業者をいう。'));
    expect(parties.find((p) => p.label === '委託先')?.role).toBe('contractor');
  });
  it('a defined term that is no party (a document or a department) is not', () => {
    const { parties } = analyze(rule('二　所管部　外部委託を行う業務を所管する部をいう。'));
    expect(parties.find((p) => p.label === '所管部')).toBeUndefined();
  });
});
