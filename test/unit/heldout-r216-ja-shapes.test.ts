/**
 * Round 216 (Japanese; private-sector B2B: property management, travel booking, hotel PMS SaaS, recruitment data
 * memorandum, insurance agency CRM spec, logistics dispatch development, vendor proposal, SLA): phrasing families the
 * held-out set showed mis-read. Every case is new wording, not the held-out sentence.
 */
import { describe, expect, it } from 'vitest';
import { requirementOf as req } from './test-result.ts';


describe('AUDIT-INSPECTION-RIGHTS: a flow-down list made "with the subcontractor" (「再委託先との間で…同等以上の義務を課す」)', () => {
  it('an enumeration that names audit cooperation among flowed-down duties does not address audit rights', () => {
    const text = '３　乙は、再委託先との間で、本契約により乙が負う情報管理、障害報告及び監査への協力に係る義務と同等以上の義務を、契約書により課すものとする。';
    expect(req(text, 'AUDIT-INSPECTION-RIGHTS').status).toBe('missing');
  });
  it('an audit right over the subcontractor still does', () => {
    const text = '甲は、必要があると認めるときは、再委託先の事業所に立ち入り、監査を行うことができる。';
    expect(req(text, 'AUDIT-INSPECTION-RIGHTS').status).not.toBe('missing');
  });
});

describe('COPY-REMOVAL-RESTRICTION: disposing of the copies one holds at the end (「保有する…の複製を処分する」)', () => {
  it('an end-of-contract disposal of held copies does not address copy restriction', () => {
    const text = '業務が終了したときは、乙は、本業務のために保持している顧客台帳及び設定ファイルの複製を速やかに処分するものとする。';
    expect(req(text, 'COPY-REMOVAL-RESTRICTION').status).toBe('missing');
  });
  it('a copy ban with approval still does', () => {
    const text = '乙は、甲の事前の書面による承認を得ないで、顧客台帳を複製してはならない。';
    expect(req(text, 'COPY-REMOVAL-RESTRICTION').status).not.toBe('missing');
  });
});

describe('ACCESS-CONTROL: remote access limited to a domestic office of the contractor is a location rule', () => {
  it('「国内の受託者の拠点からに限る」 does not address access control', () => {
    const text = '（３）遠隔接続：日本国内の受託者の開発拠点からに限る';
    expect(req(text, 'ACCESS-CONTROL').status).toBe('missing');
  });
  it('remote access limited to notified engineers still does', () => {
    const text = 'リモート接続を行う者は、受託者が事前に委託者へ届け出た技術者に限る。';
    expect(req(text, 'ACCESS-CONTROL').status).not.toBe('missing');
  });
});

describe('THREAT-INFO-SHARING: a found vulnerability settled "with the customer on the response policy" (「甲と協議の上、対策方針を定める」)', () => {
  it('addresses the requirement', () => {
    const text = '２　深刻な脆弱性が発見されたときは、乙は、甲と協議の上、対策の方針を定めるものとする。';
    expect(req(text, 'THREAT-INFO-SHARING').status).not.toBe('missing');
  });
  it('the same consultation over an outage does not', () => {
    const text = '２　システム障害が発生したときは、乙は、甲と協議の上、対応方針を定めるものとする。';
    expect(req(text, 'THREAT-INFO-SHARING').status).toBe('missing');
  });
});
