/**
 * Modality of a sentence from its markers (shared concepts @obligation, @prohibition, …).
 * A sentence with several markers takes the weakest binding force that qualifies the duty:
 * "努めるものとする" is effort, not obligation; "協議の上定める" is agree-later.
 */
import type { MODALITIES } from '../catalog/schema.ts';
import type { ConceptIds } from './concept-sets.ts';

export type Modality = (typeof MODALITIES)[number];

/**
 * Checked in order; the first marker present decides. A statement marker comes first: a sentence that states an
 * aim (「…を確保することを目的とする。」) binds no one, whatever duty words it names.
 */
export const MODALITY_PRIORITY: readonly Modality[] = ['statement', 'prohibition', 'effort', 'agree-later', 'obligation', 'permission'];

export function modalityOf(concepts: ConceptIds, markerIds: ReadonlyMap<Modality, number>): Modality {
  for (const modality of MODALITY_PRIORITY) {
    const id = markerIds.get(modality);
    if (id !== undefined && concepts.has(id)) return modality;
  }
  return 'statement';
}
