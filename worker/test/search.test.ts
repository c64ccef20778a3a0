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

describe('search access paths (FTS index, term index, per-scope merge) agree with a plain filter', () => {
  // Global, own and another organisation's clauses interleave by seq, so merged scopes, cursors and the
  // rows checked after the driving index all matter.
  interface Item { id: string; owner: 'global' | 'mine' | 'other'; lang: 'ja' | 'en'; text: string; req: string; tag: string }
  const lib: Item[] = [];
  let mine: TestOrg;

  beforeAll(async () => {
    mine = await makeOrg('buyer');
    const other = await makeOrg('buyer');
    const at = new Date().toISOString();
    for (let i = 0; i < 18; i++) {
      const owner = (['global', 'mine', 'other'] as const)[i % 3];
      const lang = i % 4 < 2 ? 'ja' : 'en';
      const text = `pathmark ${i % 2 ? 'alpha' : 'beta'} 番号${i}${i % 5 === 0 ? ' 短語' : ''}`;
      const req = i % 2 ? 'PATH-REQ-A' : 'PATH-REQ-B';
      const tag = i % 3 === 1 || i % 4 === 0 ? 'path-t1' : 'path-t2';
      let id: string;
      if (owner === 'global') {
        id = `cl_path_global_${i}`;
        await env.DB.batch([
          env.DB.prepare('INSERT INTO clauses (id, org_id, lang, title, body, requirement_ids, tags, created_at, updated_at) VALUES (?, NULL, ?, ?, ?, ?, ?, ?, ?)')
            .bind(id, lang, `title ${i}`, text, JSON.stringify([req]), JSON.stringify([tag]), at, at),
          env.DB.prepare("INSERT INTO clause_terms (clause_seq, kind, value) SELECT seq, 'req', ? FROM clauses WHERE id = ?").bind(req, id),
          env.DB.prepare("INSERT INTO clause_terms (clause_seq, kind, value) SELECT seq, 'tag', ? FROM clauses WHERE id = ?").bind(tag, id),
        ]);
      } else {
        const token = owner === 'mine' ? mine.tokens.editor : other.tokens.editor;
        const res = await api('POST', '/api/v1/clauses', { token, body: clause({ lang, title: `title ${i}`, body: text, requirementIds: [req], tags: [tag] }) });
        expect(res.status).toBe(201);
        id = res.json.id;
      }
      lib.push({ id, owner, lang, text, req, tag });
    }
  });

  const walk = async (query: string, limit: number) => {
    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await api('GET', `/api/v1/clauses?${query}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`, { token: mine.tokens.viewer });
      expect(res.status, JSON.stringify(res.json)).toBe(200);
      expect(res.json.items.length).toBeLessThanOrEqual(limit);
      ids.push(...res.json.items.map((c: { id: string }) => c.id));
      cursor = res.json.nextCursor;
    } while (cursor);
    return ids;
  };

  const cases: [string, (c: Item) => boolean][] = [
    ['q=pathmark', () => true],
    ['q=pathmark&scope=global', (c) => c.owner === 'global'],
    ['q=pathmark&scope=org', (c) => c.owner === 'mine'],
    ['q=alpha%20pathmark', (c) => c.text.includes('alpha')],
    [`q=pathmark%20${encodeURIComponent('短語')}`, (c) => c.text.includes('短語')],
    ['q=pathmark&lang=en&requirement=PATH-REQ-A', (c) => c.lang === 'en' && c.req === 'PATH-REQ-A'],
    ['q=beta&tag=path-t1&scope=org', (c) => c.owner === 'mine' && c.text.includes('beta') && c.tag === 'path-t1'],
    ['requirement=PATH-REQ-B', (c) => c.req === 'PATH-REQ-B'],
    ['requirement=PATH-REQ-A&tag=path-t2&lang=ja', (c) => c.req === 'PATH-REQ-A' && c.tag === 'path-t2' && c.lang === 'ja'],
    ['tag=path-t1&scope=global', (c) => c.owner === 'global' && c.tag === 'path-t1'],
    [`tag=path-t2&q=${encodeURIComponent('短語')}`, (c) => c.tag === 'path-t2' && c.text.includes('短語')],
  ];
  for (const [query, keep] of cases) {
    it(query, async () => {
      // Library order (= creation order = seq), only what the caller may see, every page size alike.
      const expected = lib.filter((c) => c.owner !== 'other' && keep(c)).map((c) => c.id);
      expect(expected.length).toBeGreaterThan(0);
      for (const limit of [1, 2, 5, 100]) expect(await walk(query, limit)).toEqual(expected);
    });
  }

  it('plain listing merges the global library and own clauses in order across pages', async () => {
    const all = await walk('scope=all', 100);
    const ours = lib.filter((c) => c.owner !== 'other').map((c) => c.id);
    expect(all.filter((id) => ours.includes(id))).toEqual(ours);
    expect(all).not.toContain(lib.find((c) => c.owner === 'other')!.id);
    for (const limit of [1, 3]) expect(await walk('scope=all', limit)).toEqual(all);
    expect(await walk('scope=org', 2)).toEqual(lib.filter((c) => c.owner === 'mine').map((c) => c.id));
    expect((await walk('scope=global', 2)).filter((id) => ours.includes(id))).toEqual(lib.filter((c) => c.owner === 'global').map((c) => c.id));
  });
});
