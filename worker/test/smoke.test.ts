import { describe, expect, it } from 'vitest';
import { api, clause, makeOrg } from './helpers.ts';

describe('smoke', () => {
  it('health and a clause round trip', async () => {
    expect((await api('GET', '/health')).json).toEqual({ ok: true });
    const org = await makeOrg('buyer');
    const created = await api('POST', '/api/v1/clauses', { token: org.tokens.editor, body: clause() });
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    const got = await api('GET', `/api/v1/clauses/${created.json.id}`, { token: org.tokens.viewer });
    expect(got.json.title).toBe('再委託の事前承認');
    const found = await api('GET', `/api/v1/clauses?q=${encodeURIComponent('事前の書面')}`, { token: org.tokens.viewer });
    expect(found.json.items.map((c: { id: string }) => c.id)).toContain(created.json.id);
  });
});
