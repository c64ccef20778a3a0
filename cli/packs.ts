/** --packs FILE: an organisation's requirement pack(s), the same schema as the worker's /api/v1/packs. */
import { readFile } from 'node:fs/promises';
import * as v from 'valibot';
import type { Catalog } from '../shared/catalog/index.ts';
import { catalogWithPacks } from '../shared/catalog/packs.ts';
import { Pack } from '../shared/schemas/pack.ts';
import { ExtractError } from '../shared/extract/errors.ts';

export async function loadPacks(paths: string[]): Promise<Catalog> {
  const packs: Pack[] = [];
  for (const path of paths) {
    let json: unknown;
    try {
      json = JSON.parse(await readFile(path, 'utf8'));
    } catch (error) {
      throw new ExtractError(`${path}: cannot read requirement pack (${(error as Error).message})`);
    }
    // A file holds one pack or a list of packs; each is validated on its own so errors name the field.
    const items = Array.isArray(json) ? json : [json];
    items.forEach((item, i) => {
      const parsed = v.safeParse(Pack, item);
      if (parsed.success) return void packs.push(parsed.output);
      const issue = parsed.issues[0];
      const field = [Array.isArray(json) ? String(i) : '', v.getDotPath(issue) ?? ''].filter(Boolean).join('.') || '(root)';
      throw new ExtractError(`${path}: invalid requirement pack: ${field}: ${issue.message}`);
    });
  }
  return catalogWithPacks(packs);
}
