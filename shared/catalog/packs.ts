/**
 * Applies organisation requirement packs (shared/schemas/pack.ts) to the built-in catalog: the one
 * place where packs become a catalog, used by the CLI (--packs) and the extension alike.
 */
import { DOCUMENT_TYPES } from './schema.ts';
import { catalog, loadCatalog, type Catalog } from './index.ts';
import type { Pack } from '../schemas/pack.ts';

export function catalogWithPacks(packs: Pack[]): Catalog {
  const active = packs.filter((p) => p.active);
  if (active.length === 0) return catalog; // validated once when the module loaded
  const base = loadCatalog({
    requirements: active.flatMap((p) => p.requirements),
    disabled: active.flatMap((p) => p.disable),
    severity: Object.assign({}, ...active.map((p) => p.severity)),
  });
  // "enable" switches a requirement on wherever its applicability or document types would not.
  const enabled = new Set(active.flatMap((p) => p.enable));
  if (enabled.size === 0) return base;
  return {
    ...base,
    requirements: base.requirements.map((r) => enabled.has(r.id)
      ? { ...r, appliesWhen: ['always'], documents: { ...r.documents, should: [...DOCUMENT_TYPES] } }
      : r),
  };
}
