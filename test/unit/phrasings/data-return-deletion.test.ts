/**
 * DATA-RETURN-DELETION: phrasing families the blind held-out rounds found missing or
 * misread. Every case is new wording, not the held-out sentence; the round that found each group is noted above it.
 */
import { describe, expect, it } from 'vitest';
import { requirementOf, statusOf, metOf } from '../test-result.ts';

// held-out round 212 (Japanese)
describe('Japanese held-out round 212 (EC構築保守, ポイント運用, MA規約, 広告代理店覚書, 会員分析仕様書, 配送連携, コールセンター提案, POS保守SLA): phrasing families', () => {
  it.each([
    // a storage device destroyed after a hardware swap, and paper slips (伝票) thrown away after use, carry the data
    ['DATA-RETURN-DELETION', '故障により交換したハンディ端末の記憶装置は、交換後１４日以内に粉砕処理し、処理証明書を発注者に提出する。'],
    ['DATA-RETURN-DELETION', '集荷伝票は、配達完了後３か月を経過したときに受託者が溶解処理する。'],
  ])('%s is addressed: %s', (id, text) => {
    expect(statusOf(id, text)).not.toBe('missing');
  });
});

// held-out round 214 (Japanese)
describe('DATA-RETURN-DELETION: return / erase under a heading that names the end of the work', () => {
  it('addresses the requirement without a trigger in the sentence itself', () => {
    const text = `第12条（業務完了時の取扱い）
受託者は、貸与を受けた書類を発注者に返し、業務用サーバに保存した電子データを消去するものとする。`;
    expect(requirementOf(text, 'DATA-RETURN-DELETION').status).not.toBe('missing');
  });
  it('the same heading over a handover duty does not', () => {
    const text = `第12条（業務完了時の取扱い）
受託者は、後任の事業者に業務手順を説明するものとする。`;
    expect(requirementOf(text, 'DATA-RETURN-DELETION').status).toBe('missing');
  });
});

// held-out round 219 (Japanese)
describe('Japanese held-out round 219 (書式が崩れた・短い文書): phrasing families', () => {
  it.each([
    // the handling of data at the contract's end left to later agreement is still a clause on the subject
    ['DATA-RETURN-DELETION', '委託期間満了後の個人情報の取扱いについては、甲乙協議のうえ決定する。'],
  ])('%s is addressed: %s', (id, text) => {
    expect(statusOf(id, text)).not.toBe('missing');
  });

  it.each([
    // the handling of data at the start of the work is no end-of-contract clause
    ['DATA-RETURN-DELETION', '業務開始時のデータの取扱いについては、別途協議とする。'],
  ])('%s is not addressed: %s', (id, text) => {
    expect(statusOf(id, text)).toBe('missing');
  });
});

// held-out round 222
describe('an answer-table row on return and deletion addresses DATA-RETURN-DELETION', () => {
  it('is addressed, not sufficient', () => {
    const text = `| Ref | Topic | Compliant | Comment |
|---|---|---|---|
| X4 | Data return and deletion | Yes | Customer data handed back via SFTP, then deleted. |`;
    expect(requirementOf(text, 'DATA-RETURN-DELETION').status).toBe('insufficient');
  });
});

// held-out round 223 (Japanese)
describe('withdrawal from a joint arrangement (脱退・離脱) triggers return or disposal', () => {
  it('addresses DATA-RETURN-DELETION', () => {
    const text = '（３）協議会から離脱した会員は、共有データベースから取得した資料を、甲の指示に従い廃棄する。';
    expect(requirementOf(text, 'DATA-RETURN-DELETION').status).not.toBe('missing');
  });
});

// held-out round 223
describe('keeping data "under its retention schedule" after the end addresses return/deletion', () => {
  it('addresses DATA-RETURN-DELETION but is not sufficient', () => {
    const text = 'After the subscription ends, the Provider will hold Customer Data under its standard retention schedule.';
    const r = requirementOf(text, 'DATA-RETURN-DELETION');
    expect(r.status).not.toBe('missing');
    expect(r.status).not.toBe('sufficient');
  });
});

// held-out round 224
describe('"provide/deliver the <x> data back" is a return of data', () => {
  it('addresses DATA-RETURN-DELETION', () => {
    const text = 'When the engagement ends the vendor is to deliver all tenancy records back to the Housing Trust in an agreed format.';
    expect(requirementOf(text, 'DATA-RETURN-DELETION').status).not.toBe('missing');
  });
  it('"provide feedback" does not', () => {
    expect(requirementOf('When the engagement ends the vendor is to provide feedback to the Housing Trust.', 'DATA-RETURN-DELETION').status).toBe('missing');
  });
});

// held-out round 225 (Japanese)
describe('DATA-RETURN-DELETION: handing materials over to the successor at the end (「後継事業者に対し…資料を引き渡し」) is transition', () => {
  it('a handover to the successor only does not address return or deletion', () => {
    const text = '受注者は、本契約が終了する場合、後継事業者に対し、保守記録、構成情報その他の必要な資料を引き渡し、引継ぎを支援すること。';
    expect(requirementOf(text, 'DATA-RETURN-DELETION').status).toBe('missing');
    expect(requirementOf(text, 'EXIT-TRANSITION-SUPPORT').status).not.toBe('missing');
  });
  it('a handover to the customer or its successor with erasure of copies still does', () => {
    const text = '受注者は、本契約が終了したときは、発注者又は後継事業者に対し、預託を受けた資料を引き渡し、その複製を消去すること。';
    expect(requirementOf(text, 'DATA-RETURN-DELETION').status).not.toBe('missing');
  });
});

// held-out round 226
describe('media sanitisation by cryptographic erase of a removed disk', () => {
  it('addresses DATA-RETURN-DELETION without the word "data"', () => {
    const text = 'When a copier is replaced, the Vendor shall perform a cryptographic erase of its hard disk before the copier leaves the building.';
    expect(requirementOf(text, 'DATA-RETURN-DELETION').status).not.toBe('missing');
  });
});

// held-out round 227 (Japanese)
describe('Japanese held-out round 227 (現場の短い文書): phrasing families', () => {
  it.each([
    // a built-in / external disk destroyed physically is the deletion of the data it holds
    ['DATA-RETURN-DELETION', '撤去した複合機の内蔵ディスクは、乙が物理的に破壊したうえで廃棄するものとする。'],
    // leaving the premises (「退室時」) is the end of on-site work: deleting the outsourcer's data then is in scope
    ['DATA-RETURN-DELETION', '退室時には、作業用端末に保存した委託者のデータを消去し、担当職員の確認を受けること。'],
  ])('%s is addressed: %s', (id, text) => {
    expect(statusOf(id, text)).not.toBe('missing');
  });

  it.each([
    // returning a badge on leaving is no data return
    ['DATA-RETURN-DELETION', '退館時には、入館証を守衛所に返却すること。'],
  ])('%s is not addressed: %s', (id, text) => {
    expect(statusOf(id, text)).toBe('missing');
  });
});

// held-out round 227
describe('"after closure" starts the deletion clock', () => {
  it('addresses DATA-RETURN-DELETION', () => {
    const text = 'Guest records are kept for six months after closure and then erased.';
    expect(requirementOf(text, 'DATA-RETURN-DELETION').status).not.toBe('missing');
  });
});

// held-out round 228
describe('"the transfer of <records> in a standard format" at termination is a data return', () => {
  it('addresses DATA-RETURN-DELETION', () => {
    const text = 'On expiry of this Agreement the Administrator shall arrange the transfer of member eligibility files and claims history in a machine-readable format to the Fund or its nominee.';
    expect(requirementOf(text, 'DATA-RETURN-DELETION').status).not.toBe('missing');
  });
});

// held-out round 230
describe('handing over all <party> data in an open/standard format is a return, even when the trigger sits in a sibling sub-clause', () => {
  it('addresses DATA-RETURN-DELETION', () => {
    const text = 'The Contractor shall transfer all Authority Data to the Authority in a non-proprietary format.';
    expect(requirementOf(text, 'DATA-RETURN-DELETION').status).not.toBe('missing');
  });
});

// held-out round 231
describe('in a processor-to-sub-processor contract, "at the Processor\'s choice" is the outsourcer\'s choice', () => {
  it('meets the choice test of DATA-RETURN-DELETION', () => {
    const text = 'On expiry the Sub-processor shall, at the Processor\'s option, hand back all personal data or erase it within fourteen days.';
    expect(metOf(text, 'DATA-RETURN-DELETION', 'choice')).toBe(true);
  });
  it('the processor\'s own choice in a controller contract is not the outsourcer\'s', () => {
    const text = 'On expiry the Processor shall, at the Processor\'s option, hand back all personal data or erase it within fourteen days.';
    expect(metOf(text, 'DATA-RETURN-DELETION', 'choice')).toBe(false);
  });
});

// held-out round 233
describe('"must not thereafter keep copies of <data>" after a hand-over is a return/deletion duty', () => {
  it('addresses DATA-RETURN-DELETION', () => {
    const text = 'The departing vendor shall hand all project files to the Bank and must not thereafter keep copies of any Bank records.';
    expect(requirementOf(text, 'DATA-RETURN-DELETION').status).not.toBe('missing');
  });
  it('a duty to keep records is not', () => {
    const text = 'The vendor shall thereafter keep copies of all invoices for six years.';
    expect(requirementOf(text, 'DATA-RETURN-DELETION').status).toBe('missing');
  });
});

// held-out round 234
describe('switching to another provider is an end-of-service trigger for deletion', () => {
  it('addresses DATA-RETURN-DELETION', () => {
    const text = 'Should the Council switch to a new CRM provider, the Supplier will erase all Council records held on its platform.';
    expect(requirementOf(text, 'DATA-RETURN-DELETION').status).not.toBe('missing');
  });
});

// held-out round 235
describe('deletion named among the obligations flowed down to sub-processors is not a deletion clause', () => {
  it('does not address DATA-RETURN-DELETION', () => {
    const text = 'The Vendor binds every subcontractor by a written agreement to obligations equivalent to those of this Addendum, including confidentiality, incident reporting and erasure of personal data when the services end.';
    expect(requirementOf(text, 'DATA-RETURN-DELETION').status).toBe('missing');
  });
  it('the vendor\'s own deletion duty still does', () => {
    const text = 'The Vendor will erase all personal data within 30 days after the services end.';
    expect(requirementOf(text, 'DATA-RETURN-DELETION').status).not.toBe('missing');
  });
});

// held-out round 236
describe('data return: records "can be exported" at the end of the contract', () => {
  it('an export of all records in an open format at expiry addresses DATA-RETURN-DELETION', () => {
    const text = 'Suppliers shall demonstrate that on expiry of the contract all member records could be exported in an open CSV or XML format.';
    expect(requirementOf(text, 'DATA-RETURN-DELETION').status).not.toBe('missing');
  });
});

// held-out round 242
describe('retention "in line with <party>\'s retention schedule" then destruction is a deletion clause', () => {
  it('addresses DATA-RETURN-DELETION', () => {
    const text = 'Timesheet records will be kept consistent with the Bureau\'s retention schedule and securely disposed of afterwards.';
    expect(requirementOf(text, 'DATA-RETURN-DELETION').status).not.toBe('missing');
  });
  it('retention of invoices for tax purposes alone does not', () => {
    const text = 'Invoices are kept for seven years for tax purposes.';
    expect(requirementOf(text, 'DATA-RETURN-DELETION').status).toBe('missing');
  });
});

// held-out round 241
describe('a single-level clause number and caption in bold, the clause on the same line ("**6. Return.** On request …")', () => {
  it('opens a section of its own, so its caption heads the clause', () => {
    const text = '**5. Fees.** The Licensee pays the fees within thirty days.\n\n**6. Return.** At the Licensor\'s written request the Licensee shall return or destroy all Confidential Information it holds.\n';
    expect(requirementOf(text, 'DATA-RETURN-DELETION').status).toBe('insufficient');
  });
  it('a caption about returned goods does not head a data clause', () => {
    const text = '**6. Return policy.** At the Buyer\'s request the Seller shall return or destroy the rejected goods.\n';
    expect(requirementOf(text, 'DATA-RETURN-DELETION').status).toBe('missing');
  });
});

// held-out round 241
describe('"securely delete / permanently erase" under a disposal heading', () => {
  it('addresses DATA-RETURN-DELETION under a retention or disposal heading', () => {
    expect(requirementOf('## 9. Retention and destruction\n\n9.1 The Processor will permanently erase the extract and every working file derived from it.\n', 'DATA-RETURN-DELETION').status).toBe('insufficient');
  });
  it('not under an unrelated heading', () => {
    expect(requirementOf('## 9. Working practices\n\n9.1 The Processor will permanently erase the extract and every working file derived from it.\n', 'DATA-RETURN-DELETION').status).toBe('missing');
  });
});

// held-out round 240
describe('a licensee deleting cached provider content is not return or deletion of the outsourcer\'s data', () => {
  it('does not address DATA-RETURN-DELETION', () => {
    const text = 'When the subscription ends the developer shall delete all cached elevation data and map tiles held in its app.';
    expect(requirementOf(text, 'DATA-RETURN-DELETION').status).toBe('missing');
  });
  // a data licence's supplier is the outsourcer (parties.dataSupply): its recipient deleting the licensed data is in scope
  it('a recipient deleting the licensed data it received still does', () => {
    const text = 'Within 14 days after this licence ends, the Licensee shall erase all Licensed Data supplied by the Council.';
    expect(requirementOf(text, 'DATA-RETURN-DELETION').status).not.toBe('missing');
  });
  it('deleting customer data on termination still does', () => {
    const text = 'On termination the Supplier shall delete all Customer Data within 30 days.';
    expect(requirementOf(text, 'DATA-RETURN-DELETION').status).not.toBe('missing');
  });
});

// held-out round 243
describe('"CUI" is data to return or destroy', () => {
  it('returning or destroying CUI at close-out addresses DATA-RETURN-DELETION', () => {
    const text = 'Upon expiry of the task order, the Vendor shall return or destroy all CUI as the Prime directs.';
    expect(requirementOf(text, 'DATA-RETURN-DELETION').status).not.toBe('missing');
  });
});

// held-out round 246
describe('returning "the complete / entire database" in an open format (French réversibilité)', () => {
  it('addresses DATA-RETURN-DELETION', () => {
    expect(requirementOf('The Operator shall hand back the entire production database to the Council as a CSV export.', 'DATA-RETURN-DELETION').status).not.toBe('missing');
  });
  it('a database merely hosted is not returned', () => {
    expect(requirementOf('The Operator shall host the complete database in its Lyon data centre.', 'DATA-RETURN-DELETION').status).toBe('missing');
  });
});

// held-out round 247
describe('the customer "shall elect within N days whether" to have data returned or destroyed', () => {
  it('meets choice of DATA-RETURN-DELETION', () => {
    const text = '## 12. Return and Destruction\n\n12.1 Upon expiry the Bank shall decide no later than 15 business days after expiry whether the Vendor is to hand back the archive boxes and deliver the images as TIFF files on an encrypted drive, or securely destroy them.';
    expect(metOf(text, 'DATA-RETURN-DELETION', 'choice')).toBe(true);
  });
  it('the vendor deciding within N days is not the customer\'s choice', () => {
    const text = '## 12. Return and Destruction\n\n12.1 Upon expiry the Vendor shall decide within 15 days whether to hand back the archive boxes or securely destroy them.';
    expect(metOf(text, 'DATA-RETURN-DELETION', 'choice')).toBe(false);
  });
});

describe('a device\'s hard disk wiped or destroyed at the end of the term (print / copier fleets)', () => {
  it('addresses DATA-RETURN-DELETION', () => {
    expect(requirementOf('On expiry of this Schedule the Lessor shall overwrite the hard disk in every copier before it is collected.', 'DATA-RETURN-DELETION').status).not.toBe('missing');
    expect(requirementOf('Upon termination the Provider must sanitise each scanner\'s storage device to NIST SP 800-88.', 'DATA-RETURN-DELETION').status).not.toBe('missing');
  });
  it('wiping a device\'s housing with a cloth is not data deletion', () => {
    expect(requirementOf('After expiry of the warranty the Supplier may wipe down the device housing with a disinfectant.', 'DATA-RETURN-DELETION').status).toBe('missing');
  });
});

// held-out round 250
describe('data "of closed / cancelled accounts, subscriptions, tenants" is erased (the closure as trigger)', () => {
  it('addresses DATA-RETURN-DELETION', () => {
    expect(statusOf('DATA-RETURN-DELETION', 'Content held in cancelled workspaces is purged after ninety days.')).not.toBe('missing');
    expect(statusOf('DATA-RETURN-DELETION', 'Information belonging to deactivated customer accounts will be erased within a reasonable time.')).not.toBe('missing');
  });
  it('closing staff accounts is no return or deletion of data', () => {
    expect(statusOf('DATA-RETURN-DELETION', 'The Supplier deletes closed accounts of departing engineers.')).toBe('missing');
  });
});

// held-out round 251
describe('a bold run-in caption numbered with its word ("**Clause 9 — …**", "**Section 9. …**", "**§ 9 …**") heads its clause', () => {
  const body = "Upon the Owner's written request, the Receiving Party shall without delay return or destroy all Confidential Information and every copy of it.";
  it.each([
    '**Clause 9 — Return of Materials.**',
    '**Section 9. Return of materials.**',
    '**§ 9 Return of Materials.**',
    '**Article IX – Return of Materials.**',
    '**Paragraph 9.2 Return of materials.**',
  ])('a request-only return under %s addresses DATA-RETURN-DELETION', (caption) => {
    expect(requirementOf(`${caption} ${body}`, 'DATA-RETURN-DELETION').status).not.toBe('missing');
  });
  it('the same caption over a use restriction does not', () => {
    const text = '**Clause 9 — Return of Materials.** The Receiving Party may use the Confidential Information only to assess the project.';
    expect(requirementOf(text, 'DATA-RETURN-DELETION').status).toBe('missing');
  });
});

// held-out round 254
describe('backups that lapse under the rotation schedule with a hard outer deadline are in scope', () => {
  it('"erased as they lapse under the rotation schedule, and no later than 35 days after termination" meets scope', () => {
    const text = 'On termination the Processor shall delete all Customer Data. Backups holding Customer Data will be erased as they lapse under the rotation schedule, and no later than thirty-five (35) days after termination.';
    expect(metOf(text, 'DATA-RETURN-DELETION', 'scope')).toBe(true);
  });
  it('lapsing under the rotation schedule with no outer bound still does not', () => {
    const text = 'On termination the Processor shall delete all Customer Data. Backups holding Customer Data will be erased as they lapse under the rotation schedule.';
    expect(metOf(text, 'DATA-RETURN-DELETION', 'scope')).toBe(false);
  });
});

// held-out round 256
describe('"destroy any such copy once the job / work is finished" is a deletion at the end of the work', () => {
  it('addresses DATA-RETURN-DELETION', () => {
    const text = 'Where an engineer takes a copy of a wiring diagram for a site visit, he must destroy any such copy once the job is finished.';
    expect(statusOf('DATA-RETURN-DELETION', text)).not.toBe('missing');
  });
  it('tidying up once the job is finished is not', () => {
    expect(statusOf('DATA-RETURN-DELETION', 'Engineers must tidy the control room once the job is finished.')).toBe('missing');
  });
});

// held-out round 257
describe('named data files ("output files", "batch files") and "shred them after 14 days"', () => {
  it('"will receive output files only and will shred them after 14 days" addresses DATA-RETURN-DELETION', () => {
    expect(statusOf('DATA-RETURN-DELETION', 'The mailing house will receive output files only and will shred them after 14 days.')).not.toBe('missing');
  });
  it('"review them after 14 days" does not', () => {
    expect(statusOf('DATA-RETURN-DELETION', 'The mailing house will keep the output files for quality checks and review them after 14 days.')).toBe('missing');
  });
});

// held-out round 259
describe('an export of the customer\'s data at the end: under an exit heading, or "made available for export" on expiry', () => {
  it('a data export in a standard format under an "Exit" heading addresses DATA-RETURN-DELETION', () => {
    const text = '## 9. Exit\n\nThe Vendor will deliver a complete export of the Bank\'s data in an open, machine-readable format.';
    expect(statusOf('DATA-RETURN-DELETION', text)).not.toBe('missing');
  });
  it('on expiry, data made available for export for a period addresses it', () => {
    expect(statusOf('DATA-RETURN-DELETION', 'When this Agreement expires, the Processor shall make the Controller\'s data available for export for forty-five days.')).not.toBe('missing');
  });
  it('an export feature with no end-of-contract link does not', () => {
    expect(statusOf('DATA-RETURN-DELETION', '## 4. Reporting\n\nUsers can export dashboard data to spreadsheets at any time.')).toBe('missing');
  });
  it('runbooks handed over under an "Exit" heading are no data return', () => {
    expect(statusOf('DATA-RETURN-DELETION', '## 9. Exit\n\nThe Vendor will hand over its operating runbooks and architecture diagrams.')).toBe('missing');
  });
});

// held-out round 258
describe('handing over "the complete archive" / "all <records>" in a named format (DICOM, HL7, "non-proprietary … format") at the end', () => {
  it('"on expiry, deliver the complete image archive in non-proprietary DICOM format" addresses DATA-RETURN-DELETION', () => {
    expect(statusOf('DATA-RETURN-DELETION', 'On expiry of this Agreement the Contractor shall deliver the complete image archive, with all associated reports, in a non-proprietary DICOM format.')).not.toBe('missing');
  });
  it('"on termination, supply all scans in HL7 or DICOM file format" addresses it', () => {
    expect(statusOf('DATA-RETURN-DELETION', 'On termination for any reason the Provider shall supply all scans in DICOM file format to the Trust.')).not.toBe('missing');
  });
  it('a routine monthly delivery of images in DICOM format does not', () => {
    expect(statusOf('DATA-RETURN-DELETION', 'Each month the Provider shall supply all scans in DICOM format to the radiology department.')).toBe('missing');
  });
});

// held-out round 250 (Japanese)
describe('research samples (試料) are entrusted material to return or destroy at the end', () => {
  it('「契約終了時に預かった試料を返却し、又は廃棄する」 addresses DATA-RETURN-DELETION', () => {
    expect(statusOf('DATA-RETURN-DELETION', '委託期間が満了したときは、受託者は、預託を受けた試料を委託者に返却し、又は委託者の指示により廃棄しなければならない。')).not.toBe('missing');
  });
  it('collecting samples (試料採取) is not a return clause', () => {
    expect(statusOf('DATA-RETURN-DELETION', '委託者は、研究対象者から試料採取を行った後、受託者に送付する。')).toBe('missing');
  });
});

// held-out round 260
describe('DATA-RETURN-DELETION trigger-deadline: the deadline in the next paragraph of the clause ("9.2 Destruction shall take place within 21 days")', () => {
  it('meets trigger-deadline', () => {
    expect(metOf('9. RETURN OF CLIENT DATA\n\n9.1 On termination, the Provider shall return or erase all Client Data as the Client directs.\n\n9.2 Destruction shall take place within 21 days and shall extend to every copy, including archives.', 'DATA-RETURN-DELETION', 'trigger-deadline')).toBe(true);
  });
  it('"Destruction shall take place promptly" does not', () => {
    expect(metOf('9. RETURN OF CLIENT DATA\n\n9.1 On termination, the Provider shall return or erase all Client Data as the Client directs.\n\n9.2 Destruction shall take place promptly and shall extend to every copy, including archives.', 'DATA-RETURN-DELETION', 'trigger-deadline')).toBe(false);
  });
});

// held-out round 253 (Japanese)
describe('data to be “dealt with” on the outsourcer’s request at contract end addresses return/deletion (vaguely)', () => {
  it.each([
    '委託期間が満了したときは、保有する名簿データを委託者の要請に基づき速やかに処分するものとする。',
    '本契約が終了したときは、受託者は、預かったデータを甲の請求に従い適正に措置すること。',
  ])('addressed: %s', (text) => {
    expect(statusOf('DATA-RETURN-DELETION', text)).not.toBe('missing');
  });
  it.each([
    '受託者は、委託者の求めに応じて、登録データを適切に処理すること。',
    '契約終了時、受託者は委託者の求めに応じて業務完了報告書を提出する。',
  ])('not addressed: %s', (text) => {
    expect(statusOf('DATA-RETURN-DELETION', text)).toBe('missing');
  });
});

// held-out round 254 (Japanese)
describe('checking at the end that none of the outsourcer\'s data remains on the contractor\'s devices addresses deletion', () => {
  it.each([
    '本業務の終了後、受注者は、保守用PCに発注者のデータが残っていないことを確認する。',
    '委託期間が満了したときは、受託者は、作業用サーバに委託者の情報が残留していないことを点検し、その結果を報告する。',
  ])('addressed: %s', (text) => {
    expect(statusOf('DATA-RETURN-DELETION', text)).not.toBe('missing');
  });
  it.each([
    '作業終了時、乙は、作業場所に工具が残っていないことを確認する。',
    '障害対応の終了後、受注者はサーバに不要なプロセスが残存していないことを確認する。',
  ])('not addressed: %s', (text) => {
    expect(statusOf('DATA-RETURN-DELETION', text)).toBe('missing');
  });
});

// held-out round 264
describe('remote wipe of a lost device is not return or deletion at the end; a factory reset before a rented device goes back is', () => {
  it('a device-management feature list with remote wipe is not addressed', () => {
    expect(statusOf('DATA-RETURN-DELETION', 'The managed mobility service covers tablet provisioning, remote wipe and replacement of faulty units.')).toBe('missing');
  });
  it('wiping a stolen phone remotely is not addressed', () => {
    expect(statusOf('DATA-RETURN-DELETION', 'A stolen phone shall be wiped remotely within two hours of the report and replaced.')).toBe('missing');
  });
  it('leased terminals factory reset before they are returned is addressed', () => {
    expect(statusOf('DATA-RETURN-DELETION', 'The Client shall factory reset the leased terminals before returning them to the Lessor.')).not.toBe('missing');
  });
  it('devices wiped at the end of the contract still are, even when the wipe is remote', () => {
    expect(statusOf('DATA-RETURN-DELETION', 'On expiry of this Agreement the Supplier shall remotely wipe all Customer data from every handheld device and confirm the wipe in writing.')).not.toBe('missing');
  });
});

// held-out round 266 (English)
describe('paper originals and print/transfer files are the data a deletion or destruction clause disposes of', () => {
  it('originals kept for a period and then shredded are addressed', () => {
    expect(statusOf('DATA-RETURN-DELETION', 'After imaging, the original documents shall be kept in a locked cage for 60 days and then cross-cut shredded.')).not.toBe('missing');
  });
  it('transfer files deleted within days of processing are addressed', () => {
    expect(statusOf('DATA-RETURN-DELETION', 'The Bureau shall delete each transfer file within 5 days after the letters in it have been posted.')).not.toBe('missing');
  });
  it('originals kept in a locked cage, with no disposal, are not', () => {
    expect(statusOf('DATA-RETURN-DELETION', 'After imaging, the original documents shall be kept in a locked cage and checked against the batch sheet.')).toBe('missing');
  });
});

// held-out round 259 (Japanese)
describe('held-out round 259: 「紐付けを解除」 unlinks a record, it is no end of the contract', () => {
  it('a record unlinked when the item comes back does not address DATA-RETURN-DELETION', () => {
    expect(statusOf('DATA-RETURN-DELETION', '(2) 督促の記録は、延滞資料が返却された時点で、督促対象者とのひも付けを解除するものとする。')).toBe('missing');
  });
  it('media returned when the contract is cancelled (解除) still does', () => {
    expect(statusOf('DATA-RETURN-DELETION', '(3) 契約が解除されたときは、乙は、甲から預かった利用者情報を記録した媒体を直ちに返却しなければならない。')).not.toBe('missing');
  });
});

// held-out round 261 (Japanese)
describe('a PDF text layer wraps at the right margin: an indented item\'s lines are full with their indent, so a word cut at the line end (「返」 / 「還」) joins', () => {
  const good = "                     福利厚生ポータル保守運用業務仕様書\n\n１　総則\n 本仕様書は、市が運営する職員向け福利厚生ポータルの保守運用業務を委託するに\nあたり、受注者が履行すべき事項を定めるものであり、契約書及び特記事項と一体と\nして適用される。本仕様書に定めのない事項は、発注者と受注者が協議して定める。\n 受注者は、業務の着手前に実施体制表及び作業計画書を提出し、発注者の確認を受\nけるものとし、これらを変更する場合も同様とする。作業は発注者の庁舎内で行う。\n\n２　契約終了時の措置\n  (1) データの取扱い\n     受注者は、契約終了時は、ポータルの利用者情報を指定の媒体に格納して返\n     還すること。";
  const bad = "                     福利厚生ポータル保守運用業務仕様書\n\n１　総則\n 本仕様書は、市が運営する職員向け福利厚生ポータルの保守運用業務を委託するに\nあたり、受注者が履行すべき事項を定めるものであり、契約書及び特記事項と一体と\nして適用される。本仕様書に定めのない事項は、発注者と受注者が協議して定める。\n 受注者は、業務の着手前に実施体制表及び作業計画書を提出し、発注者の確認を受\nけるものとし、これらを変更する場合も同様とする。作業は発注者の庁舎内で行う。\n\n２　契約終了時の措置\n  (1) データの取扱い\n     受注者は、契約終了時は、ポータルの利用者情報の件数を様式で集計して報\n     告すること。";
  it('the return duty cut inside 返還 on an indented line is read', () => {
    expect(statusOf('DATA-RETURN-DELETION', good)).not.toBe('missing');
  });
  it('a count reported at contract end, cut the same way (「報」 / 「告」), is no return or deletion', () => {
    expect(statusOf('DATA-RETURN-DELETION', bad)).toBe('missing');
  });
});

// held-out round 263 (Japanese)
describe('a check sheet flattened into columns of spaces: each row is read on its own', () => {
  const sheet = [
    'ＡＩ応対サービス　ベンダー確認票（回答）',
    '',
    '分野　　項番　　確認内容　　　　　　　　　　　　　　　　回答　　備考',
    '運用　　Ｂ－１　利用者の会話履歴を保管していますか　　　はい　　保管期間は１８０日',
    '運用　　Ｂ－２　会話履歴を他の顧客向けの改良に使いますか　いいえ　設定により無効',
    '運用　　Ｂ－３　委託終了時に保有データを消去しますか　　はい　　終了日から１４日以内に消去',
    '運用　　Ｂ－４　外部の保守業者に業務の一部を委ねていますか　はい　監視業務を国内事業者に委ねる',
    '運用　　Ｂ－５　障害時の連絡体制を整備していますか　　　はい　　担当者と連絡先を登録済み',
    '運用　　Ｂ－６　管理画面の利用者を限定していますか　　　はい　　承認された担当者のみ登録',
    '運用　　Ｂ－７　サービス終了時の移行手順がありますか　　一部　　今後整備予定で現在は未策定',
    '運用　　Ｂ－８　定期的な脆弱性診断を実施していますか　　はい　　年２回、外部機関により実施',
    '',
  ].join('\n');
  it('the deletion row addresses DATA-RETURN-DELETION, its evidence that row alone', () => {
    const r = requirementOf(sheet, 'DATA-RETURN-DELETION');
    expect(r.status).not.toBe('missing');
    for (const e of r.evidence) expect(e.text).not.toMatch(/保守業者|会話履歴/);
  });
  it('rows above the diagnosis row are no vulnerability-management evidence (they were read as one sentence)', () => {
    const r = requirementOf(sheet, 'VULNERABILITY-MANAGEMENT');
    expect(r.evidence.length).toBeGreaterThan(0);
    for (const e of r.evidence) expect(e.text).toMatch(/脆弱性/);
  });
  it('a sentence wrapped with a double space after its full stop still reads on (no table row)', () => {
    expect(statusOf('DATA-RETURN-DELETION', 'The Supplier shall, within 30 days after the end of the Contract,  return all Customer Data.  It shall then\ndelete every remaining copy  and certify the deletion in writing.')).not.toBe('missing');
  });
});

// held-out round 275 (English)
describe('DATA-RETURN-DELETION: biometric captures (facial photos, voice samples, fingerprint scans) are data that get deleted', () => {
  it('facial photos purged 14 days after onboarding is a deletion rule', () => {
    const text = 'Facial photos and voice samples are purged 14 days after the onboarding check is completed.';
    expect(statusOf('DATA-RETURN-DELETION', text)).not.toBe('missing');
  });
  it('a facial photo compared against the document is no deletion rule', () => {
    const text = 'Facial photos are compared with the document portrait after the onboarding check is completed.';
    expect(statusOf('DATA-RETURN-DELETION', text)).toBe('missing');
  });
});

// held-out round 265 (Japanese)
describe('handover to the successor in a format the outsourcer names is exit handover, not a return to the outsourcer', () => {
  it('giving all data to the next vendor 「甲の指定する様式で」 is not a data return', () => {
    const text = '## 契約終了時の引継ぎ\n乙は、運用記録及び全ての業務データを、甲の指定する様式により後継の事業者に引き渡すものとする。';
    expect(statusOf('DATA-RETURN-DELETION', text)).toBe('missing');
  });
  it('giving the data to 甲 itself, in the format 甲 names, at the end of the contract is still a return', () => {
    const text = '乙は、契約終了時に、全ての業務データを甲の指定する様式により甲又は後継の事業者に引き渡すものとする。';
    expect(statusOf('DATA-RETURN-DELETION', text)).not.toBe('missing');
  });
});

// held-out round 276 (English)
describe('the outsourcer will instruct the contractor either to return or to delete', () => {
  const duty = 'Within 20 days after the contract ends the Supplier shall return or securely delete all Council Data. ';
  it('"will instruct the Supplier in writing either to return ... or to delete it" is a choice', () => {
    expect(metOf(duty + 'Before the contract ends, the Council will instruct the Supplier in writing either to return the Council Data or to delete it.', 'DATA-RETURN-DELETION', 'choice')).toBe(true);
  });
  it('an instruction to return only is no choice', () => {
    expect(metOf(duty + 'Before the contract ends, the Council will instruct the Supplier in writing to return the Council Data.', 'DATA-RETURN-DELETION', 'choice')).not.toBe(true);
  });
});

// held-out round 268 (Japanese)
describe('deleting a departed worker\'s account (「…アカウントは、N日以内に削除する」) is access revocation, not data deletion', () => {
  it('「① 退職等で不要になったアカウントは、10日以内に削除する」 does not address DATA-RETURN-DELETION', () => {
    expect(statusOf('DATA-RETURN-DELETION', '① 退職等で不要になったアカウントは、10日以内に削除する。')).toBe('missing');
  });
  it('deleting the outsourcer\'s data at contract end still does', () => {
    expect(statusOf('DATA-RETURN-DELETION', '契約が終了したときは、受託者は、保有する委託者の個人情報を３０日以内に削除する。')).not.toBe('missing');
  });
});

// held-out round 278 (English)
describe('DATA-RETURN-DELETION: handing back a site pass, badge or key fob is no data return', () => {
  it('surrendering a building badge within two days of leaving is not a data return', () => {
    const text = 'The Contractor shall return each building badge and key fob within two days after the engineer leaves the project.';
    expect(statusOf('DATA-RETURN-DELETION', text)).toBe('missing');
  });
  it('returning the operator\'s subscriber records within two days is still a data return', () => {
    const text = 'The Contractor shall return the subscriber records within two days after the project ends.';
    expect(statusOf('DATA-RETURN-DELETION', text)).not.toBe('missing');
  });
});
describe('DATA-RETURN-DELETION choice: "before deletion, the customer may ask for the data back" gives the customer the choice', () => {
  it('"Before erasure, the Operator may ask the Contractor to return the data" is a choice', () => {
    const text = 'Within 60 days after termination the Contractor shall wipe all Operator data. Before erasure, the Operator may ask the Contractor to return the network data in a CSV file.';
    expect(metOf(text, 'DATA-RETURN-DELETION', 'choice')).toBe(true);
  });
  it('the supplier asking for its own items back before deletion is no customer choice', () => {
    const text = 'Within 60 days after termination the Contractor shall wipe all Operator data. Before erasure, the Contractor may ask the Operator to return the loaned laptops.';
    expect(metOf(text, 'DATA-RETURN-DELETION', 'choice')).toBe(false);
  });
});

// the catalog's method test asks for a named technique (overwrite, crypto-erase, physical destruction, shredding, a
// standard); a promise that the data will be unrecoverable states the outcome, not how it is reached
describe('DATA-RETURN-DELETION method: an irrecoverable outcome alone names no method', () => {
  it.each([
    '受注者は、契約期間の満了後２０日以内に、保有する全ての顧客情報を復元できない方法により消去する。',
    '乙は、委託業務の完了後、預託を受けた個人情報を復元不能な状態にして廃棄するものとする。',
    'Within 30 days after expiry the Processor shall erase all Controller Personal Data so that it cannot be recovered.',
    'On termination the Vendor shall delete the Customer Data irrecoverably from every system it operates.',
  ])('%s deals with the method but does not meet it', (text) => {
    expect(requirementOf(text, 'DATA-RETURN-DELETION').tests.find((t) => t.id === 'method')).toMatchObject({ found: true, met: false });
  });
  it.each([
    '受注者は、契約期間の満了後２０日以内に、保有する全ての顧客情報を、暗号鍵の破棄により消去する。',
    '乙は、委託業務の完了後、預託を受けた個人情報の記録媒体を物理的に破壊し、復元不能な状態にする。',
    'Within 30 days after expiry the Processor shall erase all Controller Personal Data by destroying the encryption keys.',
    'On termination the Vendor shall delete the Customer Data irrecoverably by overwriting it on every system it operates.',
  ])('%s names a method', (text) => {
    expect(metOf(text, 'DATA-RETURN-DELETION', 'method')).toBe(true);
  });
});

// held-out round 269 (Japanese)
describe('a disposal clock written as 「Nか月を経過したら」 (no 「間」)', () => {
  it('「配送伝票の写しは、出荷後６か月を経過したときは、速やかに廃棄すること」 addresses DATA-RETURN-DELETION', () => {
    expect(statusOf('DATA-RETURN-DELETION', '配送伝票の写しは、出荷後６か月を経過したときは、速やかに廃棄すること。')).not.toBe('missing');
  });
  it('moving slips to a store after a period is no deletion', () => {
    expect(statusOf('DATA-RETURN-DELETION', '配送伝票の写しは、出荷後６か月を経過したら書庫に移して保管すること。')).toBe('missing');
  });
  it('a calendar date 「令和8年4月1日を経過した」 is no deletion clock', () => {
    expect(statusOf('DATA-RETURN-DELETION', '本規程は、令和8年4月1日を経過した日から施行する。')).toBe('missing');
  });
});

// held-out round 282 (English)
// source code handed over at the end of each sprint is a delivery, not a return of data; masked or test data extracts
// deleted when they are no longer needed are the outsourcer's data deleted
describe('DATA-RETURN-DELETION: iteration-end deliveries, and data extracts deleted', () => {
  it('a delivery of code at the end of every iteration does not address return', () => {
    const text = 'At the end of every iteration the Developer shall deliver the source code and release notes to the Client.';
    expect(statusOf('DATA-RETURN-DELETION', text)).toBe('missing');
  });
  it('deleting the client data at the end of each test cycle and on termination still does', () => {
    const text = 'The Developer shall delete all Client data at the end of each test cycle and return the rest on termination.';
    expect(statusOf('DATA-RETURN-DELETION', text)).not.toBe('missing');
  });
  it('anonymised extracts destroyed once the analysis is complete are deleted data', () => {
    const text = 'Any anonymised extracts supplied by the Bank are destroyed once the analysis is completed.';
    expect(statusOf('DATA-RETURN-DELETION', text)).not.toBe('missing');
  });
  it('an extract of the release notes being published is not', () => {
    const text = 'The Developer publishes short extracts from the release notes on the project wiki.';
    expect(statusOf('DATA-RETURN-DELETION', text)).toBe('missing');
  });
});

// held-out round 283 (English)
describe('named logs kept for a period and then deleted', () => {
  it('"proxy logs are purged after 90 days" addresses the requirement', () => {
    expect(statusOf('DATA-RETURN-DELETION', 'Proxy logs are kept for 90 days and are then purged.')).not.toBe('missing');
  });
  it('log files erased after six months address it too', () => {
    expect(statusOf('DATA-RETURN-DELETION', 'Log files are erased 180 days after they are written.')).not.toBe('missing');
  });
  it('a minimum retention of audit logs without deletion does not', () => {
    expect(statusOf('DATA-RETURN-DELETION', 'Audit logs shall be retained for at least one year.')).toBe('missing');
  });
});

// session 55 (English): an exit export named by its formats, without the word "format"
describe('DATA-RETURN-DELETION: "provide / export all data (studies, records) in FHIR and CSV" at the end is a return', () => {
  it.each([
    'When the contract ends the Vendor will provide all customer data in JSON and CSV, with a field glossary.',
    'If the Hospital moves to another supplier, we will export all images in DICOM with an index file.',
    'On expiry, the Contractor shall supply all case records in XML.',
  ])('addresses the requirement: %s', (text) => {
    expect(statusOf('DATA-RETURN-DELETION', text)).not.toBe('missing');
  });
  it.each([
    'On termination, the Vendor will provide all reasonable assistance to the Customer.',
    'The Vendor will provide all usage data in CSV through the reporting portal.',
  ])('a near-miss is not: %s', (text) => {
    expect(statusOf('DATA-RETURN-DELETION', text)).toBe('missing');
  });
});

// held-out round 278 (Japanese)
describe('DATA-RETURN-DELETION: data handed over at the end "in a format, all at once" (形式で一括提供) is a return', () => {
  it.each([
    '本契約の終了時、受託者は、業務データをXML形式で一括して引き渡すものとする。',
    '利用期間の満了時には、登録データをCSV形式でまとめて提供いたします。',
  ])('addresses DATA-RETURN-DELETION: %s', (text) => {
    expect(statusOf('DATA-RETURN-DELETION', text)).not.toBe('missing');
  });
  it('a product feature exporting drawings in a format is no return', () => {
    expect(statusOf('DATA-RETURN-DELETION', '本システムは、図面をDWG形式で一括出力する機能を備える。')).toBe('missing');
  });
});

// held-out round 281 (Japanese)
describe('DATA-RETURN-DELETION: camera footage and recordings (映像・録画・動画) are data to return or erase', () => {
  it('「業務終了後、預かった動画を消去する」 addresses the requirement', () => {
    expect(statusOf('DATA-RETURN-DELETION', '乙は、業務が終了したときは、甲から預かった防犯カメラの動画を速やかに消去しなければならない。')).not.toBe('missing');
  });
  it('「録画を返却し、又は廃棄する」 at contract end addresses it', () => {
    expect(statusOf('DATA-RETURN-DELETION', '受託者は、契約終了時に、委託者の指示により、保持する録画を返却し、又は廃棄するものとする。')).not.toBe('missing');
  });
  it('a retention setting for footage on the customer\'s own side is no return/deletion duty', () => {
    expect(statusOf('DATA-RETURN-DELETION', '甲は、監視カメラの録画の保存期間を管理画面で設定することができる。')).toBe('missing');
  });
});

// held-out round 282 (Japanese)
describe('DATA-RETURN-DELETION: a contract-content list item naming return and disposal at the end, without a data noun', () => {
  it('「委託終了時の返却及び消去」 under a "the contract shall contain" lead addresses it', () => {
    const text = '業務委託契約書には、次に掲げる事項を定めるものとする。\n(1) 守秘義務\n(2) 委託終了時の返却及び消去\n(3) 監査への協力';
    expect(statusOf('DATA-RETURN-DELETION', text)).not.toBe('missing');
  });
  it('a permission to return or discard leftover stationery is no return/deletion clause', () => {
    expect(statusOf('DATA-RETURN-DELETION', '契約終了時に余った封筒は、返却し、又は廃棄することができる。')).toBe('missing');
  });
});

// held-out round 293 (English)
describe('DATA-RETURN-DELETION: the recipient before the object ("transfer to the Council …, in CSV, all case records")', () => {
  it('transferring all records to the Council or an incoming provider at expiry returns the data', () => {
    expect(statusOf('DATA-RETURN-DELETION', 'On expiry, the Contractor shall transfer to the Council or any incoming provider, in CSV or another open format agreed with the Council, all case records and attachments.')).not.toBe('missing');
  });
  it('transferring keys, badges and uniforms is not a data return', () => {
    expect(statusOf('DATA-RETURN-DELETION', 'On expiry, the Contractor shall transfer to the Council or any incoming provider, in CSV or another open format, all keys, badges and uniforms.')).toBe('missing');
  });
});

// held-out round 292 (English)
describe('DATA-RETURN-DELETION: a named officer who "will sign a certificate / statement" of deletion is the signatory of the proof', () => {
  it.each([
    'Within 45 days after expiry the Supplier shall erase all Client data, including backups, by secure overwriting, and its Data Protection Officer will sign a statement of destruction confirming the data, the date and the method.',
    'On termination the Vendor shall wipe all Customer data and copies, and the Vendor\'s Chief Technology Officer shall countersign a certificate of erasure within 10 days.',
  ])('proof met: %s', (text) => {
    expect(metOf(text, 'DATA-RETURN-DELETION', 'proof')).toBe(true);
  });
  it('a statement of destruction with nobody signing it is not', () => {
    expect(metOf('Within 45 days after expiry the Supplier shall erase all Client data, including backups, by secure overwriting, and send the Client a statement of destruction.', 'DATA-RETURN-DELETION', 'proof')).toBe(false);
  });
});
describe('DATA-RETURN-DELETION: migrating all data "to <the client> or its successor" at the end is a return', () => {
  it.each([
    'On expiry the Contractor shall migrate all Authority records to Halden or its successor supplier in CSV.',
    'When the agreement ends, Provider will migrate the remaining claims data to Meridian or to the incoming provider.',
  ])('addresses DATA-RETURN-DELETION: %s', (text) => {
    expect(statusOf('DATA-RETURN-DELETION', text)).not.toBe('missing');
  });
  it('migrating data from the old system to the new platform during implementation is no return', () => {
    expect(statusOf('DATA-RETURN-DELETION', 'During implementation the Contractor shall migrate all legacy records to the new platform.')).toBe('missing');
  });
});

// held-out round 284 (Japanese)
describe('DATA-RETURN-DELETION: logs a party "holds/keeps" (保有する…ログ) and learner/viewing histories are data to erase', () => {
  it.each([
    '契約が終了したときは、受託者は、自らが保管する閲覧ログを速やかに消去し、その旨を委託者に報告する。',
    '本業務の終了後、乙は、生徒の受講履歴を復元できない方法で消去しなければならない。',
  ])('addresses DATA-RETURN-DELETION: %s', (text) => {
    expect(statusOf('DATA-RETURN-DELETION', text)).not.toBe('missing');
  });
  it('keeping an operation log for a year is no return/deletion duty', () => {
    expect(statusOf('DATA-RETURN-DELETION', '乙は、サーバの操作ログを１年間保存する。')).toBe('missing');
  });
});

// held-out round 285 (Japanese)
describe('DATA-RETURN-DELETION: 返還・消去 named in the list of a flow-down clause (「…の各義務と同等の内容を定めた契約」) is no return duty', () => {
  it('a flow-down list does not address it', () => {
    expect(statusOf('DATA-RETURN-DELETION', '受注者は、協力会社との間で、本契約において受注者が負う秘密の保持、目的外利用の禁止、事故時の報告、業務終了時のデータの返還及び消去の各義務と同等の内容を定めた覚書を取り交わさなければならない。')).toBe('missing');
  });
  it('a direct return-or-erase duty still does', () => {
    expect(statusOf('DATA-RETURN-DELETION', '受注者は、業務終了後３０日以内に、発注者の指示に従い個人データを返還し、又は消去しなければならない。')).not.toBe('missing');
  });
});

// held-out round 294 (English)
describe('DATA-RETURN-DELETION: camera and image data (captures, CCTV footage, ANPR reads) deleted within a stated time', () => {
  it.each([
    'Number plate reads that match no permit are purged from the car park system within 48 hours.',
    'Photographs taken at inspections shall be erased within 30 days after the inspection report is issued.',
  ])('addresses DATA-RETURN-DELETION: %s', (text) => {
    expect(statusOf('DATA-RETURN-DELETION', text)).not.toBe('missing');
  });
  it.each([
    'ANPR reads are sent to the back-office system within 2 minutes of capture.',
    'The Supplier may use photographs of the finished installation in its brochure.',
  ])('does not address DATA-RETURN-DELETION: %s', (text) => {
    expect(statusOf('DATA-RETURN-DELETION', text)).toBe('missing');
  });
});

// held-out round 287 (Japanese)
describe('DATA-RETURN-DELETION: the outsourcer may ask for erasure instead of the return (「返却に代えて消去を請求」「引渡しを受けることなく削除のみを指示」)', () => {
  it.each([
    '受託者は、契約終了日から２０日以内に、預託を受けた顧客データを委託者に返却する。委託者は、返却に代えて当該データの消去を請求することができる。',
    '乙は、業務完了後１０日以内に本件データを甲に引き渡す。甲は、引渡しを受けることなく削除のみを指示することもできる。',
  ])('the choice is met: %s', (text) => {
    expect(metOf(text, 'DATA-RETURN-DELETION', 'choice')).toBe(true);
  });
  it('the contractor discarding at its own discretion instead of returning is no choice of the outsourcer', () => {
    expect(metOf('乙は、業務完了後１０日以内に本件データを甲に返却する。乙は、返却に代えて、自らの判断で当該データを廃棄することができる。', 'DATA-RETURN-DELETION', 'choice')).toBe(false);
  });
});

// held-out round 286 (Japanese)
describe('DATA-RETURN-DELETION: data handed over once a successor is chosen (「次期の運用事業者が決定したときは…提供し」) is migration, not return', () => {
  it.each([
    '１０　契約終了時の取扱い\n10.1 受託者は、契約満了の３か月前までに移行計画書を提出すること。\n10.2 受託者は、次期の運用事業者が決定したときは、本システムに蓄積したデータを XML 形式で提供し、設計書及び設定情報を引き渡すこと。\n',
    '第８条（契約終了時の措置）\n１　乙は、後継事業者が選定されたときは、保有する台帳データを汎用的な形式で提供し、操作手順書を引き継ぐものとする。\n',
  ])('not addressed: %s', (text) => {
    expect(statusOf('DATA-RETURN-DELETION', text)).toBe('missing');
  });
  it('data given back to the outsourcer at the end still is a return', () => {
    expect(statusOf('DATA-RETURN-DELETION', '第８条（契約終了時の措置）\n１　乙は、本契約が終了したときは、保有する台帳データを汎用的な形式で甲に提供し、甲の指示に従い消去するものとする。\n')).not.toBe('missing');
  });
});

// held-out round 297 (English)
describe('DATA-RETURN-DELETION: data "made available to" the buyer at the end of the contract is a return', () => {
  it.each([
    'Bidders shall describe how the Council\'s records will be made available to the Council on expiry of the contract.',
    'Upon termination, all client data will be made available to the Client as a full database export.',
  ])('addresses DATA-RETURN-DELETION: %s', (text) => {
    expect(statusOf('DATA-RETURN-DELETION', text)).not.toBe('missing');
  });
  it.each([
    'Usage data will be made available to the Customer at the end of each quarter.',
    'Invoices will be made available to the Customer in the billing portal.',
  ])('does not address DATA-RETURN-DELETION: %s', (text) => {
    expect(statusOf('DATA-RETURN-DELETION', text)).toBe('missing');
  });
});

// held-out round 288 (Japanese)
describe('DATA-RETURN-DELETION choice: the outsourcer asking for the return instead of the erasure (「消去に代えて…返還を求めることができる」) meets choice', () => {
  const base = '受託者は、委託業務の完了後２０日以内に、保有する委託者のデータを全て削除する。';
  it.each([
    '委託者は、削除に代わり、外付け記憶媒体による引渡しを請求することができる。',
    '発注者は、消去をせずに、データ一式の返却を指示することもできる。',
  ])('%s meets choice', (text) => {
    expect(metOf(base + text, 'DATA-RETURN-DELETION', 'choice')).toBe(true);
  });
  it('the contractor returning instead of erasing at its own discretion does not', () => {
    expect(metOf(base + '受託者は、消去に代えて、その判断によりデータを返却することができる。', 'DATA-RETURN-DELETION', 'choice')).toBe(false);
  });
});

// held-out round 289 (Japanese)
describe('DATA-RETURN-DELETION: the outsourcer decides which data is returned and which is erased (「いずれの…を返還し、いずれの…を消去するかは甲が指定」)', () => {
  const duty = '第９条（終了時の措置）\n１　乙は、本契約が終了した日から２０日以内に、甲から預託を受けた会員データ（複製物及びバックアップを含む。）を返還し、又は消去する。';
  it.each([
    'いずれの資料を返還し、いずれの資料を消去するかは、甲が書面により指定する。\n',
    '返還するデータと消去するデータの区分は、甲が通知する。\n',
  ])('choice met: %s', (tail) => {
    expect(metOf(duty + tail, 'DATA-RETURN-DELETION', 'choice')).toBe(true);
  });
  it('the contractor deciding which data to return is no outsourcer choice', () => {
    expect(metOf(duty + 'どのデータを返還し、どのデータを消去するかは、乙が判断する。\n', 'DATA-RETURN-DELETION', 'choice')).toBe(false);
  });
});
describe('DATA-RETURN-DELETION: end-of-contract data handling deferred together with the handover (「終了時における…データの取扱い及び…移行については協議」) is addressed', () => {
  it('addressed', () => {
    expect(statusOf('DATA-RETURN-DELETION', '業務終了時における保有データの取扱い及び次期受託者への移行については、甲乙協議のうえ決定する。')).not.toBe('missing');
  });
  it('handling of staff at the end is not data disposal', () => {
    expect(statusOf('DATA-RETURN-DELETION', '業務終了時における要員の取扱い及び次期受託者への移行については、甲乙協議のうえ決定する。')).toBe('missing');
  });
});

// held-out round 299 (English)
describe('DATA-RETURN-DELETION: handing over the buyer\'s (possessive) data in a named format at the end', () => {
  it('addresses DATA-RETURN-DELETION', () => {
    expect(statusOf('DATA-RETURN-DELETION', 'On termination the Contractor shall deliver the Council\'s booking and payment records in XML format.')).not.toBe('missing');
  });
  it('a periodic report in a format is not a return', () => {
    expect(statusOf('DATA-RETURN-DELETION', 'The Contractor shall deliver the Council\'s monthly usage report in PDF format.')).toBe('missing');
  });
});

// session 58 probe sweep (Japanese)
describe('DATA-RETURN-DELETION: a list of people (「名簿」) is the data returned or erased', () => {
  it.each([
    '委託期間の満了後、受注者は、預かった参加者名簿及びその複製を全て消去し、その旨を書面で報告すること。',
    '乙は、業務完了後、甲から受領した会員名簿を直ちに返却しなければならない。',
  ])('addressed: %s', (text) => {
    expect(statusOf('DATA-RETURN-DELETION', text)).not.toBe('missing');
  });
  it('a bidders\' qualification list (a list of firms, not of people) is no returned data', () => {
    expect(statusOf('DATA-RETURN-DELETION', '受注者は、入札参加資格者名簿に登録された者であること。')).toBe('missing');
  });
});

// session 58 probe sweep (English)
describe('DATA-RETURN-DELETION: wiping the data with its backups', () => {
  it.each([
    'After the export window closes, the Provider wipes the account, backups included, within 30 days.',
    'The Supplier will wipe all client records and backup copies when the contract ends.',
  ])('addressed: %s', (text) => {
    expect(statusOf('DATA-RETURN-DELETION', text)).not.toBe('missing');
  });
  it('a backup tape wiped for reuse in the rotation is no deletion at the end', () => {
    expect(statusOf('DATA-RETURN-DELETION', 'Backup tapes are reused in a four-week rotation.')).toBe('missing');
  });
});

// session 58 probe sweep (Japanese)
describe('DATA-RETURN-DELETION: a device\'s storage erased at the end (「端末の記憶領域を完全消去」)', () => {
  it.each([
    '受注者は、契約期間満了時に、貸与端末の記憶領域を専用ソフトで完全消去し、消去結果を報告すること。',
    '乙は、業務終了後、使用したタブレットのストレージを初期化し、その旨を甲に届け出る。',
  ])('addressed: %s', (text) => {
    expect(statusOf('DATA-RETURN-DELETION', text)).not.toBe('missing');
  });
  it('a storage capacity spec is no erasure', () => {
    expect(statusOf('DATA-RETURN-DELETION', '貸与端末の記憶領域は、256GB以上とすること。')).toBe('missing');
  });
});

// held-out round 303 (English)
describe('DATA-RETURN-DELETION: a promise to keep no copies once a stated event of the work has happened', () => {
  it.each([
    'The Consultant shall not keep copies of the survey data after the project ends.',
    'The Agency shall not keep copies of the applicant files after the campaign is closed.',
    'The Bureau must not retain payroll extracts after the final run is accepted.',
  ])('addressed: %s', (text) => {
    expect(statusOf('DATA-RETURN-DELETION', text)).not.toBe('missing');
  });
  it.each([
    'The Vendor may keep copies of the records after the project ends.',
    'The Vendor will not keep the tickets open after the fault is closed.',
  ])('near-miss stays missing: %s', (text) => {
    expect(statusOf('DATA-RETURN-DELETION', text)).toBe('missing');
  });
});

// held-out round 304 (English)
describe('DATA-RETURN-DELETION: "handing over / hands over / handed over" the data in a stated format at the end is a return (choice)', () => {
  it.each([
    'On expiry or termination the Provider shall assist the successor, handing over all patient records in CSV or HL7 FHIR format.',
    'When the contract ends the Contractor hands over all customer data to the Council in an open, documented format such as CSV.',
  ])('choice met: %s', (text) => {
    expect(metOf(text, 'DATA-RETURN-DELETION', 'choice')).toBe(true);
  });
  it('handing over building keys at the end is no data return (near-miss)', () => {
    expect(metOf('On expiry or termination the Provider shall leave the premises, handing over all keys and access cards to the facilities manager.', 'DATA-RETURN-DELETION', 'choice')).toBe(false);
  });
});

// session 59 probe sweep (English)
describe('DATA-RETURN-DELETION: plain words — "you choose whether we send your files back or delete them"', () => {
  it('the choice test is met', () => {
    expect(metOf('Within 30 days of the end of the contract, you choose whether we send your files back as a ZIP archive or delete them.', 'DATA-RETURN-DELETION', 'choice')).toBe(true);
  });
  it('sending the files back with no choice offered does not meet it', () => {
    expect(metOf('Within 30 days of the end of the contract, we send your files back.', 'DATA-RETURN-DELETION', 'choice')).toBe(false);
  });
});

// session 60 probe sweep (Japanese: municipal specifications)
describe('DATA-RETURN-DELETION: lent passes, keys and uniforms returned are no data return', () => {
  it.each([
    '契約満了時には、本町が貸与した通行証及び制服を速やかに返却すること。',
    '業務終了後は、貸与したカードキーを返還すること。',
  ])('missing: %s', (text) => {
    expect(statusOf('DATA-RETURN-DELETION', text)).toBe('missing');
  });
  it.each([
    '契約満了時には、本町が貸与した通行証及び台帳の写しを返却すること。',
    '業務終了時には、預かった合鍵及び伝票類を返還する。',
  ])('lent papers returned beside a pass or key are still data return: %s', (text) => {
    expect(statusOf('DATA-RETURN-DELETION', text)).not.toBe('missing');
  });
});

// session 60 probe sweep (English: letters of engagement)
describe('DATA-RETURN-DELETION: a member register, donor database or mailing list returned or wiped', () => {
  it.each([
    'When the contract ends, the Supplier shall return or securely wipe every copy of the donor database within 30 days.',
    'When the contract ends, the Supplier shall return or wipe every copy of the member register within 30 days.',
  ])('addressed: %s', (text) => {
    expect(statusOf('DATA-RETURN-DELETION', text)).not.toBe('missing');
  });
  it('lent keys sent back are no data return', () => {
    expect(statusOf('DATA-RETURN-DELETION', 'On termination, the agency shall send back the keys to the venue.')).toBe('missing');
  });
});

// held-out round 311 (English)
describe('DATA-RETURN-DELETION: "pass / supply / provide <the data> back to the <customer>" at the end is data return', () => {
  it.each([
    'The Bureau will pass the payroll files back to the Client at the end of the engagement.',
    'On termination the Agency shall supply the applicant data back to the Council within 30 days.',
  ])('addressed: %s', (text) => {
    expect(statusOf('DATA-RETURN-DELETION', text)).not.toBe('missing');
  });
  it.each([
    'The driver will send the empty cages back to the Customer on request.',
    'The Supplier shall send the signed delivery note back to the Customer with each invoice.',
  ])('goods or paperwork sent back are no data return (near-miss): %s', (text) => {
    expect(statusOf('DATA-RETURN-DELETION', text)).toBe('missing');
  });
});

// held-out round 300 (Japanese)
describe('DATA-RETURN-DELETION: a list of people named 「○○リスト／一覧」 (宛先リスト, 会葬者一覧) is the data returned or erased', () => {
  it.each([
    '委託業務の終了後、乙は、受領した会葬者一覧を直ちに消去し、その旨を甲に報告する。',
    '本業務が終了したときは、受注者は宛先リストを発注者に返却しなければならない。',
  ])('addressed: %s', (text) => {
    expect(statusOf('DATA-RETURN-DELETION', text)).not.toBe('missing');
  });
  it('a checklist of inspection results handed in is no returned data (near-miss)', () => {
    expect(statusOf('DATA-RETURN-DELETION', '受注者は、作業完了後、点検結果のチェックリストを発注者に提出する。')).toBe('missing');
  });
});

// session 61 probe sweep (Japanese: a buyer's request letter in the polite register)
describe('DATA-RETURN-DELETION: 「業務が終わったら」 is the end of the work', () => {
  it('addressed', () => {
    expect(statusOf('DATA-RETURN-DELETION', '業務が終わったら、お渡しした会員名簿はすべて返却してください。')).not.toBe('missing');
  });
  it('a report handed in at the end is no data return (near-miss)', () => {
    expect(statusOf('DATA-RETURN-DELETION', '業務が終わったら、作業報告書を提出してください。')).toBe('missing');
  });
});

// held-out round 315 (English)
describe('DATA-RETURN-DELETION: only the format or medium left "to be agreed" ("return … in a format to be agreed and then delete") is still a return-and-delete duty', () => {
  it.each([
    '**9. On termination**\nThe Vendor shall return the member records in a format to be agreed and then delete them.',
    'When the contract ends, the Supplier shall return all customer files on a medium to be agreed and then securely delete them.',
  ])('addressed: %s', (text) => {
    expect(statusOf('DATA-RETURN-DELETION', text)).not.toBe('missing');
  });
  it('the return itself left to a period "to be agreed" stays agreed-later, not a duty (near-miss)', () => {
    expect(statusOf('DATA-RETURN-DELETION', '**9. On termination**\nThe Vendor shall return the member records within a period to be agreed.')).toBe('missing');
  });
});

// held-out round 316 (English)
describe('a storage device wiped or destroyed "within N days of (its) removal" is media sanitisation', () => {
  it.each([
    'Every hard disk taken out of a kiosk shall be degaussed and shredded by the Contractor within 5 days after its removal.',
    'The Contractor shall overwrite each storage medium with a NIST SP 800-88 purge within ten days following removal.',
  ])('addresses DATA-RETURN-DELETION: %s', (text) => {
    expect(statusOf('DATA-RETURN-DELETION', text)).not.toBe('missing');
  });
  it('fitting a replacement disk after removing the faulty one is no sanitisation (near-miss)', () => {
    expect(statusOf('DATA-RETURN-DELETION', 'The Contractor shall fit a replacement hard disk within 5 days after removal of the faulty one and shred the packaging.')).toBe('missing');
  });
});

// held-out round 318 (English)
describe('DATA-RETURN-DELETION: permit-holder / season-ticket / pass-holder lists are the customer\'s data', () => {
  it.each([
    'On termination the Supplier shall delete the Customer\'s permit holder lists.',
    'Within 30 days after the contract ends, the Operator shall erase its copy of the pass holder register.',
  ])('addressed: %s', (text) => {
    expect(statusOf('DATA-RETURN-DELETION', text)).not.toBe('missing');
  });
  it.each([
    'On termination the Supplier shall return the season ticket machines.',
    'The Customer shall upload the season ticket lists weekly.',
  ])('returning ticket machines, or uploading a list, is no data return (near-miss): %s', (text) => {
    expect(statusOf('DATA-RETURN-DELETION', text)).toBe('missing');
  });
});

// held-out round 311 (Japanese)
describe('DATA-RETURN-DELETION choice: 「返却、消去…のいずれとするかを委託者が指定する」 lets the outsourcer choose', () => {
  it.each([
    '回収した記録媒体は、依頼者への返却、データ消去後の再利用又は破砕処分のいずれにするかを、委託者が媒体ごとに指定する。',
    '発注者は、回収したパソコンについて、遺族への引き渡しかデータ消去のうえ廃棄かのいずれとするかを書面で受注者に指示する。',
  ])('choice met: %s', (text) => {
    expect(metOf(text, 'DATA-RETURN-DELETION', 'choice')).toBe(true);
  });
  it('the contractor deciding between return and erasure is no outsourcer choice (near-miss)', () => {
    expect(metOf('回収した記録媒体は、依頼者への返却又はデータ消去のいずれとするかを受託者が判断する。', 'DATA-RETURN-DELETION', 'choice')).toBe(false);
  });
});

// held-out round 321 (English)
describe('DATA-RETURN-DELETION: a SaaS tenant / workspace / instance kept for a period after the end and "then" deleted', () => {
  it.each([
    'When the subscription ends, we retain the workspace for 60 days and then erase it.',
    'After cancellation the Provider keeps the customer instance available for two weeks, after which it is purged.',
  ])('addresses DATA-RETURN-DELETION: %s', (text) => {
    expect(statusOf('DATA-RETURN-DELETION', text)).not.toBe('missing');
  });
  it.each([
    'We retain the workspace settings for 60 days so the Customer can reactivate.',
    'After the lease ends the Landlord keeps the tenant informed and then deletes the old schedule.',
  ])('no deletion of the container, or a tenant as a lessee (near-miss): %s', (text) => {
    expect(statusOf('DATA-RETURN-DELETION', text)).toBe('missing');
  });
});

// held-out round 322 (English)
describe('DATA-RETURN-DELETION: a duty to keep records of visits or items handed over "for at least N years" is a minimum retention, not a return', () => {
  it.each([
    'The Supplier shall maintain complete logs of parcels handed over to couriers for a minimum of 12 months.',
    'The Contractor shall keep detailed records of deliveries, cash handed over and faults for not less than three years.',
  ])('missing: %s', (text) => {
    expect(statusOf('DATA-RETURN-DELETION', text)).toBe('missing');
  });
  it.each([
    'The Contractor shall keep records of visits for at least two years and then securely destroy them.',
    'On termination the Supplier shall hand over all Client records within 10 days.',
  ])('still addressed (near-miss): %s', (text) => {
    expect(statusOf('DATA-RETURN-DELETION', text)).not.toBe('missing');
  });
});

// session 64, from the held-out residual (rounds 313, 317)
describe('DATA-RETURN-DELETION: data kept for a stated period "and then deleted", and 「保存期間経過後は…消去する」 after the period is set', () => {
  it.each([
    'Dispatch photos are kept in the driver app for 30 days and then automatically deleted.',
    'Call recordings are retained for six months and then permanently erased.',
    '録音データの保存期間は90日とする。保存期間経過後は自動的に削除する。',
  ])('addressed: %s', (text) => {
    expect(statusOf('DATA-RETURN-DELETION', text)).not.toBe('missing');
  });
  it.each([
    'Payment records are kept for six years.',
    'Call recordings are retained for six months and then reviewed by the quality team.',
    '保存期間経過後も、甲の指示があるまで保管を継続する。',
    // logs kept for a period and then erased are log retention (sufficiency-clauses' fixture)
    '操作ログは６か月間保存し、保存期間の経過後は消去する。',
  ])('stays missing (near-miss): %s', (text) => {
    expect(statusOf('DATA-RETURN-DELETION', text)).toBe('missing');
  });
});

// held-out round 325 (English)
describe('DATA-RETURN-DELETION: data named earlier in the sentence, then "must not keep it / them after the job is completed"', () => {
  it.each([
    "The cleaner may use the berth holder's details only to finish the valet and must not keep them once the valet is completed.",
    'Contact information supplied for a booking is used to confirm it, and the Contractor shall not retain it after the booking has been closed.',
  ])('addresses DATA-RETURN-DELETION: %s', (text) => {
    expect(statusOf('DATA-RETURN-DELETION', text)).not.toBe('missing');
  });
  it.each([
    'The Supplier will use the data to plan the work and must not keep it waiting after the job is completed.',
    'The Contractor must not keep the spare key after the job is completed.',
  ])('keeping something waiting, or a key with no data named, is no deletion duty (near-miss): %s', (text) => {
    expect(statusOf('DATA-RETURN-DELETION', text)).toBe('missing');
  });
});

// held-out round 326 (English)
describe('DATA-RETURN-DELETION: deleting the customer\'s own tenant / workspace / instance at the end ("we will delete your workspace")', () => {
  it.each([
    'Once the subscription ends we will erase the Client\'s workspace at its request.',
    'Following termination, the Vendor purges the customer\'s instance within 45 days.',
  ])('addressed: %s', (text) => {
    expect(statusOf('DATA-RETURN-DELETION', text)).not.toBe('missing');
  });
  it.each([
    'When the lease ends the letting agent will delete the tenant from the waiting list.',
    'Once the subscription ends we will rename the Client\'s workspace at its request.',
  ])('a tenant as a lessee, or no deletion, stays missing (near-miss): %s', (text) => {
    expect(statusOf('DATA-RETURN-DELETION', text)).toBe('missing');
  });
});

// held-out round 327 (English)
describe('DATA-RETURN-DELETION trigger-deadline: "on the end date of this <SOW/Order>" and "earlier if the <party> asks" start the clock', () => {
  it.each([
    'On the end date of this Order, the Supplier shall delete all Customer Data within 30 days.',
    'On the end date of this Contract, or earlier if the Council asks, the Supplier shall return or delete all personal data within 20 days.',
  ])('trigger-deadline met: %s', (text) => {
    expect(metOf(text, 'DATA-RETURN-DELETION', 'trigger-deadline')).toBe(true);
  });
  it('a final invoice due on the end date is no return or deletion (near-miss)', () => {
    expect(statusOf('DATA-RETURN-DELETION', 'On the end date of this Agreement the Supplier shall send a final invoice within 30 days.')).toBe('missing');
  });
});
