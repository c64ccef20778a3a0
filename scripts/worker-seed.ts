/**
 * Seed data for the worker's D1, applied with `wrangler d1 execute DB --file`.
 *
 *   tsx scripts/worker-seed.ts [--persist-to DIR] [--bench N]   local dev seed (idempotent)
 *   tsx scripts/worker-seed.ts --bootstrap --remote [--name NAME] first platform operator + admin token
 *   tsx scripts/worker-seed.ts --print                          print the local seed SQL, apply nothing
 *
 * The local seed: the global default library from the catalog's model clauses; two buyer organisations
 * and one vendor whose profile is shared with the first buyer only and has a 再委託先 with a 再々委託先;
 * the local-only tokens dev-buyer-admin, dev-buyer2-admin, dev-vendor-admin (never in a migration).
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { root, wrangler } from '../worker/tools/wrangler.js';

interface SeedRequirement {
  id: string;
  category?: string;
  title: { ja: string; en: string };
  modelClauses: { lang: 'ja' | 'en'; text: string }[];
}

const q = (s: string | number | null) => (s === null ? 'NULL' : typeof s === 'number' ? String(s) : `'${s.replace(/'/g, "''")}'`);
const json = (value: unknown) => q(JSON.stringify(value));
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const AT = '2026-01-01T00:00:00.000Z';

/** The validated catalog: a rule that does not load must not reach the library. */
async function loadRequirements(): Promise<SeedRequirement[]> {
  const { catalog } = await import('../shared/catalog/index.ts');
  return catalog.requirements;
}

/** Inserts or refreshes a clause with its requirement/tag index rows (FTS follows by trigger). */
function clauseSql(c: { id: string; orgId: string | null; lang: string; title: string; body: string; reqs: string[]; tags: string[] }): string {
  const terms = [...c.reqs.map((v) => ['req', v]), ...c.tags.map((v) => ['tag', v])]
    .map(([kind, value]) => `INSERT INTO clause_terms (clause_seq, kind, value) SELECT seq, ${q(kind)}, ${q(value)} FROM clauses WHERE id = ${q(c.id)} ON CONFLICT DO NOTHING;`);
  return [
    `INSERT INTO clauses (id, org_id, lang, title, body, requirement_ids, tags, created_at, updated_at) VALUES (${q(c.id)}, ${q(c.orgId)}, ${q(c.lang)}, ${q(c.title)}, ${q(c.body)}, ${json(c.reqs)}, ${json(c.tags)}, ${q(AT)}, ${q(AT)})
     ON CONFLICT(id) DO UPDATE SET lang = excluded.lang, title = excluded.title, body = excluded.body, requirement_ids = excluded.requirement_ids, tags = excluded.tags;`,
    ...terms,
  ].join('\n');
}

function globalLibrary(requirements: SeedRequirement[]): string[] {
  const ids: string[] = [];
  const sql: string[] = [];
  for (const r of requirements) {
    r.modelClauses.forEach((m, i) => {
      const id = `cl_g_${r.id}_${i}`;
      ids.push(id);
      sql.push(clauseSql({ id, orgId: null, lang: m.lang, title: r.title[m.lang], body: m.text, reqs: [r.id], tags: ['model', ...(r.category ? [r.category] : [])] }));
    });
  }
  console.log(`global library: ${ids.length} model clauses from ${requirements.length} requirements`);
  // Model clauses removed from the catalog leave the library too.
  sql.unshift(`DELETE FROM clauses WHERE org_id IS NULL AND id LIKE 'cl_g_%' AND id NOT IN (${ids.map(q).join(', ') || "''"});`);
  return sql;
}

const ORGS = [
  { id: 'org_dev_buyer', name: '開発用 購買株式会社 (Dev Buyer)', kind: 'buyer', token: 'dev-buyer-admin' },
  { id: 'org_dev_buyer2', name: '開発用 第二購買株式会社 (Dev Buyer 2)', kind: 'buyer', token: 'dev-buyer2-admin' },
  { id: 'org_dev_vendor', name: '開発用 ベンダー株式会社 (Dev Vendor)', kind: 'vendor', token: 'dev-vendor-admin' },
];

const PROFILES = [
  {
    id: 'vp_dev_vendor', legalName: '開発用ベンダー株式会社', aliases: ['開発用ベンダー', 'Dev Vendor Co., Ltd.'],
    answers: { 'ACCESS-CONTROL': { answer: 'yes' }, 'ENCRYPTION': { answer: 'yes' }, 'VULNERABILITY-MANAGEMENT': { answer: 'partial', note: '月次でパッチ適用' } },
    certifications: [
      { type: 'iso27001', scope: '全社', certificateNo: 'IS 000000', expiresAt: '2027-03-31' },
      { type: 'meti-supply-chain', level: 4, expiresAt: '2028-03-31' },
    ],
    edges: [{ child: 'vp_dev_sub', name: '開発用再委託先株式会社', tier: 1, service: 'アプリケーション開発', data: ['顧客の個人データ'] }],
  },
  {
    id: 'vp_dev_sub', legalName: '開発用再委託先株式会社', aliases: ['Dev Subcontractor'],
    answers: { 'ACCESS-CONTROL': { answer: 'partial' }, 'ENCRYPTION': { answer: 'no' } },
    certifications: [{ type: 'pmark', scope: '全社', expiresAt: '2026-12-31' }, { type: 'security-action', level: 2 }],
    edges: [{ child: 'vp_dev_subsub', name: '開発用再々委託先合同会社', tier: 2, service: 'データセンター運用', data: ['バックアップ'] }],
  },
  {
    id: 'vp_dev_subsub', legalName: '開発用再々委託先合同会社', aliases: [],
    answers: {}, certifications: [{ type: 'meti-supply-chain', level: 3, expiresAt: '2025-03-31' }], edges: [],
  },
];

function devData(): string[] {
  const sql: string[] = [];
  for (const o of ORGS) {
    sql.push(`INSERT INTO orgs (id, name, kind, created_at, updated_at) VALUES (${q(o.id)}, ${q(o.name)}, ${q(o.kind)}, ${q(AT)}, ${q(AT)}) ON CONFLICT(id) DO NOTHING;`);
    sql.push(`INSERT INTO tokens (id, org_id, name, role, hash, created_at) VALUES (${q(`tok_${o.token.replace(/-/g, '_')}`)}, ${q(o.id)}, ${q(`${o.token} (local only)`)}, 'admin', ${q(sha256(o.token))}, ${q(AT)}) ON CONFLICT(id) DO NOTHING;`);
  }
  for (const p of PROFILES) {
    sql.push(`INSERT INTO vendor_profiles (id, org_id, legal_name, aliases, answers, certifications, created_at, updated_at) VALUES (${q(p.id)}, 'org_dev_vendor', ${q(p.legalName)}, ${json(p.aliases)}, ${json(p.answers)}, ${json(p.certifications)}, ${q(AT)}, ${q(AT)}) ON CONFLICT(id) DO NOTHING;`);
  }
  for (const p of PROFILES) {
    p.edges.forEach((e, position) => sql.push(
      `INSERT INTO vendor_edges (parent_seq, position, child_id, name, tier, service, data_handled) SELECT seq, ${position}, ${q(e.child)}, ${q(e.name)}, ${e.tier}, ${q(e.service)}, ${json(e.data)} FROM vendor_profiles WHERE id = ${q(p.id)} ON CONFLICT DO NOTHING;`));
  }
  sql.push(`INSERT INTO vendor_shares (profile_seq, buyer_org_id, created_at) SELECT seq, 'org_dev_buyer', ${q(AT)} FROM vendor_profiles WHERE id = 'vp_dev_vendor' ON CONFLICT DO NOTHING;`);
  sql.push(clauseSql({
    id: 'cl_dev_buyer_private', orgId: 'org_dev_buyer', lang: 'ja', title: '当社独自の再委託条項',
    body: '受託者は、再委託先の名称、所在地及び委託業務の範囲を事前に書面で委託者に通知し、その承認を得なければならない。',
    reqs: ['SUBCONTRACT-APPROVAL'], tags: ['house'],
  }));
  return sql;
}

/** n synthetic clauses (ja/en alternating) in the first buyer's library, for bench:worker. */
function benchClauses(n: number): string[] {
  const ja = ['受託者は', '委託者の事前の書面による承認を得て', '個人データを', '暗号化して保管し', '脆弱性情報を', '72時間以内に報告する', 'アクセス権限を', '定期的に見直す', '再委託先に対しても', '同等の義務を課す', 'ログを1年間保存する', '監査に協力する'];
  const en = ['The Contractor shall', 'with the prior written consent of the Customer', 'encrypt personal data', 'at rest and in transit', 'report security incidents', 'within 72 hours', 'review access rights', 'every quarter', 'flow down these obligations', 'to every subcontractor', 'retain logs for one year', 'cooperate with audits'];
  const reqs = ['ACCESS-CONTROL', 'ENCRYPTION', 'VULNERABILITY-MANAGEMENT', 'SUBCONTRACT-APPROVAL', 'INCIDENT-NOTIFICATION', 'LOGGING-MONITORING'];
  const sql: string[] = ['DELETE FROM clauses WHERE id LIKE \'cl_bench_%\';'];
  for (let start = 0; start < n; start += 200) {
    const rows: string[] = [];
    for (let i = start; i < Math.min(n, start + 200); i++) {
      const words = i % 2 ? en : ja;
      const pick = (k: number) => words[(i * 7 + k * 5) % words.length];
      const body = [0, 1, 2, 3, 4, 5].map(pick).join(i % 2 ? ' ' : '、') + (i % 2 ? `. Ref ${i}.` : `。整理番号${i}。`);
      rows.push(`(${q(`cl_bench_${i}`)}, 'org_dev_buyer', ${q(i % 2 ? 'en' : 'ja')}, ${q(`${i % 2 ? 'Bench clause' : 'ベンチ条項'} ${i}`)}, ${q(body)}, ${json([reqs[i % reqs.length]])}, '["bench"]', ${q(AT)}, ${q(AT)})`);
    }
    sql.push(`INSERT INTO clauses (id, org_id, lang, title, body, requirement_ids, tags, created_at, updated_at) VALUES\n${rows.join(',\n')};`);
  }
  sql.push("INSERT INTO clause_terms (clause_seq, kind, value) SELECT seq, 'req', json_extract(requirement_ids, '$[0]') FROM clauses WHERE id LIKE 'cl_bench_%' ON CONFLICT DO NOTHING;");
  sql.push("INSERT INTO clause_terms (clause_seq, kind, value) SELECT seq, 'tag', 'bench' FROM clauses WHERE id LIKE 'cl_bench_%' ON CONFLICT DO NOTHING;");
  return sql;
}

/** The first platform operator and its admin token for a fresh remote database; the token is printed once. */
function bootstrapSql(name: string): { sql: string[]; token: string } {
  const token = `clt_${randomBytes(32).toString('base64url')}`;
  const org = `org_${randomBytes(9).toString('base64url')}`;
  return {
    token,
    sql: [
      `INSERT INTO orgs (id, name, kind, platform, created_at, updated_at) VALUES (${q(org)}, ${q(name)}, 'buyer', 1, ${q(new Date().toISOString())}, ${q(new Date().toISOString())});`,
      `INSERT INTO tokens (id, org_id, name, role, hash, created_at) VALUES (${q(`tok_${randomBytes(9).toString('base64url')}`)}, ${q(org)}, 'bootstrap admin', 'admin', ${q(sha256(token))}, ${q(new Date().toISOString())});`,
    ],
  };
}

function apply(sql: string[], target: string[], label: string): void {
  const dir = path.join(root, '.wrangler', 'seed');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${label}.sql`);
  writeFileSync(file, `${sql.join('\n')}\n`);
  wrangler(['d1', 'execute', 'DB', ...target, '--yes', '--file', file], { quiet: true });
  console.log(`applied ${label} (${sql.length} statements) to ${target.join(' ')}`);
}

async function main(argv: string[]): Promise<void> {
  const opt = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  if (argv.includes('--bootstrap')) {
    if (!argv.includes('--remote')) throw new Error('--bootstrap is for a deployed database: add --remote');
    const { sql, token } = bootstrapSql(opt('--name') ?? 'Platform operator');
    apply(sql, ['--remote'], 'bootstrap');
    console.log(`\nplatform admin token (shown once, store it now):\n${token}\n`);
    return;
  }
  const sql = [...globalLibrary(await loadRequirements()), ...devData()];
  const bench = Number(opt('--bench') ?? 0);
  if (bench > 0) sql.push(...benchClauses(bench));
  if (argv.includes('--print')) return void console.log(sql.join('\n'));
  const persist = opt('--persist-to');
  apply(sql, ['--local', ...(persist ? ['--persist-to', persist] : [])], bench ? `local-bench-${bench}` : 'local');
}

main(process.argv.slice(2)).catch((err: Error) => {
  console.error(err.message);
  process.exit(1);
});
