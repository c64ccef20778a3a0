export { analyze, analyzeDetailed, type AnalyzeOptions } from './engine/analyze.ts';
export { catalog, loadCatalog, type Catalog } from './catalog/index.ts';
export type { Report, Finding, RequirementResult } from './schemas/report.ts';
