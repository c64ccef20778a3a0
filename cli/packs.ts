/** --packs FILE: an organisation's requirement pack (same schema as the worker's /api/v1/packs). */
import { readFile } from 'node:fs/promises';
import { loadCatalog, type Catalog } from '../shared/catalog/index.ts';
import { ExtractError } from '../shared/extract/errors.ts';

interface PackFile { disabled?: string[]; severity?: Record<string, 'high' | 'medium' | 'low'>; requirements?: unknown[] }

export async function loadPacks(paths: string[]): Promise<Catalog> {
  const merged: Required<PackFile> = { disabled: [], severity: {}, requirements: [] };
  for (const path of paths) {
    let pack: PackFile;
    try {
      pack = JSON.parse(await readFile(path, 'utf8')) as PackFile;
    } catch (error) {
      throw new ExtractError(`${path}: cannot read requirement pack (${(error as Error).message})`);
    }
    merged.disabled.push(...(pack.disabled ?? []));
    Object.assign(merged.severity, pack.severity ?? {});
    merged.requirements.push(...(pack.requirements ?? []));
  }
  return loadCatalog(merged);
}
