/**
 * COPY-REMOVAL-RESTRICTION: phrasing families the blind held-out rounds found missing or
 * misread. Every case is new wording, not the held-out sentence; the round that found each group is noted above it.
 */
import { describe, expect, it } from 'vitest';
import { requirementOf, statusOf, testOf, metOf } from '../test-result.ts';

// held-out round 212 (Japanese)
describe('Japanese held-out round 212 (EC構築保守, ポイント運用, MA規約, 広告代理店覚書, 会員分析仕様書, 配送連携, コールセンター提案, POS保守SLA): phrasing families', () => {
  it.each([
    // a download from the analysis environment to a local PC ruled out (「…ダウンロードは行わないこと」)
    ['COPY-REMOVAL-RESTRICTION', 'removal-ban', '仮想環境から手元のパソコンへのファイルのダウンロードは行わないこと。'],
  ])('%s %s is met: %s', (id, test, text) => {
    expect(testOf(id, test, text)?.met).toBe(true);
  });
});

// held-out round 213 (Japanese)
describe('a ban on downloads and screenshots is a copy restriction', () => {
  it('meets copy-approval', () => {
    const text = '受託者は、貸与された設計データのダウンロード及びスクリーンショットの取得を行ってはならない。';
    expect(metOf(text, 'COPY-REMOVAL-RESTRICTION', 'copy-approval')).toBe(true);
  });
  it('a download feature offered is not', () => {
    const text = '利用者は、管理画面から帳票データをダウンロードすることができます。';
    expect(metOf(text, 'COPY-REMOVAL-RESTRICTION', 'copy-approval')).toBe(false);
  });
});

// held-out round 216 (Japanese)
describe('COPY-REMOVAL-RESTRICTION: disposing of the copies one holds at the end (「保有する…の複製を処分する」)', () => {
  it('an end-of-contract disposal of held copies does not address copy restriction', () => {
    const text = '業務が終了したときは、乙は、本業務のために保持している顧客台帳及び設定ファイルの複製を速やかに処分するものとする。';
    expect(requirementOf(text, 'COPY-REMOVAL-RESTRICTION').status).toBe('missing');
  });
  it('a copy ban with approval still does', () => {
    const text = '乙は、甲の事前の書面による承認を得ないで、顧客台帳を複製してはならない。';
    expect(requirementOf(text, 'COPY-REMOVAL-RESTRICTION').status).not.toBe('missing');
  });
});

// held-out round 217 (Japanese)
describe('Japanese held-out round 217 (官公庁・独立行政法人): phrasing families', () => {
  it.each([
    // a subcontractor's duties listed for flow-down (「複製の制限…と同等の義務を再委託先に課す」) are no copy rule of the contractor
    ['COPY-REMOVAL-RESTRICTION', '受託者は、秘密の保持、複製の制限及び資料の返還について本契約と同等の義務を再委託先に課すものとする。'],
  ])('%s is not addressed: %s', (id, text) => {
    expect(statusOf(id, text)).toBe('missing');
  });
});

// held-out round 218 (Japanese)
describe('a ban on forwarding data outside (外部へ転送) is a removal restriction', () => {
  it('meets removal-ban', () => {
    const text = '受託者は、委託者のシステムに記録された検査データを外部へ転送してはならない。';
    expect(metOf(text, 'COPY-REMOVAL-RESTRICTION', 'removal-ban')).toBe(true);
  });
  it('a permission to forward as needed is not', () => {
    const text = '受託者は、業務に必要な範囲で検査データを外部へ転送することができる。';
    expect(metOf(text, 'COPY-REMOVAL-RESTRICTION', 'removal-ban')).toBe(false);
  });
});

// held-out round 221 (Japanese)
describe('COPY-REMOVAL-RESTRICTION: erasing the copies one made for the work (「複製したデータは…消去する」)', () => {
  it('an end-of-work erasure of data copied for the work does not address copy restriction', () => {
    const text = '２　検証のために受託者の端末に複製された電子データは、検証終了後、受託者が責任をもって削除する。';
    expect(requirementOf(text, 'COPY-REMOVAL-RESTRICTION').status).toBe('missing');
  });
  it('the same with 「コピーしたファイルについては」', () => {
    const text = 'なお、障害解析のためにコピーしたファイルについては、解析完了後に速やかに廃棄いたします。';
    expect(requirementOf(text, 'COPY-REMOVAL-RESTRICTION').status).toBe('missing');
  });
  it('a copy ban without approval still does', () => {
    const text = '受託者は、委託者の書面による事前の承認を得ずに、提供データを複製してはならない。';
    expect(requirementOf(text, 'COPY-REMOVAL-RESTRICTION').status).not.toBe('missing');
  });
});

// held-out round 223 (Japanese)
describe('data collected through a smartphone app is a data source, not a device rule', () => {
  it('an app as the source of statistics does not address COPY-REMOVAL-RESTRICTION', () => {
    const text = '２　丙は、甲に対し、タブレット向けアプリで収集した来館者の動線データを月次で提供する。';
    expect(requirementOf(text, 'COPY-REMOVAL-RESTRICTION').status).toBe('missing');
  });
  it('a ban on saving the data to a smartphone still does', () => {
    const text = '３　乙は、委託データをスマートフォンに保存し、又は作業室外に持ち出してはならない。';
    expect(requirementOf(text, 'COPY-REMOVAL-RESTRICTION').status).not.toBe('missing');
  });
});

// held-out round 223
describe('"downloads ... are blocked" bans removal from the system', () => {
  it('meets removal-ban', () => {
    const text = 'Copying shopper records into any other application is forbidden, and downloads from the case-management system are blocked for all agents.';
    expect(metOf(text, 'COPY-REMOVAL-RESTRICTION', 'removal-ban')).toBe(true);
  });
});

// held-out round 224 (Japanese)
describe('Japanese held-out round 224 (外資系・翻訳調): phrasing families', () => {
  it.each([
    // replication to another region / data centre is a DR copy, not a copy restriction
    ['COPY-REMOVAL-RESTRICTION', '当社は、ご契約者様のデータを異なるデータセンターに非同期で複製します。'],
  ])('%s is not addressed: %s', (id, text) => {
    expect(statusOf(id, text)).toBe('missing');
  });
});

// held-out round 224
describe('moving data "from the <x> environment to any other system" is a removal', () => {
  it('meets removal-ban when prohibited without written approval', () => {
    const text = 'The Processor shall not make copies of Member Data without the Fund\'s written approval and shall not move Member Data from the Fund\'s hosted application to any other system or device without the Fund\'s prior written approval.';
    expect(metOf(text, 'COPY-REMOVAL-RESTRICTION', 'removal-ban')).toBe(true);
  });
});

// held-out round 226 (Japanese)
describe('an effort-worded ban on downloading (「ダウンロードしないよう努める」) is still a copy restriction', () => {
  it('addresses COPY-REMOVAL-RESTRICTION', () => {
    const text = '４　保守要員は、業務上やむを得ない場合を除き、委託者の設計資料を私物のパソコンにダウンロードしないよう努めるものとする。';
    expect(requirementOf(text, 'COPY-REMOVAL-RESTRICTION').status).not.toBe('missing');
  });
  it('a download offered as a service feature is not', () => {
    const text = '利用者は、管理画面から操作マニュアルをダウンロードすることができる。';
    expect(requirementOf(text, 'COPY-REMOVAL-RESTRICTION').status).toBe('missing');
  });
});

// held-out round 227 (Japanese)
describe('Japanese held-out round 227 (現場の短い文書): phrasing families', () => {
  it('an application and approval on 「本様式」 is written approval of a copy', () => {
    expect(testOf('COPY-REMOVAL-RESTRICTION', 'copy-approval',
      '会員データを可搬媒体に複製する場合は、あらかじめ本様式により申請し、課長の承認を受けること。').met).toBe(true);
  });
});

// held-out round 230
describe('the customer exporting its own data is a self-service right, not a removal rule', () => {
  it('"the Client may export Client Data" does not address COPY-REMOVAL-RESTRICTION', () => {
    const text = 'At the end of the term the Client may export Client Data via the download centre for sixty days.';
    expect(requirementOf(text, 'COPY-REMOVAL-RESTRICTION').status).toBe('missing');
  });
  it('a ban on the supplier exporting client records to portable media still does', () => {
    const text = 'The Supplier shall not export client records to USB sticks or other portable media.';
    expect(requirementOf(text, 'COPY-REMOVAL-RESTRICTION').status).not.toBe('missing');
  });
});

// held-out round 232
describe('"except as required for the Services (… backups …)" enumerates the technical copies', () => {
  it('meets copy-approval', () => {
    const text = 'The Archive Provider shall not make copies of Client Material except as required for the Services (proxy files, off-site replicas and backup tapes described in Schedule 1).';
    expect(metOf(text, 'COPY-REMOVAL-RESTRICTION', 'copy-approval')).toBe(true);
  });
  it('without the enumeration it stays loose', () => {
    const text = 'The Archive Provider shall not make copies of Client Material except as required for the Services.';
    expect(metOf(text, 'COPY-REMOVAL-RESTRICTION', 'copy-approval')).toBe(false);
  });
});

// held-out round 234
describe('copies "except as required for the technical operation" are enumerated technical copies', () => {
  it('meets copy-approval of COPY-REMOVAL-RESTRICTION', () => {
    const text = 'Design files shall not be copied or transferred to portable media except as required for the technical administration of the platform (including its backups).';
    expect(metOf(text, 'COPY-REMOVAL-RESTRICTION', 'copy-approval')).toBe(true);
  });
});

// held-out round 234
describe('data copied out of the live cloud subscriptions is removal from the designated systems', () => {
  it('meets removal-ban of COPY-REMOVAL-RESTRICTION', () => {
    const text = 'Client data must not be transferred out of the live subscriptions without prior written approval.';
    expect(metOf(text, 'COPY-REMOVAL-RESTRICTION', 'removal-ban')).toBe(true);
  });
});

// held-out round 235
describe('copying data "off" the customer\'s systems is removal from them', () => {
  it('meets removal-ban of COPY-REMOVAL-RESTRICTION when written permission is required', () => {
    const text = 'Support staff must not take any Client records off the Client\'s servers without the Client\'s prior written consent.';
    expect(metOf(text, 'COPY-REMOVAL-RESTRICTION', 'removal-ban')).toBe(true);
  });
  it('a discount taken off the fee is not removal', () => {
    const text = 'A discount of 10% will be taken off the annual fee for multi-year orders.';
    expect(requirementOf(text, 'COPY-REMOVAL-RESTRICTION').status).toBe('missing');
  });
});

// held-out round 238
describe('a licence to host and copy customer data scopes copying', () => {
  it('addresses COPY-REMOVAL-RESTRICTION', () => {
    const text = 'The Owner grants the Operator a licence to host, reproduce and process Owner Records to run the portal.';
    expect(requirementOf(text, 'COPY-REMOVAL-RESTRICTION').status).not.toBe('missing');
  });
});

// held-out round 235 (Japanese)
describe('replication to a standby site (lag, destinations) is not a copy restriction', () => {
  it('a replication-lag duty does not address COPY-REMOVAL-RESTRICTION', () => {
    const text = '受託者は、遠隔地サイトへのデータ複製の遅延を毎日確認し、委託者に報告する。';
    expect(requirementOf(text, 'COPY-REMOVAL-RESTRICTION').status).toBe('missing');
  });
  it('a table headed 「複製先」 does not either', () => {
    const text = '## 第８条（報告）\n乙は、障害が発生したときは、直ちに甲に報告する。\n\n## 別表３　データ複製先・保管場所\n\n| 区分 | 場所 |\n|---|---|\n| 副系データベース | 大阪第一センター（大阪府） |\n| バックアップテープ | 乙の媒体保管庫（奈良県） |';
    expect(requirementOf(text, 'COPY-REMOVAL-RESTRICTION').status).toBe('missing');
  });
  it('a copy ban still does', () => {
    const text = '受託者は、委託者の書面による承認なく、預託データを複製してはならない。';
    expect(requirementOf(text, 'COPY-REMOVAL-RESTRICTION').status).not.toBe('missing');
  });
});

// held-out round 247
describe('an exception bounded by a work order or statement of work is not a loose "as needed"', () => {
  it('meets removal-ban when boxes may leave only as required by the relevant work order or with written consent', () => {
    const text = 'Archive boxes must not be removed from the Supplier\'s premises except as required by the relevant work order or with the Bank\'s prior written consent.';
    expect(metOf(text, 'COPY-REMOVAL-RESTRICTION', 'removal-ban')).toBe(true);
  });
  it('meets copy-approval when images are reproduced only for backups or as needed to complete a signed instruction', () => {
    const text = 'No scanned image may be duplicated except for the nightly backups listed in Appendix C or as needed to complete a signed instruction from the Insurer.';
    expect(metOf(text, 'COPY-REMOVAL-RESTRICTION', 'copy-approval')).toBe(true);
  });
  it('removal "as needed to perform the services" stays loose', () => {
    const text = 'Archive boxes must not be removed from the Supplier\'s premises except as needed to perform the services.';
    expect(metOf(text, 'COPY-REMOVAL-RESTRICTION', 'removal-ban')).toBe(false);
  });
});

describe('files leaving a records centre, archive room or warehouse is removal', () => {
  it('meets removal-ban for a ban on leaving the archive room', () => {
    const text = 'No client file shall leave the archive room without the Partner\'s prior written approval.';
    expect(metOf(text, 'COPY-REMOVAL-RESTRICTION', 'removal-ban')).toBe(true);
  });
  it('meets removal-ban for cartons leaving the document storage center', () => {
    const text = 'Cartons may not leave the document storage center unless the Customer has approved the movement in writing in advance.';
    expect(metOf(text, 'COPY-REMOVAL-RESTRICTION', 'removal-ban')).toBe(true);
  });
  it('staff leaving the records centre at shift end is not removal', () => {
    const text = 'Operators leave the records centre at 18:00 and the alarm is then set by the shift supervisor.';
    expect(requirementOf(text, 'COPY-REMOVAL-RESTRICTION').status).toBe('missing');
  });
});

// held-out round 248
describe('a policy\'s soft ban ("should not be saved to home laptops") addresses removal without meeting the ban', () => {
  it.each([
    'Client files should not be saved onto personally owned laptops by project staff.',
    'Supplier personnel should never download case records to their own home computers.',
  ])('addresses the requirement, removal-ban unmet: %s', (text) => {
    expect(requirementOf(text, 'COPY-REMOVAL-RESTRICTION').status).not.toBe('missing');
    expect(testOf('COPY-REMOVAL-RESTRICTION', 'removal-ban', text)?.met).toBe(false);
  });
  it('a soft duty that is not about taking data away stays missing', () => {
    const text = 'Visitors should not be left unattended in the server room.';
    expect(requirementOf(text, 'COPY-REMOVAL-RESTRICTION').status).toBe('missing');
  });
});

// held-out round 255
describe('a list of banned verbs ("not download, copy, print or export ... data from the <environment>") bans removal', () => {
  it('"must not copy, print or e-mail any claims records from the TRE" meets removal-ban', () => {
    const text = 'The analyst must not copy, print or e-mail any claims records from the TRE.';
    expect(metOf(text, 'COPY-REMOVAL-RESTRICTION', 'removal-ban')).toBe(true);
  });
  it('a cap on software copies is no removal ban', () => {
    expect(testOf('COPY-REMOVAL-RESTRICTION', 'removal-ban', 'The Licensee shall not copy the software more than twice.').met).toBe(false);
  });
});

// held-out round 245 (Japanese)
describe('held-out round 245: a disaster-recovery replica kept at another site', () => {
  it('「災害対策用の複製を大阪のデータセンターに保管する」 is hosting, not a copying rule', () => {
    expect(statusOf('COPY-REMOVAL-RESTRICTION', '受託者は、本番データベースを東京のデータセンターに置き、災害対策用の複製を大阪のデータセンターに保管する。')).toBe('missing');
  });
  it('a copying ban that excepts the replica is one', () => {
    expect(statusOf('COPY-REMOVAL-RESTRICTION', '受託者は、災害対策用の複製を除き、本学のデータを複製してはならない。')).not.toBe('missing');
  });
});

// held-out round 256
describe('"must not copy … unless the <several-word role> has agreed in writing" is copying only with written approval', () => {
  it('copy-approval is met', () => {
    const text = "Engineers must not copy the plant's control narratives to a laptop unless the Head of Engineering has agreed in writing.";
    expect(testOf('COPY-REMOVAL-RESTRICTION', 'copy-approval', text).met).toBe(true);
  });
  it('"unless it is needed for the job" is no approval', () => {
    const text = 'Engineers must not copy the control narratives unless it is needed for the job.';
    expect(testOf('COPY-REMOVAL-RESTRICTION', 'copy-approval', text).met).toBe(false);
  });
});

// held-out round 246 (Japanese)
describe('a ban on using or connecting external storage media (「外部記憶媒体の接続は認めない」) is a removal ban', () => {
  it.each([
    '作業者による外部記憶媒体の接続は認めない。',
    '作業室では、ＵＳＢメモリ等の使用及び画面の撮影を禁止する。',
  ])('meets removal-ban: %s', (text) => {
    expect(metOf(text, 'COPY-REMOVAL-RESTRICTION', 'removal-ban')).toBe(true);
  });
  it('a rule for when external media are used does not', () => {
    expect(metOf('外部記憶媒体を使用する場合は、暗号化機能付きのものに限る。', 'COPY-REMOVAL-RESTRICTION', 'removal-ban')).toBe(false);
  });
  it('using media only when approved is no ban', () => {
    expect(metOf('外部記憶媒体の使用は、必要な場合に限り認める。', 'COPY-REMOVAL-RESTRICTION', 'removal-ban')).toBe(false);
  });
});

// held-out round 249 (Japanese)
describe('physical transport of media under guard (locked case, two people) is a transport control', () => {
  it.each([
    '保管先への運搬は、鍵付きの容器に入れ、必ず２名以上で行うものとする。',
    'テープ媒体を移送するときは、封緘した上で担当者が手渡しにより行うこと。',
  ])('addressed: %s', (text) => {
    expect(statusOf('COPY-REMOVAL-RESTRICTION', text)).not.toBe('missing');
  });
  it.each([
    '交換した部品の運搬に要する費用は、受注者の負担とする。',
    '納入機器の搬送は、受注者が手配する運送業者が行う。',
  ])('not addressed: %s', (text) => {
    expect(statusOf('COPY-REMOVAL-RESTRICTION', text)).toBe('missing');
  });
});

// held-out round 260
describe('removable media that must be virus-checked before use is malware control, not a copy or removal restriction', () => {
  it('does not address COPY-REMOVAL-RESTRICTION', () => {
    expect(statusOf('COPY-REMOVAL-RESTRICTION', '### 7. Requirements\n\n**7.3 Removable media.** USB sticks and other removable media must not be plugged into operator consoles unless they have first been scanned at the security desk.\n\n**7.4 Clock.** All consoles use the port time server.')).toBe('missing');
  });
  it('removable media barred from copying customer data without approval still addresses it', () => {
    expect(statusOf('COPY-REMOVAL-RESTRICTION', 'The Supplier shall not copy Customer Data onto removable media without the Customer\'s prior written approval.')).not.toBe('missing');
  });
});

// held-out round 253 (Japanese)
describe('a ban on taking the outsourcer’s devices (端末・パソコン) off site is a removal restriction', () => {
  it.each([
    '受託者は、発注者から貸し出した作業用パソコンを庁舎の外に持ち出してはならない。',
    '設定作業に用いる学習用端末を受託者の事務所へ持ち帰ってはならない。',
  ])('removal-ban met: %s', (text) => {
    expect(metOf(text, 'COPY-REMOVAL-RESTRICTION', 'removal-ban')).toBe(true);
  });
  it.each([
    '児童生徒は、学習用端末を自宅に持ち帰って家庭学習に使うことができる。',
    '受託者は、故障した端末を引き取り、自社の修理拠点に持ち帰って修理する。',
  ])('not addressed: %s', (text) => {
    expect(statusOf('COPY-REMOVAL-RESTRICTION', text)).toBe('missing');
  });
});

// held-out round 264
describe('"copies … need written approval" is copying only with approval', () => {
  it('copies other than backups needing written approval meet copy-approval', () => {
    const text = 'Copies of the route plans, apart from scheduled system backups, require the written approval of the Transport Director.';
    expect(statusOf('COPY-REMOVAL-RESTRICTION', text)).not.toBe('missing');
    expect(metOf(text, 'COPY-REMOVAL-RESTRICTION', 'copy-approval')).toBe(true);
  });
  it('copies that need to be kept or sent are no copy restriction', () => {
    expect(statusOf('COPY-REMOVAL-RESTRICTION', 'Copies of signed delivery notes need to be kept for six years.')).toBe('missing');
  });
});

// held-out round 263
describe('a verbless negation in a controls list ("no personal information kept on removable media") bans removal to media', () => {
  it('"no personal information kept on removable media" is addressed', () => {
    expect(statusOf('COPY-REMOVAL-RESTRICTION', 'Annex B controls\n\nB4 Physical: visitor log at reception; no personal information kept on removable media.')).not.toBe('missing');
  });
  it('information kept on encrypted removable media, with no ban, is not', () => {
    expect(statusOf('COPY-REMOVAL-RESTRICTION', 'Annex B controls\n\nB4 Physical: visitor log at reception; personal information kept on encrypted removable media.')).toBe('missing');
  });
});

// held-out round 255 (Japanese)
describe('electronic media named as the channel of a claim or application (「電子媒体による申請」) is not media handling', () => {
  it.each([
    '委託者は、紙媒体又は電子媒体による申請を受け付けることができ、受託者はその申請データの取込みを行う。',
    '受託者は、市が指定する電子媒体による届出に必要な帳票データを作成する。',
  ])('not addressed: %s', (text) => {
    expect(statusOf('COPY-REMOVAL-RESTRICTION', text)).toBe('missing');
  });
  it.each([
    '受託者は、委託者の承諾なく、個人データを電子媒体に記録して事業所の外へ持ち出してはならない。',
    '電子媒体による帳票データの持出しは、委託者の書面による承認を得た場合に限る。',
  ])('addressed: %s', (text) => {
    expect(statusOf('COPY-REMOVAL-RESTRICTION', text)).not.toBe('missing');
  });
});

// held-out round 266 (English)
describe('copying ruled out save for a stated technical copy, or copy functions switched off, restricts copying', () => {
  it('a ban on photocopying except to make a substitute image meets copy-approval', () => {
    const text = 'Photocopying of incoming letters is prohibited except to make a substitute image of a torn page.';
    expect(metOf(text, 'COPY-REMOVAL-RESTRICTION', 'copy-approval')).toBe(true);
  });
  it('a fronted "aside from … backups, no copies" meets copy-approval', () => {
    const text = 'Aside from the archive image and its nightly backups, no copies of claim papers are produced.';
    expect(metOf(text, 'COPY-REMOVAL-RESTRICTION', 'copy-approval')).toBe(true);
  });
  it('clipboard and screen capture switched off meet copy-approval', () => {
    const text = 'On the remote desktops, clipboard transfer, copying of files and screen capture are blocked.';
    expect(metOf(text, 'COPY-REMOVAL-RESTRICTION', 'copy-approval')).toBe(true);
  });
  it('copy functions that are merely available are not a restriction', () => {
    const text = 'On the remote desktops, clipboard transfer, copying of files and screen capture are available to all users.';
    expect(metOf(text, 'COPY-REMOVAL-RESTRICTION', 'copy-approval')).not.toBe(true);
  });
  it('"nothing … may be taken from the room" bans removal', () => {
    const text = 'Nothing shown on the workstation may be noted or otherwise taken from the processing room.';
    expect(metOf(text, 'COPY-REMOVAL-RESTRICTION', 'removal-ban')).toBe(true);
  });
  it('"nothing in this agreement shall be construed" is no ban', () => {
    expect(statusOf('COPY-REMOVAL-RESTRICTION', 'Nothing in this agreement shall be construed as a licence of any trade mark.')).toBe('missing');
  });
});

// held-out round 268 (English)
describe('a ban on photographing, screenshotting or noting down data from a device is a copy restriction', () => {
  it('"must not screenshot, photograph or note down any customer details" is caught', () => {
    expect(statusOf('COPY-REMOVAL-RESTRICTION', 'Engineers must not screenshot, photograph or note down any customer details shown on the handheld terminal.')).not.toBe('missing');
  });
  it('a duty to photograph the finished work is not', () => {
    expect(statusOf('COPY-REMOVAL-RESTRICTION', 'Engineers must photograph the finished installation and upload the images to the job record.')).toBe('missing');
  });
});

// held-out round 260 (Japanese)
describe('「…が認めた（了承した）ものを除き」 is an approval exception, not an outright copy ban', () => {
  it('an exception for what the outsourcer has merely agreed to does not meet copy-approval (not prior, not written)', () => {
    expect(metOf('受託者は、委託者が了承したものを除き、提供資料を複写してはならない。', 'COPY-REMOVAL-RESTRICTION', 'copy-approval')).toBe(false);
    expect(metOf('乙は、甲が認めたものを除き、貸与データの複製を作成しない。', 'COPY-REMOVAL-RESTRICTION', 'copy-approval')).toBe(false);
  });
  it('an exception for what the outsourcer approved in writing beforehand meets copy-approval', () => {
    expect(metOf('受託者は、発注者が書面により事前に認めたものを除き、提供資料を複写してはならない。', 'COPY-REMOVAL-RESTRICTION', 'copy-approval')).toBe(true);
  });
  it('an outright ban on copying still meets copy-approval', () => {
    expect(metOf('受託者は、提供資料を複写してはならない。', 'COPY-REMOVAL-RESTRICTION', 'copy-approval')).toBe(true);
  });
});

// held-out round 262 (Japanese)
describe('storing data "at a site" (「海外拠点では…保存してはならない」) is a location rule, not a copy ban', () => {
  it('a ban on keeping data at an overseas site does not meet copy-approval', () => {
    expect(metOf('国外の開発センターにおいては、顧客データを参照し、保存し又は加工してはならない。', 'COPY-REMOVAL-RESTRICTION', 'copy-approval')).toBe(false);
    expect(metOf('協力会社の拠点では、本番データを閲覧、保存又は編集してはならない。', 'COPY-REMOVAL-RESTRICTION', 'copy-approval')).toBe(false);
  });
  it('a flat ban on storing the data itself still meets copy-approval', () => {
    expect(metOf('受託者は、貸与データを保存し、又は複写してはならない。', 'COPY-REMOVAL-RESTRICTION', 'copy-approval')).toBe(true);
  });
});

// held-out round 274 (English)
describe('"shall not keep / make copies of X unless approved in writing in advance" is copying only with prior written approval', () => {
  it('"shall not make copies of the telemetry database unless ... authorised it in writing in advance" meets copy-approval', () => {
    expect(metOf('The Integrator shall not make copies of the telemetry database unless the Utility has authorised it in writing in advance.', 'COPY-REMOVAL-RESTRICTION', 'copy-approval')).toBe(true);
  });
  it('"must not retain copies of PLC programs without the prior written consent" meets it too', () => {
    expect(metOf('Contractor staff must not retain copies of PLC programs or network drawings without the prior written consent of the Engineer.', 'COPY-REMOVAL-RESTRICTION', 'copy-approval')).toBe(true);
  });
  it('"shall not keep copies of Utility Data after the end of the contract" (a deletion duty) does not', () => {
    expect(metOf('The Integrator shall not keep copies of Utility Data after the end of the contract.', 'COPY-REMOVAL-RESTRICTION', 'copy-approval')).toBe(false);
  });
});

// held-out round 277 (English)
describe('COPY-REMOVAL-RESTRICTION: exports (copies out of the system) allowed only when a documented / written instruction or request calls for them', () => {
  it('"Exports … are permitted only when a written customer request asks for them" meets copy-approval', () => {
    expect(metOf('Exports of customer records are permitted only when a written customer request asks for them, and each export is recorded.', 'COPY-REMOVAL-RESTRICTION', 'copy-approval')).toBe(true);
  });
  it('exports "only when the team needs them" do not', () => {
    expect(metOf('Exports of customer records are permitted only when the team needs them.', 'COPY-REMOVAL-RESTRICTION', 'copy-approval')).toBe(false);
  });
});

// held-out round 276 (English)
describe('records that must remain inside a secure area at all times, except …, may not be removed', () => {
  it('"shall be kept within the restricted records room at all times, except when …" meets removal-ban', () => {
    expect(metOf('Patient records shall be kept within the restricted records room at all times, except when handed to the approved courier.', 'COPY-REMOVAL-RESTRICTION', 'removal-ban')).toBe(true);
  });
  it('visitors who must remain within the secure area do not address removal', () => {
    expect(statusOf('COPY-REMOVAL-RESTRICTION', 'Visitors must remain within the secure area at all times unless escorted by staff.')).toBe('missing');
  });
});

// held-out round 278 (English)
describe('COPY-REMOVAL-RESTRICTION copy-approval: "no X may be <act>, <act> or copied" is a copying ban', () => {
  it('a list of banned acts that ends with copying is a ban on copying', () => {
    const text = 'No subscriber record may be printed, emailed, or copied into any spreadsheet.';
    expect(metOf(text, 'COPY-REMOVAL-RESTRICTION', 'copy-approval')).toBe(true);
  });
  it('the same acts permitted as needed are no ban', () => {
    const text = 'Subscriber records may be printed, recorded on paper or copied as needed.';
    expect(metOf(text, 'COPY-REMOVAL-RESTRICTION', 'copy-approval')).toBe(false);
  });
});

// held-out round 272 (Japanese)
describe('COPY-REMOVAL-RESTRICTION: a duty to log each removal in a register controls removal', () => {
  it('「持ち出すときは、その都度、持出し記録簿に…記入するものとする」 addresses removal', () => {
    expect(statusOf('COPY-REMOVAL-RESTRICTION', '受託者は、申請書類を事務室の外へ持ち出すときは、その都度、持出し記録簿に日時及び持出者を記入するものとする。')).not.toBe('missing');
  });
  it('the register\'s form alone does not', () => {
    expect(statusOf('COPY-REMOVAL-RESTRICTION', '持出記録簿の様式は別紙のとおりとする。')).toBe('missing');
  });
});

// held-out round 276 (Japanese)
describe('COPY-REMOVAL-RESTRICTION: a ban on keeping copies once the term ends belongs to return/deletion', () => {
  it('「契約が終了したときは…引き渡し、その写しを保持してはならない」 is no copying restriction', () => {
    expect(statusOf('COPY-REMOVAL-RESTRICTION', '受託者は、契約が終了したときは、業務で作成した台帳を委託者に引き渡し、その写しを保持してはならない。')).toBe('missing');
  });
  it('a ban on making copies without written consent still is', () => {
    expect(statusOf('COPY-REMOVAL-RESTRICTION', '受託者は、委託者の書面による承諾を得ないで、台帳を複写してはならない。')).not.toBe('missing');
  });
});

// held-out round 278 (Japanese)
describe('COPY-REMOVAL-RESTRICTION: a provider replicating data to its own sites, or listing media it destroyed, restricts no copying', () => {
  it.each([
    '事業者は、利用者のデータを関東及び関西の２拠点のデータセンターに複製して保存する。',
    '乙は、交換したハードディスクを乙の工場で粉砕し、粉砕した媒体の台帳を甲に提出する。',
  ])('does not address COPY-REMOVAL-RESTRICTION: %s', (text) => {
    expect(statusOf('COPY-REMOVAL-RESTRICTION', text)).toBe('missing');
  });
  it('a ban on copying the data to other sites without consent still does', () => {
    expect(statusOf('COPY-REMOVAL-RESTRICTION', '乙は、甲の書面による承諾なく、甲のデータを複数のデータセンターに複製して保存してはならない。')).not.toBe('missing');
  });
  it('a register of media taken out still does', () => {
    expect(statusOf('COPY-REMOVAL-RESTRICTION', '乙は、記録媒体を作業場所から持ち出すときは、持出しの記録を台帳に残さなければならない。')).not.toBe('missing');
  });
});

// held-out round 289 (English)
describe('COPY-REMOVAL-RESTRICTION: data "may not be removed from the <kind of> centre"', () => {
  it('"must not be removed from the printing centre" meets removal-ban', () => {
    expect(metOf('Customer statement files must not be removed from the printing centre except as sealed, encrypted dispatch batches.', 'COPY-REMOVAL-RESTRICTION', 'removal-ban')).toBe(true);
  });
  it('removing a person from the centre staff list is no removal ban (near-miss)', () => {
    expect(metOf('The Vendor shall remove from the printing centre rota any operator who fails the annual security test.', 'COPY-REMOVAL-RESTRICTION', 'removal-ban')).toBe(false);
  });
});

// held-out round 291 (English)
describe('COPY-REMOVAL-RESTRICTION: taking data out of a portal is removal', () => {
  it('"must not carry applicant files out of the case portal" meets removal-ban', () => {
    expect(testOf('COPY-REMOVAL-RESTRICTION', 'removal-ban', 'Field agents must not carry applicant files out of the case portal.').met).toBe(true);
  });
  it('a client allowed to take its own reports out of the portal is no restriction', () => {
    expect(statusOf('COPY-REMOVAL-RESTRICTION', 'Clients may take their reports out of the portal at any time.')).toBe('missing');
  });
});

// held-out round 283 (Japanese)
describe('COPY-REMOVAL-RESTRICTION: saving to a local terminal refused with 「〜への保存は許可しない／を認めない」', () => {
  it('"no saving to the worker\'s PC" addresses the requirement', () => {
    expect(statusOf('COPY-REMOVAL-RESTRICTION', '作業データは貸与サーバ上でのみ編集し、作業員のパソコンへの保存は許可しない。')).not.toBe('missing');
  });
  it('a reference to how to save on the PC does not', () => {
    expect(statusOf('COPY-REMOVAL-RESTRICTION', '作業員のパソコンへの保存方法は、別紙の手順書による。')).toBe('missing');
  });
});

// held-out round 293 (English)
describe('COPY-REMOVAL-RESTRICTION: a duty to take backup copies is no copy restriction', () => {
  it('"shall make encrypted backup copies of the records every night" leaves the requirement missing', () => {
    expect(statusOf('COPY-REMOVAL-RESTRICTION', 'The Contractor shall make encrypted backup copies of the case records every night.')).toBe('missing');
  });
  it('backup copies allowed only with approval still restrict copying', () => {
    expect(testOf('COPY-REMOVAL-RESTRICTION', 'copy-approval', 'The Contractor shall not copy the case records, save that it may take backup copies only with the Council\'s written approval.').met).toBe(true);
  });
});

// held-out round 284 (Japanese)
describe('COPY-REMOVAL-RESTRICTION: a proviso of a numbered 項 qualifies that 項, not the article\'s first paragraph', () => {
  it('prior written approval in the removal 項\'s proviso does not make a loose copy-approval prior and written', () => {
    const text = '第７条 乙は、甲の承諾がある場合を除き、貸与資料を複製してはならない。\n２ 乙は、貸与資料を作業場所から持ち出してはならない。ただし、甲が事前に書面で許可したときはこの限りでない。';
    expect(metOf(text, 'COPY-REMOVAL-RESTRICTION', 'copy-approval')).toBe(false);
    expect(metOf(text, 'COPY-REMOVAL-RESTRICTION', 'removal-ban')).toBe(true);
  });
  it('a backup exception after a ban with loose approval is not the enumerated-copies rule', () => {
    expect(metOf('１ 乙は、甲の了承を得た場合を除き、データを複写してはならない。ただし、バックアップはこの限りでない。', 'COPY-REMOVAL-RESTRICTION', 'copy-approval')).toBe(false);
  });
  it('prior written approval in the copy sentence itself still meets copy-approval', () => {
    expect(metOf('乙は、甲の事前の書面による承諾を得た場合を除き、貸与資料を複製してはならない。', 'COPY-REMOVAL-RESTRICTION', 'copy-approval')).toBe(true);
  });
});

// held-out round 294 (English)
describe('COPY-REMOVAL-RESTRICTION: removal from a secure <kind> area, and no copies kept "on any other" media', () => {
  it.each([
    'The Bureau shall not take scanned claim forms or the backing tapes away from its designated scanning area without the Insurer\'s approval.',
    'Print files and printed letters must not be removed from the secure mailing hall except for collection by the postal carrier.',
    'The Contractor shall not hold copies of the ballot files on any other server or laptop.',
  ])('addresses COPY-REMOVAL-RESTRICTION: %s', (text) => {
    expect(statusOf('COPY-REMOVAL-RESTRICTION', text)).not.toBe('missing');
  });
  it.each([
    'The Contractor shall remove all copyright notices from the secure print area\'s wall displays before handover.',
    'The Contractor shall hold copies of its insurance certificates at its head office.',
  ])('does not address COPY-REMOVAL-RESTRICTION: %s', (text) => {
    expect(statusOf('COPY-REMOVAL-RESTRICTION', text)).toBe('missing');
  });
});

// held-out round 294 (English)
describe('COPY-REMOVAL-RESTRICTION: a party labelled "the Agency" that is a trading company (LLP, Ltd) is the supplier, not a government buyer', () => {
  const opening = 'COLLECTION SERVICES AGREEMENT\nParties: Harbour Billing Limited ("Harbour") and Keel & Lyle Recoveries LLP ("the Agency").\n\n';
  it('an LLP agency\'s copying ban is a supplier duty', () => {
    expect(statusOf('COPY-REMOVAL-RESTRICTION', `${opening}3.1 The Agency shall not make copies of debtor files outside its case management system.`)).not.toBe('missing');
  });
  it('a government agency named as a party still buys the service', () => {
    const gov = 'SUPPORT SERVICES AGREEMENT\nParties: the Department of Revenue of the State of Ostwick ("the Agency") and Keel Data Ltd ("Keel").\n\n3.1 The Agency shall not make copies of the system manuals outside its offices.';
    expect(statusOf('COPY-REMOVAL-RESTRICTION', gov)).toBe('missing');
  });
});

// held-out rounds 285, 293 and 294 (English)
describe('COPY-REMOVAL-RESTRICTION: a copy ban listed after other verbs, or kept copies, with its own exception-free clause before a second ban', () => {
  it.each([
    'Analysts must not export, screenshot or otherwise copy any claimant file, and no claimant file may be carried off the secure floor unless the shift supervisor has signed it out.',
    'The Bureau shall not keep copies of the scanned files on any other laptop or drive and shall not take paper forms out of its mail room except for return to the sender.',
    'Tutors shall not save, print or copy pupil records to any personal laptop or phone, and shall not remove pupil records from the platform by any means.',
  ])('meets copy-approval: %s', (text) => {
    expect(metOf(text, 'COPY-REMOVAL-RESTRICTION', 'copy-approval')).toBe(true);
  });
  it.each([
    // the exception comes inside the copy ban's own clause: it qualifies the copying, so the plain ban does not settle it
    'Analysts must not export, screenshot or otherwise copy any claimant file except as their team leader allows, and no claimant file may be carried off the secure floor.',
    // no second ban: a single ban with a loose exception
    'The Bureau shall not retain copies of the scanned forms except as necessary to perform the services.',
  ])('does not meet copy-approval: %s', (text) => {
    expect(metOf(text, 'COPY-REMOVAL-RESTRICTION', 'copy-approval')).toBe(false);
  });
});

// held-out round 286 (Japanese)
describe('COPY-REMOVAL-RESTRICTION: waste haulage (「収集運搬」「収集・運搬業務」) is no transport of information', () => {
  it.each([
    '# 産業廃棄物収集運搬委託契約書\n\n排出事業者（以下「甲」という。）と収集運搬業者（以下「乙」という。）は、次のとおり契約を締結する。',
    '第１条（業務）\n乙は、甲の事業所から排出される廃プラスチック類の収集・運搬業務を行う。',
  ])('not addressed: %s', (text) => {
    expect(statusOf('COPY-REMOVAL-RESTRICTION', text)).toBe('missing');
  });
  it('carrying media that hold personal data still does', () => {
    expect(statusOf('COPY-REMOVAL-RESTRICTION', '乙は、個人情報が記録された媒体を運搬するときは、施錠できるケースに収納し、持ち出しの記録を残さなければならない。')).not.toBe('missing');
  });
});

// held-out round 286 (Japanese)
describe('COPY-REMOVAL-RESTRICTION: a removal allowed only after the data is wiped or encrypted (「暗号化したうえで持ち出す」) controls removal', () => {
  it.each([
    '乙は、故障したハードディスクを事業所外へ搬出するときは、記録されたデータを暗号化したうえで持ち出すものとする。',
    '受注者は、交換した記録装置について、保存された情報を初期化したうえで搬出しなければならない。',
  ])('addressed: %s', (text) => {
    expect(statusOf('COPY-REMOVAL-RESTRICTION', text)).not.toBe('missing');
  });
  it('wiping a device before handing it back is no removal control (near-miss)', () => {
    expect(statusOf('COPY-REMOVAL-RESTRICTION', '乙は、修理完了後、機器を消去したうえで甲に返却する。')).toBe('missing');
  });
});

// held-out round 297 (English)
describe('COPY-REMOVAL-RESTRICTION: records not to be "taken home", and no removal "from <owner> property"; footage and named lists are the data', () => {
  it.each([
    'Patient lists issued to the visiting nurses must not be taken home at the end of a shift.',
    'The Contractor shall not remove any recorded footage or memory card from Council property.',
    'Engineers may not carry customer lists home after a site visit.',
  ])('meets removal-ban: %s', (text) => {
    expect(testOf('COPY-REMOVAL-RESTRICTION', 'removal-ban', text)?.met).toBe(true);
  });
  it.each([
    'Drivers shall take each pupil home by the route shown on the daily schedule.',
    'The Contractor shall remove all packaging and waste from school property at the end of each visit.',
    'Staff may take home pay slips in sealed envelopes.',
  ])('does not address COPY-REMOVAL-RESTRICTION: %s', (text) => {
    expect(statusOf('COPY-REMOVAL-RESTRICTION', text)).toBe('missing');
  });
});

// held-out round 298 (English)
describe('COPY-REMOVAL-RESTRICTION: no download / copy "from the portal / workbench", no keeping data "outside the <tool>"; freelancer terms where "you" are the supplier', () => {
  it.each([
    'Reviewers must not save, print or export any exhibit from the review portal.',
    'Transcribers shall not save or retain any personal data outside the review portal.',
    'The Vendor shall not keep any customer records outside the case management workbench.',
  ])('meets removal-ban: %s', (text) => {
    expect(testOf('COPY-REMOVAL-RESTRICTION', 'removal-ban', text)?.met).toBe(true);
  });
  it('terms engaging "you" as an independent contractor bind "you" to the restriction', () => {
    const terms = 'FREELANCE INTERPRETER TERMS\n\nThese terms apply whenever you accept a booking from us. "We" means Parlance Language Services Ltd; "you" means the freelance interpreter who accepts the booking.\n\n1. You are an independent contractor and not our employee.\n\n2. You must not download or copy any case papers from the booking portal.\n';
    expect(statusOf('COPY-REMOVAL-RESTRICTION', terms)).toBe('sufficient');
  });
  it.each([
    'Users may download their own reports from the portal at any time.',
    "The Supplier must not remove the Customer's logo from the portal.",
  ])('does not address COPY-REMOVAL-RESTRICTION: %s', (text) => {
    expect(statusOf('COPY-REMOVAL-RESTRICTION', text)).toBe('missing');
  });
});

// held-out round 293 (Japanese)
describe('COPY-REMOVAL-RESTRICTION: data kept off local terminals with the suru-verb negative 「…にはダウンロードせず」「…に保存せず」', () => {
  it.each([
    '審査用の画像データは、担当者のパソコンには保存せず、閲覧専用の審査システム上でのみ確認する。',
    '当社は、お預かりした会員データを作業端末にダウンロードせず、貴社の検証環境内で分析いたします。',
  ])('meets removal-ban: %s', (text) => {
    expect(testOf('COPY-REMOVAL-RESTRICTION', 'removal-ban', text)?.met).toBe(true);
  });
  it('a feature that lets users read documents "without saving them to the terminal" (「保存せずに…閲覧できます」) does not address it', () => {
    expect(statusOf('COPY-REMOVAL-RESTRICTION', '会員は、端末に保存せずにアプリ上で利用規約を閲覧できます。')).toBe('missing');
  });
});

// held-out round 293 (Japanese)
describe('COPY-REMOVAL-RESTRICTION: a ban on writing down what the staff viewed (「閲覧した…内容を…記録／メモ／書き写してはならない」) is a copy restriction', () => {
  it.each([
    'オペレーターは、画面に表示された会員の個人情報をメモしてはならない。',
    '審査担当者は、閲覧した申込書の記載事項を手帳等に書き写してはならない。',
  ])('meets copy-approval: %s', (text) => {
    expect(testOf('COPY-REMOVAL-RESTRICTION', 'copy-approval', text)?.met).toBe(true);
  });
  it.each([
    '監視担当者は、閲覧した投稿の内容を監視記録に記録する。',
    '担当者は、表示された内容を確認したうえで、対応履歴を記録しなければならない。',
  ])('a duty to log what was viewed does not address it: %s', (text) => {
    expect(statusOf('COPY-REMOVAL-RESTRICTION', text)).toBe('missing');
  });
});

// session 59 probe sweep (English)
describe('COPY-REMOVAL-RESTRICTION: job sheets or paperwork that "never leave" the site', () => {
  it.each([
    'Inventory sheets never leave the depot and are not photographed by our crews.',
    'Client paperwork never leaves the branch.',
  ])('addressed: %s', (text) => {
    expect(statusOf('COPY-REMOVAL-RESTRICTION', text)).not.toBe('missing');
  });
  it('vans that never leave the depot before 7am are not records', () => {
    expect(statusOf('COPY-REMOVAL-RESTRICTION', 'Our vans never leave the depot before 7am.')).toBe('missing');
  });
});

// held-out round 294 (Japanese)
describe('COPY-REMOVAL-RESTRICTION: data kept off local terminals with the continuative prohibition 「…端末に保存してはならず、…」', () => {
  it.each([
    '委託先は、受講者名簿を自社の端末に保存してはならず、閲覧は委託者が提供する画面に限るものとする。',
    '乙は、撮影した映像データを作業員の端末等に格納してはならず、当日中に甲のサーバへ転送する。',
  ])('addressed: %s', (text) => {
    expect(statusOf('COPY-REMOVAL-RESTRICTION', text)).not.toBe('missing');
  });
  it('a ban on logging in to a terminal is no copy or removal rule (near-miss)', () => {
    expect(statusOf('COPY-REMOVAL-RESTRICTION', '作業員は、端末にログインしてはならず、管理者の許可を得るまで待機する。')).toBe('missing');
  });
});

// held-out round 305 (English)
describe('a ban on photographing physical mail, letters or documents is a copy restriction', () => {
  it.each([
    'Couriers must not take photos of the documents they collect from the front desk.',
    "Reception staff shall not photograph visitors' letters or parcel labels.",
    'Agency staff are not permitted to photograph any post held in the mail room.',
  ])('meets copy-approval: %s', (text) => {
    expect(metOf(text, 'COPY-REMOVAL-RESTRICTION', 'copy-approval')).toBe(true);
  });
  it('a photography ban on something that is not information stays missing', () => {
    expect(statusOf('COPY-REMOVAL-RESTRICTION', 'The contractor shall not take photographs of the building facade without consent.')).toBe('missing');
  });
  it('a duty to photograph a parcel on delivery is no restriction', () => {
    expect(statusOf('COPY-REMOVAL-RESTRICTION', 'The driver shall photograph each parcel at the point of delivery.')).toBe('missing');
  });
});

// held-out round 306 (English)
describe('COPY-REMOVAL-RESTRICTION: a ban on photographing or filming screens, displays or monitors is a copy restriction', () => {
  it.each([
    'Operators must not take pictures of the monitors in the security office.',
    'Contractor personnel shall not photograph or video the dispatch screens while on shift.',
    'Agents may not film or screenshot customer displays at the help desk.',
  ])('meets copy-approval: %s', (text) => {
    expect(testOf('COPY-REMOVAL-RESTRICTION', 'copy-approval', text)?.met).toBe(true);
  });
  it.each([
    'Stewards shall not photograph supporters in the stands.',
    'Staff shall not block the view of the big screen.',
  ])('photographing people, or screens not being copied, does not address it: %s', (text) => {
    expect(statusOf('COPY-REMOVAL-RESTRICTION', text)).toBe('missing');
  });
});

// session 60 probe sweep (Japanese: maintenance contracts)
describe('COPY-REMOVAL-RESTRICTION: logs and operation records taken off site', () => {
  it.each([
    '障害調査のために採取したログを庁舎外に持ち出すときは、あらかじめ発注者の許可を受けること。',
    '受注者は、障害解析のために取得したログを本市の許可なく持ち出してはならない。',
  ])('addressed: %s', (text) => {
    expect(statusOf('COPY-REMOVAL-RESTRICTION', text)).not.toBe('missing');
  });
  it('a login ID is no log', () => {
    expect(statusOf('COPY-REMOVAL-RESTRICTION', '乙は、ログインIDの発行を受けるときは、あらかじめ甲の許可を受けること。')).toBe('missing');
  });
});

// held-out round 309 (English)
describe('COPY-REMOVAL-RESTRICTION: "make exports of <data> only when we ask in writing / only on the Client\'s written request" and "taken away from the monitoring / control centre"', () => {
  it.each([
    'The Provider shall make exports of recordings only when the Council requests them in writing.',
    'The Contractor may make an export of the call recordings only on the Client\'s written request.',
  ])('copy-approval is met: %s', (text) => {
    expect(metOf(text, 'COPY-REMOVAL-RESTRICTION', 'copy-approval')).toBe(true);
  });
  it.each([
    'No recordings shall be taken out of the surveillance centre.',
    'The Supplier shall not carry any customer data out of the monitoring centre.',
  ])('removal-ban is met: %s', (text) => {
    expect(metOf(text, 'COPY-REMOVAL-RESTRICTION', 'removal-ban')).toBe(true);
  });
  it('exports made whenever the Provider thinks fit are no approval (near-miss)', () => {
    expect(metOf('The Provider shall make exports of recordings when it considers them necessary and log each one.', 'COPY-REMOVAL-RESTRICTION', 'copy-approval')).toBe(false);
  });
});

// held-out round 308 (English)
describe('COPY-REMOVAL-RESTRICTION: a copy ban "on any device other than / except within the platform" names the platform as the allowed place, not the thing copied', () => {
  it.each([
    'Call handlers must not copy recordings to any medium other than the recording platform.',
    'Analysts shall not duplicate survey responses anywhere except within the research application.',
  ])('addresses COPY-REMOVAL-RESTRICTION: %s', (text) => {
    expect(statusOf('COPY-REMOVAL-RESTRICTION', text)).not.toBe('missing');
  });
  it.each([
    'The Reseller shall not copy the platform or any part of its code.',
    'The Licensee may not duplicate the application for use at other sites.',
  ])('copying the platform itself stays a licence term (near-miss): %s', (text) => {
    expect(statusOf('COPY-REMOVAL-RESTRICTION', text)).toBe('missing');
  });
});

// held-out round 303 (Japanese)
describe('COPY-REMOVAL-RESTRICTION: not saving the data onto a USB stick or other removable medium (「USBメモリに保存しないこと」)', () => {
  it.each([
    '集計結果のCSVは、USBメモリに保存しないこと。',
    '月次の集計表はusbメモリ等に保存しないものとする。',
  ])('addressed: %s', (text) => {
    expect(statusOf('COPY-REMOVAL-RESTRICTION', text)).not.toBe('missing');
  });
  it('a condition on not saving to the medium is no restriction (near-miss)', () => {
    expect(statusOf('COPY-REMOVAL-RESTRICTION', 'USBメモリに保存しない場合は、電子メールで送付する。')).toBe('missing');
  });
});

// held-out round 313 (English)
describe('COPY-REMOVAL-RESTRICTION: taken / carried "out of the <processing|scanning|records|storage> centre" or "bureau"', () => {
  it.each([
    'No enrolment form, paper or scanned, may be taken out of the secure bureau except for return to the College at its written request.',
    'Admission files shall not be carried out of the records centre without the College\'s prior written consent.',
    'Visa files must never be taken out of the scanning centre unless the Academy has approved this in writing beforehand.',
  ])('removal-ban is met: %s', (text) => {
    expect(metOf(text, 'COPY-REMOVAL-RESTRICTION', 'removal-ban')).toBe(true);
  });
  it('a free permission to take boxes out of the storage centre stays unmet (near-miss)', () => {
    expect(metOf('Archive boxes may be taken out of the storage centre by the Supplier\'s couriers whenever the Supplier decides.', 'COPY-REMOVAL-RESTRICTION', 'removal-ban')).toBe(false);
  });
});

// held-out round 313 (English)
describe('COPY-REMOVAL-RESTRICTION: passport / visa / identity-document copies and scans are the handled data', () => {
  it.each([
    'Passport scans shall be stored only in the case system and not on staff members\' personal devices.',
    'Immigration papers for sponsored learners must be held in the enrolment system only, not on agents\' personal devices.',
  ])('addressed: %s', (text) => {
    expect(statusOf('COPY-REMOVAL-RESTRICTION', text)).not.toBe('missing');
  });
  it('storing visa copies in the case system, with no device or removal rule, is not (near-miss)', () => {
    expect(statusOf('COPY-REMOVAL-RESTRICTION', 'The Provider shall store visa copies in the case system.')).toBe('missing');
  });
});

// held-out round 314 (English)
describe('COPY-REMOVAL-RESTRICTION: "taken off / out of the <Party>\'s secure <place> premises" with a possessive and two more words', () => {
  it.each([
    "Customer records shall not be taken off the Council's secure depot premises without the Estates Manager's approval.",
    "Tenant files must not be carried out of the Agent's main records office.",
  ])('removal-ban met: %s', (text) => {
    expect(metOf(text, 'COPY-REMOVAL-RESTRICTION', 'removal-ban')).toBe(true);
  });
  it('staff allowed to take laptops off the premises is no removal ban (near-miss)', () => {
    expect(metOf("Engineers may take laptops off the Contractor's locked key cutting premises.", 'COPY-REMOVAL-RESTRICTION', 'removal-ban')).toBe(false);
  });
});

// held-out round 304 (Japanese)
describe('COPY-REMOVAL-RESTRICTION: paper record cards (カルテ, 問診票, 申込書) are the data copied or carried out', () => {
  it.each([
    '受注者は、来院者の問診票を指定の保管室の外へ持ち出してはならない。',
    '乙は、お客様カルテの原本を店舗の外に持ち出してはならない。',
  ])('removal-ban is met: %s', (text) => {
    expect(metOf(text, 'COPY-REMOVAL-RESTRICTION', 'removal-ban')).toBe(true);
  });
  it('a copy of the cards only with prior written approval addresses the requirement', () => {
    expect(statusOf('COPY-REMOVAL-RESTRICTION', '受託者は、入会申込書を複写する場合には、事前に委託者の書面による承認を受ける。')).not.toBe('missing');
  });
  it.each([
    '乙は、カルテの書式の見直しについて甲に提案する。',
    '受託者は、電子カルテシステムを作業場所以外から操作してはならない。',
  ])('a card form or the record system itself is no data carried out (near-miss): %s', (text) => {
    expect(statusOf('COPY-REMOVAL-RESTRICTION', text)).toBe('missing');
  });
});

// held-out round 304 (Japanese)
describe('COPY-REMOVAL-RESTRICTION: a ban on transcribing records by hand (「書き写してはならない」) or photographing them on a private device is a copy ban', () => {
  it.each([
    '受託者は、問診票の記載内容を手帳に書き写してはならない。',
    '従事者は、個人所有のカメラで申込書を撮影しないこと。',
  ])('copy-approval is met: %s', (text) => {
    expect(metOf(text, 'COPY-REMOVAL-RESTRICTION', 'copy-approval')).toBe(true);
  });
  it.each([
    '乙は、研修で示された手順を書き写して作業に用いる。',
    '乙は、私物のカメラで店舗の外観を撮影し、広報に用いる。',
  ])('taking notes of a procedure, or photographing a shopfront, is no copy ban (near-miss): %s', (text) => {
    expect(statusOf('COPY-REMOVAL-RESTRICTION', text)).toBe('missing');
  });
});

// held-out round 305 (Japanese)
describe('COPY-REMOVAL-RESTRICTION: 「搬送装置／自動搬送式／搬送設備」 names a conveyor machine, not the transport of media', () => {
  it.each([
    '# 自動搬送式書庫 保守業務委託契約書\n\n第1条(業務)\n乙は、書庫の保守点検を行う。\n\n第2条(搬送装置の障害)\n搬送装置が停止したときは、乙は、保守業者に連絡する。',
    '第5条(搬送装置の点検)\n乙は、搬送装置を毎月点検し、点検表を施錠できる棚に保管する。',
    '乙は、搬送設備の鍵を施錠された保管箱で管理する。',
  ])('stays missing (near-miss): %s', (text) => {
    expect(statusOf('COPY-REMOVAL-RESTRICTION', text)).toBe('missing');
  });
  it('moving backup tapes in a locked case under a transport heading still addresses it', () => {
    expect(statusOf('COPY-REMOVAL-RESTRICTION', '# 媒体の搬送\n\n乙は、バックアップテープを搬送するときは、鍵付きの容器に収納して２名で行う。')).not.toBe('missing');
  });
});

// held-out round 305 (Japanese)
describe('COPY-REMOVAL-RESTRICTION: printing or downloading data kept to 「必要最小限」 is a (loose) copy restriction', () => {
  it.each([
    '受託者は、顧客名簿を印刷するときは、必要最小限の部数にとどめる。',
    '乙は、会員データをダウンロードした場合は、必要最小限の範囲で保持し、不要となった時点で削除する。',
  ])('addressed, copy-approval not met: %s', (text) => {
    expect(statusOf('COPY-REMOVAL-RESTRICTION', text)).not.toBe('missing');
    expect(metOf(text, 'COPY-REMOVAL-RESTRICTION', 'copy-approval')).toBe(false);
  });
  it.each([
    '受注者は、納品書を印刷し、発注者に郵送する。',
    '乙は、作業に必要最小限の人員で印刷業務を行う。',
  ])('printing as the service itself is no copy restriction (near-miss): %s', (text) => {
    expect(statusOf('COPY-REMOVAL-RESTRICTION', text)).toBe('missing');
  });
});

// held-out residual (English rounds 312 and 315: flat bans listing the ways a copy is made)
describe('COPY-REMOVAL-RESTRICTION: a ban listing download, print, photograph or save is a flat copy ban; "shall not leave the <place>" bans removal', () => {
  it.each([
    "Member records shall not be downloaded, printed or saved to the Contractor's own systems.",
    'Booking details must not be photographed, printed or emailed outside the Provider.',
    'The Supplier shall not save, print or download guest lists.',
  ])('copy-approval met: %s', (text) => {
    expect(metOf(text, 'COPY-REMOVAL-RESTRICTION', 'copy-approval')).toBe(true);
  });
  it.each([
    'Key records shall not leave the Coventry workshop.',
    'The signed consent forms must never leave the secure area.',
  ])('removal-ban met: %s', (text) => {
    expect(metOf(text, 'COPY-REMOVAL-RESTRICTION', 'removal-ban')).toBe(true);
  });
  it.each([
    // printing and photographing as the work itself
    'The Supplier will print the delivery labels and photograph each parcel at dispatch.',
    // people leaving a place, not data
    'Drivers must not leave the depot before the route sheet is signed.',
  ])('near-miss, missing: %s', (text) => {
    expect(statusOf('COPY-REMOVAL-RESTRICTION', text)).toBe('missing');
  });
});

// held-out round 316 (English)
describe('a ban on removing recorder hard drives / storage media from a venue without approval is a removal ban', () => {
  it.each([
    'The Integrator must not remove any NVR drive from a venue unless the Operator has approved it in writing beforehand.',
    'The Engineer shall not remove a hard disk from the site without the written consent of the Operator.',
  ])('meets removal-ban: %s', (text) => {
    expect(metOf(text, 'COPY-REMOVAL-RESTRICTION', 'removal-ban')).toBe(true);
  });
  it.each([
    'The Integrator shall not remove any furniture from a venue without the prior written approval of the venue manager.',
    'The Integrator shall remove all packaging and cable offcuts from the venue at the end of each visit.',
  ])('removing furniture or packaging is no data removal (near-miss): %s', (text) => {
    expect(statusOf('COPY-REMOVAL-RESTRICTION', text)).toBe('missing');
  });
});

// held-out round 311 (Japanese)
describe('COPY-REMOVAL-RESTRICTION: 「私物」 as the belongings found on site (「…その他の私物で…に該当するもの」) is no personal device', () => {
  it.each([
    '受注者は、書類、写真、携帯電話その他の私物を仕分けし、発注者に引き渡す。',
    '受託者は、入居者の私物である書類及び写真を、ご家族に返却する。',
  ])('missing (near-miss): %s', (text) => {
    expect(statusOf('COPY-REMOVAL-RESTRICTION', text)).toBe('missing');
  });
  it.each([
    '作業員は、私物のスマートフォンで依頼者の書類を撮影してはならない。',
    '乙は、私物の記録媒体に甲の情報を保存してはならない。',
  ])('a personal device is still a copy or removal rule: %s', (text) => {
    expect(statusOf('COPY-REMOVAL-RESTRICTION', text)).not.toBe('missing');
  });
});

// held-out round 321 (English)
describe('COPY-REMOVAL-RESTRICTION: a copy ban after other handling verbs ("shall not open, read or copy …, and shall not …"), with removal from a mailroom / strongroom', () => {
  it.each([
    'Reception staff shall not open, scan or copy any parcel label, and shall not carry parcels out of the mailroom except to hand them to the addressee.',
    'The Contractor shall not read, photograph or copy any resident\'s letters, and shall not take letters from the strongroom other than for delivery.',
  ])('meets copy-approval: %s', (text) => {
    expect(metOf(text, 'COPY-REMOVAL-RESTRICTION', 'copy-approval')).toBe(true);
  });
  it('removal from a one-word mailroom meets removal-ban', () => {
    expect(metOf('Porters must not photograph or copy residents\' post, and must not remove any post from the mailroom except to deliver it.', 'COPY-REMOVAL-RESTRICTION', 'removal-ban')).toBe(true);
  });
  it('an exception inside the copy clause itself still leaves copy-approval unmet (near-miss)', () => {
    expect(metOf('Staff shall not open or copy any member\'s post except where the member asks, and shall not remove post from the mailroom.', 'COPY-REMOVAL-RESTRICTION', 'copy-approval')).not.toBe(true);
  });
  it('clearing rubbish from the mailroom is no removal ban (near-miss)', () => {
    expect(statusOf('COPY-REMOVAL-RESTRICTION', 'The Cleaner shall remove all rubbish from the mailroom each evening.')).toBe('missing');
  });
});

// held-out round 321 (English)
describe('COPY-REMOVAL-RESTRICTION: laptops named only as the objects of patching, updating or support are IT upkeep, not a media control', () => {
  it.each([
    'The Vendor shall apply security updates to the Client\'s laptops and keep them current.',
    'The Supplier shall patch the reception laptops and replace them when they fail.',
  ])('does not address COPY-REMOVAL-RESTRICTION: %s', (text) => {
    expect(statusOf('COPY-REMOVAL-RESTRICTION', text)).toBe('missing');
  });
  it('a ban on keeping data on laptops still addresses it (near-miss)', () => {
    expect(statusOf('COPY-REMOVAL-RESTRICTION', 'The Supplier shall not store Client data on laptops unless they are encrypted, and shall patch those laptops monthly.')).not.toBe('missing');
  });
});

// held-out round 321 (English)
describe('COPY-REMOVAL-RESTRICTION: a verbless ban in a measures list ("no client data on USB sticks") addresses it', () => {
  it.each([
    'Technical controls: no client data on USB sticks or personal phones.',
    '| Media | No guest records on portable storage devices |',
  ])('addresses COPY-REMOVAL-RESTRICTION: %s', (text) => {
    expect(statusOf('COPY-REMOVAL-RESTRICTION', text)).not.toBe('missing');
  });
  it('a report that shows no data on removable media usage is no ban (near-miss)', () => {
    expect(statusOf('COPY-REMOVAL-RESTRICTION', 'The quarterly report showed no data on removable media usage.')).toBe('missing');
  });
});

// held-out round 320 (English): printing named as the copy that is banned
describe('COPY-REMOVAL-RESTRICTION: "will not print patient lists", "registers shall not be printed except with written approval" restrict copying', () => {
  it.each([
    'The desk team will not print patient lists, and will not write patient details on paper except on the pads provided.',
    'Collection registers shall not be printed except where the Council has approved it in writing.',
  ])('addressed: %s', (text) => {
    expect(statusOf('COPY-REMOVAL-RESTRICTION', text)).not.toBe('missing');
  });
  it.each([
    'The Contractor shall print delivery labels for each parcel.',
    'Invoices will be printed and posted monthly.',
  ])('near-miss, missing: %s', (text) => {
    expect(statusOf('COPY-REMOVAL-RESTRICTION', text)).toBe('missing');
  });
});

// held-out round 322 (English)
describe('COPY-REMOVAL-RESTRICTION: a ban on copying physical keys (machine, door, cabinet keys) is no copy rule for information', () => {
  it.each([
    'Door keys issued to the cleaning team must never be copied.',
    'The engineers will hand the cabinet keys back each evening and shall not duplicate them.',
  ])('missing: %s', (text) => {
    expect(statusOf('COPY-REMOVAL-RESTRICTION', text)).toBe('missing');
  });
  it.each([
    'Encryption keys and customer records shall not be copied without the Client’s written approval.',
    'Customer records shall not be copied without the Client’s prior written approval.',
  ])('still addressed (near-miss): %s', (text) => {
    expect(statusOf('COPY-REMOVAL-RESTRICTION', text)).not.toBe('missing');
  });
});

// held-out round 313 (Japanese)
describe('COPY-REMOVAL-RESTRICTION: a ledger named by the personal data written in it (「氏名・住所を記載した台帳は…保管し、…外に持ち出してはならない」) is the data the removal ban covers', () => {
  it.each([
    '会員の住所を記載した帳簿は、鍵のかかる棚に保管し、営業所外に持ち出してはならない。',
    '会員の氏名を記載した台帳は、施錠できるロッカーに保管し、本部外に持ち出してはならない。',
  ])('removal-ban is met: %s', (text) => {
    expect(testOf('COPY-REMOVAL-RESTRICTION', 'removal-ban', text)?.met).toBe(true);
  });
  it('a removal ledger kept in a locked cabinet is no removal ban (near-miss)', () => {
    expect(testOf('COPY-REMOVAL-RESTRICTION', 'removal-ban', '持ち出した台帳は、施錠できる書庫に戻し、返却日を記録する。')?.met).not.toBe(true);
  });
});

// held-out round 314 (Japanese)
describe('COPY-REMOVAL-RESTRICTION: papers or data confined to a site (「名簿は事業所内でのみ使用する」) restrict their removal', () => {
  it.each([
    '配達先一覧表は配送センター内でのみ使用し、業務終了後は施錠保管する。',
    '受注者は、利用者台帳を作業場所内に限り閲覧させるものとする。',
  ])('addressed: %s', (text) => {
    expect(statusOf('COPY-REMOVAL-RESTRICTION', text)).not.toBe('missing');
  });
  it.each([
    '保冷容器は調理センター内でのみ洗浄する。',
    '本ソフトウェアは契約者の事業所内に限り使用できる。',
  ])('equipment or licensed software confined to a site stays missing (near-miss): %s', (text) => {
    expect(statusOf('COPY-REMOVAL-RESTRICTION', text)).toBe('missing');
  });
});

// held-out round 315 (Japanese)
describe('COPY-REMOVAL-RESTRICTION: a ban on storing the data on a server or cloud "abroad" (「国外のサーバに保存してはならない」) is a location rule, not a copy ban', () => {
  it.each([
    '乙は、車両データを海外のクラウドサービスに保存してはならない。',
    '受託者は、取得した診断結果を外国のデータセンターに保存してはならない。',
    '委託先は、整備履歴を国外の事業者が管理するストレージに蓄積してはならない。',
  ])('does not address COPY-REMOVAL-RESTRICTION: %s', (text) => {
    expect(statusOf('COPY-REMOVAL-RESTRICTION', text)).toBe('missing');
  });
  it('a ban on storing the data on a personal cloud account still meets copy-approval (near-miss)', () => {
    expect(metOf('乙は、車両データを個人のクラウドストレージに保存してはならない。', 'COPY-REMOVAL-RESTRICTION', 'copy-approval')).toBe(true);
  });
});

// session 64, from round 325's mismatches left
describe('COPY-REMOVAL-RESTRICTION: "papers" as the records staff must not remove or take home', () => {
  it.each([
    'Cleaning operatives must not remove any papers from client offices.',
    'Drivers shall not take delivery papers home.',
  ])('addressed: %s', (text) => {
    expect(statusOf('COPY-REMOVAL-RESTRICTION', text)).not.toBe('missing');
  });
  it('rubbish removed from the building stays missing (near-miss)', () => {
    expect(statusOf('COPY-REMOVAL-RESTRICTION', 'Cleaners must not remove rubbish from the building before 6pm.')).toBe('missing');
  });
});

// held-out round 316 (Japanese)
describe('COPY-REMOVAL-RESTRICTION: saving to 「外部媒体」「外部記憶媒体」 ruled out is a removal ban', () => {
  it.each([
    '受託者は、解析用の映像データを外部媒体に保存してはならない。',
    '受託者は、検針データを外部記憶媒体へ書き出してはならない。',
  ])('removal-ban met: %s', (text) => {
    expect(metOf(text, 'COPY-REMOVAL-RESTRICTION', 'removal-ban')).toBe(true);
  });
  it('saving deliverables to external media to hand them in bans nothing (near-miss)', () => {
    expect(metOf('受託者は、納品物を外部媒体に保存して提出する。', 'COPY-REMOVAL-RESTRICTION', 'removal-ban')).toBe(false);
  });
});

// held-out round 326 (English)
describe('COPY-REMOVAL-RESTRICTION: records that may not be "taken out of the shop / branch / depot"', () => {
  it.each([
    'No order slips or customer lists may be taken out of the branch by counter staff.',
    'Drivers shall not carry printed customer records out of the depot except on an approved round.',
  ])('removal-ban is met: %s', (text) => {
    expect(metOf(text, 'COPY-REMOVAL-RESTRICTION', 'removal-ban')).toBe(true);
  });
  it.each([
    'Staff may take the float out of the shop at closing time.',
    'Finished garments are taken out of the depot by the morning van.',
  ])('no ban, or goods rather than records, stays missing (near-miss): %s', (text) => {
    expect(statusOf('COPY-REMOVAL-RESTRICTION', text)).toBe('missing');
  });
});
