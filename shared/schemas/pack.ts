/**
 * Requirement packs: an organisation's house rules as data. A pack switches catalog requirements
 * on or off, overrides severities, and adds the organisation's own requirements, which are validated
 * with the very schema of the built-in catalog (so a bad rule is rejected naming the field).
 * Used by the worker (`/api/v1/packs`), the CLI (`--packs FILE`) and the extension.
 */
import * as v from 'valibot';
import { Requirement, SEVERITIES } from '../catalog/schema.ts';

export const RequirementId = v.pipe(
  v.string(),
  v.regex(/^[A-Z0-9]+(?:-[A-Z0-9]+)*$/, 'must be an UPPER-KEBAB-CASE requirement id'),
  v.maxLength(80),
);

const unique = <T>(key: (item: T) => string, message: string) =>
  v.checkItems<T[], string>((item, index, all) => all.findIndex((other) => key(other) === key(item)) === index, message);

export const Pack = v.strictObject({
  name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200)),
  description: v.optional(v.pipe(v.string(), v.maxLength(2000)), ''),
  /** A disabled pack is stored but not applied. */
  active: v.optional(v.boolean(), true),
  /** Catalog requirements to switch on even where their applicability would not. */
  enable: v.optional(v.pipe(v.array(RequirementId), unique<string>((id) => id, 'duplicate requirement id')), []),
  /** Catalog requirements to switch off. */
  disable: v.optional(v.pipe(v.array(RequirementId), unique<string>((id) => id, 'duplicate requirement id')), []),
  /** Severity per requirement id (catalog or own). */
  severity: v.optional(v.record(RequirementId, v.picklist(SEVERITIES)), {}),
  /** The organisation's own requirements, in the catalog format. */
  requirements: v.optional(
    v.pipe(v.array(Requirement), unique<v.InferOutput<typeof Requirement>>((r) => r.id, 'duplicate requirement id')),
    [],
  ),
});

export type Pack = v.InferOutput<typeof Pack>;
export type PackInput = v.InferInput<typeof Pack>;

/** A pack file for the CLI: one pack or a list of packs. */
export const PackFile = v.union([Pack, v.array(Pack)]);

/** Validates a pack; returns the issues' dot paths with messages when invalid. */
export function parsePack(input: unknown): { ok: true; pack: Pack } | { ok: false; errors: { field: string; message: string }[] } {
  const result = v.safeParse(Pack, input);
  if (result.success) return { ok: true, pack: result.output };
  return {
    ok: false,
    errors: result.issues.map((issue) => ({ field: v.getDotPath(issue) ?? '(root)', message: issue.message })),
  };
}
