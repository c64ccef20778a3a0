/**
 * Valibot schemas of every body, query and path parameter of the worker API (`/api/v1`).
 * The worker validates with them and generates its OpenAPI document from them; the extension
 * imports the same schemas and types.
 */
import * as v from 'valibot';
import { LANGS } from '../catalog/schema.ts';
import { RequirementId } from './pack.ts';

export { RequirementId } from './pack.ts';
export { Pack } from './pack.ts';

const text = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max));
const prefixedId = (prefix: string) =>
  v.pipe(v.string(), v.regex(new RegExp(`^${prefix}_[A-Za-z0-9_-]{4,80}$`), `must be an id starting with ${prefix}_`));

export const ClauseId = prefixedId('cl');
export const VendorId = prefixedId('vp');
export const PackId = prefixedId('pk');
export const OrgId = prefixedId('org');
export const TokenId = prefixedId('tok');

export const IdParam = (id: v.GenericSchema<string>) => v.strictObject({ id });
export const ShareParam = v.strictObject({ id: VendorId, orgId: OrgId });

export const Lang = v.picklist(LANGS);
export const Tag = v.pipe(v.string(), v.trim(), v.regex(/^[\p{L}\p{N}][\p{L}\p{N}_.:-]{0,39}$/u, 'must be 1-40 letters, digits or _.:-'));
/** Opaque pagination cursor as returned in `nextCursor`. */
export const Cursor = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,40}$/, 'must be a cursor returned by the API'));
/** Page size as a query string. */
export const Limit = v.pipe(
  v.string(),
  v.regex(/^\d{1,3}$/, 'must be an integer from 1 to 100'),
  v.transform(Number),
  v.minValue(1, 'must be an integer from 1 to 100'),
  v.maxValue(100, 'must be an integer from 1 to 100'),
);
const IsoDate = v.pipe(v.string(), v.isoDate('must be a date YYYY-MM-DD'));

/* ---------- organisations and tokens ---------- */

export const ORG_KINDS = ['buyer', 'vendor', 'both'] as const;
export const ROLES = ['admin', 'editor', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const OrgCreate = v.strictObject({ name: text(200), kind: v.picklist(ORG_KINDS) });
export const OrgUpdate = v.strictObject({ name: v.optional(text(200)), kind: v.optional(v.picklist(ORG_KINDS)) });
export const TokenCreate = v.strictObject({
  name: text(100),
  role: v.picklist(ROLES),
  /** Requests per minute for this token; defaults to the worker's RATE_LIMIT_PER_MINUTE. */
  rateLimit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1_000_000))),
});
export const PageQuery = v.strictObject({ cursor: v.optional(Cursor), limit: v.optional(Limit) });

/* ---------- clauses ---------- */

export const ClauseInput = v.strictObject({
  lang: Lang,
  title: text(200),
  body: text(20_000),
  requirementIds: v.optional(v.pipe(v.array(RequirementId), v.maxLength(50)), []),
  tags: v.optional(v.pipe(v.array(Tag), v.maxLength(30)), []),
});
export type ClauseInput = v.InferOutput<typeof ClauseInput>;

export const ClauseQuery = v.strictObject({
  q: v.optional(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200))),
  requirement: v.optional(RequirementId),
  lang: v.optional(Lang),
  tag: v.optional(Tag),
  /** `global` = the default library, `org` = the caller's private clauses, `all` (default) = both. */
  scope: v.optional(v.picklist(['all', 'global', 'org'])),
  cursor: v.optional(Cursor),
  limit: v.optional(Limit),
});

export interface Clause extends ClauseInput {
  id: string;
  scope: 'global' | 'org';
  orgId: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/* ---------- vendor profiles ---------- */

export const ANSWERS = ['yes', 'partial', 'no', 'na'] as const;
export const Answer = v.strictObject({
  answer: v.picklist(ANSWERS),
  note: v.optional(v.pipe(v.string(), v.maxLength(2000))),
  evidenceUrl: v.optional(v.pipe(v.string(), v.url(), v.maxLength(2000))),
});

/** ISO/IEC 27001 (ISMS), Pマーク, SOC 2, ISMAP, SECURITY ACTION ★1/★2, METI supply-chain rating ★3-★5. */
export const CERT_TYPES = ['iso27001', 'pmark', 'soc2', 'ismap', 'security-action', 'meti-supply-chain'] as const;
const LEVELS: Partial<Record<(typeof CERT_TYPES)[number], readonly number[]>> = {
  'security-action': [1, 2],
  'meti-supply-chain': [3, 4, 5],
  soc2: [1, 2],
};
export const Certification = v.pipe(
  v.strictObject({
    type: v.picklist(CERT_TYPES),
    /** ★ level (SECURITY ACTION 1-2, METI 3-5) or SOC 2 type (1-2). */
    level: v.optional(v.pipe(v.number(), v.integer())),
    scope: v.optional(v.pipe(v.string(), v.maxLength(500)), ''),
    certificateNo: v.optional(v.pipe(v.string(), v.maxLength(100))),
    issuedAt: v.optional(IsoDate),
    expiresAt: v.optional(IsoDate),
  }),
  v.forward(
    v.check((cert) => {
      const allowed = LEVELS[cert.type];
      return allowed ? cert.level !== undefined && allowed.includes(cert.level) : cert.level === undefined;
    }, 'level does not fit the certification type (SECURITY ACTION 1-2, METI 3-5, SOC 2 type 1-2, none otherwise)'),
    ['level'],
  ),
);
export type Certification = v.InferOutput<typeof Certification>;

export const Subcontractor = v.strictObject({
  /** 1 = 再委託先 of this vendor, 2 = 再々委託先, ... as declared by the vendor. */
  tier: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(9)),
  name: text(200),
  /** A registered vendor profile, when the subcontractor has one. */
  profileId: v.optional(VendorId),
  service: text(500),
  dataHandled: v.optional(v.pipe(v.array(text(100)), v.maxLength(30)), []),
});
export type Subcontractor = v.InferOutput<typeof Subcontractor>;

export const VendorInput = v.strictObject({
  legalName: text(200),
  /** Other names used to recognise the vendor in documents (trade names, abbreviations, English name). */
  aliases: v.optional(v.pipe(v.array(text(200)), v.maxLength(30)), []),
  /** Baseline answers keyed by catalog requirement id. */
  answers: v.optional(v.record(RequirementId, Answer), {}),
  certifications: v.optional(v.pipe(v.array(Certification), v.maxLength(50)), []),
  subcontractors: v.optional(v.pipe(v.array(Subcontractor), v.maxLength(100)), []),
});
export type VendorInput = v.InferOutput<typeof VendorInput>;

export const VendorQuery = v.strictObject({
  /** Matches the legal name or an alias (substring). */
  q: v.optional(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200))),
  cursor: v.optional(Cursor),
  limit: v.optional(Limit),
});

export interface VendorProfile extends VendorInput {
  id: string;
  orgId: string;
  /** Highest valid METI supply-chain level (★), if any. */
  metiLevel: number | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export const ShareCreate = v.strictObject({ orgId: OrgId });

/**
 * `require`: comma-separated METI levels (`star3`, `star4`, `star5` or `★4`) and/or requirement ids;
 * each node of the chain lists the gaps against them.
 */
export const ChainQuery = v.strictObject({
  require: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^(?:star[345]|★[345]|[A-Z0-9]+(?:-[A-Z0-9]+)*)(?:,(?:star[345]|★[345]|[A-Z0-9]+(?:-[A-Z0-9]+)*))*$/u,
        'must be a comma-separated list of star3|star4|star5 and requirement ids'),
      v.maxLength(2000),
    ),
  ),
  /** Certifications expiring within this many days are flagged (default 90). */
  expiringDays: v.optional(v.pipe(v.string(), v.regex(/^\d{1,4}$/, 'must be a number of days'), v.transform(Number))),
});

export interface ChainNode {
  name: string;
  tier: number;
  profileId: string | null;
  /** False when the caller may not see this profile's details (only the declared name is shown). */
  visible: boolean;
  service?: string;
  dataHandled?: string[];
  metiLevel?: number | null;
  coverage?: { yes: number; partial: number; no: number; na: number; answered: number };
  certifications?: { expired: Certification[]; expiring: Certification[] };
  gaps: { kind: 'level' | 'requirement' | 'unregistered' | 'restricted' | 'cycle'; required?: string; actual?: string }[];
  children: ChainNode[];
}

export interface ApiError {
  error: { code: string; message: string; field?: string };
}
