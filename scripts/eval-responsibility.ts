/** Span precision / recall for vague, unassigned and agree-later findings, and party roles (issue 3). */
export function evaluateResponsibility(_corpusDir: string): void {
  console.log('\n== ja: responsibility spans — not measured yet (responsibility analysis not implemented) ==');
}
