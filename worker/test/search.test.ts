import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { api, clause, makeOrg, type TestOrg } from './helpers.ts';

let org: TestOrg;
const created: Record<string, string> = {};
const search = async (query: string) => {
  const res = await api('GET', `/api/v1/clauses?scope=org&${query}`, { token: org.tokens.viewer });
  expect(res.status, JSON.stringify(res.json)).toBe(200);
  return res.json as { items: { id: string; title: string }[]; nextCursor: string | null };
};
const titles = async (query: string) => (await search(query)).items.map((c) => c.title).sort();

beforeAll(async () => {
  org = await makeOrg('buyer');
  const rows = [
    clause({ title: '脆弱性対応', body: '受託者は、新たに公表された脆弱性について、公表から7日以内に対応計画を委託者に報告する。', requirementIds: ['VULN-MGMT'], tags: ['vuln'] }),
    clause({ title: 'インシデント報告', body: '受託者は、情報セキュリティインシデントを認知した場合、24時間以内に委託者へ報告する。', requirementIds: ['INCIDENT-REPORT'], tags: ['incident'] }),
    clause({ lang: 'en', title: 'Incident notification', body: 'The Contractor shall notify the Customer of any security incident within 24 hours.', requirementIds: ['INCIDENT-REPORT'], tags: ['incident'] }),
    clause({ title: 'データの消去', body: '契約終了時、受託者は委託者のデータを消去し、消去証明書を提出する。', requirementIds: ['DATA-DELETION'], tags: ['exit', 'data'] }),
  ];
  for (const body of rows) {
    const res = await api('POST', '/api/v1/clauses', { token: org.tokens.editor, body });
    created[body.title as string] = res.json.id;
  }
});

describe('clause search', () => {
  it('Japanese full-text search (FTS5 trigram)', async () => {
    expect(await titles(`q=${encodeURIComponent('インシデント')}`)).toEqual(['インシデント報告']);
    expect(await titles(`q=${encodeURIComponent('以内に')}`)).toEqual(['インシデント報告', '脆弱性対応']);
    expect(await titles(`q=${encodeURIComponent('消去証明')}`)).toEqual(['データの消去']);
    expect(await titles(`q=${encodeURIComponent('24時間 報告')}`)).toEqual(['インシデント報告']);
  });

  it('queries under 3 characters fall back to LIKE', async () => {
    expect(await titles(`q=${encodeURIComponent('消去')}`)).toEqual(['データの消去']);
    expect(await titles(`q=${encodeURIComponent('7日')}`)).toEqual(['脆弱性対応']);
    expect(await titles(`q=${encodeURIComponent('%')}`)).toEqual([]);
  });

  it('English search and FTS syntax is not interpreted', async () => {
    expect(await titles('q=notify')).toEqual(['Incident notification']);
    expect(await titles(`q=${encodeURIComponent('"hours OR NEAR(')}`)).toEqual([]);
  });

  it('filters by requirement, language and tag', async () => {
    expect(await titles('requirement=INCIDENT-REPORT')).toEqual(['Incident notification', 'インシデント報告']);
    expect(await titles('requirement=INCIDENT-REPORT&lang=en')).toEqual(['Incident notification']);
    expect(await titles('tag=data')).toEqual(['データの消去']);
    expect(await titles(`tag=incident&q=${encodeURIComponent('24時間')}`)).toEqual(['インシデント報告']);
  });

  it('cursor pagination walks every result once', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { id: string; title: string }[]; nextCursor: string | null } =
        await search(`limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.items.length).toBeLessThanOrEqual(1);
      seen.push(...page.items.map((c) => c.title));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen.sort()).toEqual(Object.keys(created).sort());
  });

  it('the index follows updates and deletes (triggers)', async () => {
    const id = created['データの消去'];
    const put = await api('PUT', `/api/v1/clauses/${id}`, {
      token: org.tokens.editor, body: clause({ title: 'データの返却', body: '契約終了時、受託者は委託者のデータを返却する。', tags: ['exit'] }),
    });
    expect(put.status).toBe(200);
    expect(await titles(`q=${encodeURIComponent('消去証明')}`)).toEqual([]);
    expect(await titles(`q=${encodeURIComponent('返却する')}`)).toEqual(['データの返却']);
    expect(await titles('tag=data')).toEqual([]);
    await api('DELETE', `/api/v1/clauses/${id}`, { token: org.tokens.editor });
    expect(await titles(`q=${encodeURIComponent('返却する')}`)).toEqual([]);
    const fts = await env.DB.prepare("SELECT count(*) AS n FROM clauses_fts WHERE clauses_fts MATCH '\"返却する\"'").first<{ n: number }>();
    expect(fts?.n).toBe(0);
  });
});
