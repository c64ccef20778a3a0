/** The analysis report: what the engine returns and what crosses every boundary (CLI JSON, extension). */
import * as v from 'valibot';
import { LANGS, MODALITIES, PARTY_ROLES, SEVERITIES, STAGES, DOCUMENT_TYPES, REFERENCE_STATUS } from '../catalog/schema.ts';

export const Span = v.object({ start: v.number(), end: v.number() });
export const Evidence = v.object({ start: v.number(), end: v.number(), text: v.string() });
export const Localized = v.object({ ja: v.string(), en: v.string() });

export const TestResult = v.object({ id: v.string(), core: v.boolean(), found: v.boolean(), met: v.boolean() });

export const RequirementResult = v.object({
  id: v.string(),
  title: Localized,
  stage: v.picklist(STAGES),
  status: v.picklist(['sufficient', 'insufficient', 'missing']),
  applicable: v.boolean(),
  tests: v.array(TestResult),
  evidence: v.array(Evidence),
});

export const FINDING_KINDS = ['missing', 'insufficient', 'vague', 'unassigned', 'agree-later', 'conflict', 'liability'] as const;

export const Finding = v.object({
  id: v.string(),
  kind: v.picklist(FINDING_KINDS),
  severity: v.picklist(SEVERITIES),
  requirement: v.nullable(v.string()),
  stage: v.nullable(v.picklist(STAGES)),
  message: Localized,
  why: Localized,
  spans: v.array(Span),
  references: v.array(v.object({ src: v.string(), loc: v.string(), status: v.picklist(REFERENCE_STATUS) })),
  /** Suggested wording: a model clause (missing/insufficient) or a precise alternative (vague…). */
  suggestion: v.nullable(Localized),
});

export const Party = v.object({
  label: v.string(),
  role: v.picklist([...PARTY_ROLES, 'other']),
  names: v.array(v.string()),
});

export const Context = v.object({
  personalData: v.boolean(),
  tradeSecrets: v.boolean(),
  cloud: v.boolean(),
  criticalFunctions: v.boolean(),
  softwareDevelopment: v.boolean(),
  publicSector: v.boolean(),
  subcontracting: v.picklist(['allowed', 'prohibited', 'silent']),
});

export const Obligation = v.object({
  start: v.number(),
  end: v.number(),
  modality: v.picklist(MODALITIES),
  actor: v.nullable(v.string()),
  role: v.nullable(v.picklist([...PARTY_ROLES, 'other'])),
  /** The actor comes from a lead sentence (「受注者は、次の事項を実施すること。」) or a duty heading. */
  inherited: v.boolean(),
  requirements: v.array(v.string()),
});

export const CELL_VALUES = ['must', 'may', 'prohibited', 'agree-later', 'nobody'] as const;
const Role = v.picklist([...PARTY_ROLES, 'other']);

/** One cell of the responsibility matrix: what a party must / may / must not do for a requirement. */
export const ResponsibilityCell = v.object({
  party: v.string(),
  role: Role,
  value: v.picklist(CELL_VALUES),
  /** Only effort wording (努める, reasonable efforts) backs this "must". */
  effortOnly: v.boolean(),
  /** The sentences that give the party this responsibility (original offsets) and their 1-based lines. */
  spans: v.array(Span),
  lines: v.array(v.number()),
});

/** Requirement × party matrix; `assigned` is false when no party must, must not or may do anything for the requirement. */
export const ResponsibilityRow = v.object({
  requirement: v.string(),
  title: Localized,
  status: v.picklist(['sufficient', 'insufficient', 'missing']),
  assigned: v.boolean(),
  cells: v.array(ResponsibilityCell),
  /** Duties of this requirement with no actor anywhere. */
  unassigned: v.array(Span),
  agreeLater: v.array(Span),
});

export const Responsibility = v.object({
  parties: v.array(v.object({ label: v.string(), role: Role })),
  rows: v.array(ResponsibilityRow),
});

/** Who is liable for what: the cap, its carve-outs, who pays for incident response. */
export const LiabilitySummary = v.object({
  cap: v.object({ present: v.boolean(), text: v.nullable(v.string()), spans: v.array(Span) }),
  carveOuts: v.object({
    dataBreach: v.boolean(),
    confidentiality: v.boolean(),
    subcontractorActs: v.boolean(),
    intentOrGrossNegligence: v.boolean(),
    spans: v.array(Span),
  }),
  incidentCosts: v.object({ bearer: v.nullable(v.string()), role: v.nullable(Role), spans: v.array(Span) }),
  disclaimers: v.array(Span),
  /** A cap applies and nothing carves data-breach damages out of it. */
  capCoversDataBreach: v.boolean(),
});

export const Report = v.object({
  language: v.picklist([...LANGS, 'mixed']),
  documentType: v.picklist(DOCUMENT_TYPES),
  title: v.string(),
  context: Context,
  parties: v.array(Party),
  requirements: v.array(RequirementResult),
  findings: v.array(Finding),
  obligations: v.array(Obligation),
  responsibility: Responsibility,
  liability: LiabilitySummary,
  coverage: v.object({
    byStage: v.record(v.string(), v.object({ total: v.number(), sufficient: v.number(), insufficient: v.number(), missing: v.number() })),
    incidentCausesUnaddressed: v.array(v.string()),
  }),
  stats: v.object({ characters: v.number(), sentences: v.number(), sections: v.number(), millis: v.number() }),
});

export type Span = v.InferOutput<typeof Span>;
export type Evidence = v.InferOutput<typeof Evidence>;
export type Finding = v.InferOutput<typeof Finding>;
export type RequirementResult = v.InferOutput<typeof RequirementResult>;
export type Party = v.InferOutput<typeof Party>;
export type Context = v.InferOutput<typeof Context>;
export type Obligation = v.InferOutput<typeof Obligation>;
export type Report = v.InferOutput<typeof Report>;
export type Responsibility = v.InferOutput<typeof Responsibility>;
export type ResponsibilityRow = v.InferOutput<typeof ResponsibilityRow>;
export type ResponsibilityCell = v.InferOutput<typeof ResponsibilityCell>;
export type LiabilitySummary = v.InferOutput<typeof LiabilitySummary>;
