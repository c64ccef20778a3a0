/** One requirement's result, and one sufficiency test's result, the text analysed on its own (shared by the sufficiency and held-out round test files). */
import { analyze } from '../../shared/engine/analyze.ts';

/** The whole result of requirement `id` (status, applicability, tests, evidence). */
export const requirementOf = (text: string, id: string) => analyze(text).requirements.find((r) => r.id === id)!;

export const statusOf = (id: string, text: string) => requirementOf(text, id).status;

export const testOf = (id: string, testId: string, text: string): { found: boolean; met: boolean } => {
  const t = requirementOf(text, id).tests.find((x) => x.id === testId)!;
  return { found: t.found, met: t.met };
};

/** Whether test `testId` of requirement `id` is met. */
export const metOf = (text: string, id: string, testId: string) => testOf(id, testId, text).met;
