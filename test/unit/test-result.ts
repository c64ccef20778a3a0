/** One requirement's status, and one sufficiency test's result, the text analysed on its own (shared by the sufficiency test files). */
import { analyze } from '../../shared/engine/analyze.ts';

export const statusOf = (id: string, text: string) => analyze(text).requirements.find((r) => r.id === id)!.status;

export const testOf = (id: string, testId: string, text: string): { found: boolean; met: boolean } => {
  const r = analyze(text).requirements.find((x) => x.id === id)!;
  const t = r.tests.find((x) => x.id === testId)!;
  return { found: t.found, met: t.met };
};
