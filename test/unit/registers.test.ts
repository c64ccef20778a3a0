/**
 * Registers: a table listing entries under a party word in its first column ("| Subprocessor | Purpose | Country |")
 * reads its rows with the header like any table, and a published list of sub-processors is a statement about
 * subcontracting.
 */
import { describe, expect, it } from 'vitest';
import { requirementOf, statusOf } from './test-result.ts';

const tests = (text: string, id: string) =>
  Object.fromEntries(requirementOf(text, id).tests.map((t) => [t.id, t.found]));

describe('a register of subprocessors (the party names only the first column)', () => {
  const register = [
    '## Annex 3 — Approved Subprocessors',
    '',
    '| Subprocessor | Purpose | Country |',
    '|---|---|---|',
    '| Nimbus Hosting SA | Primary data hosting | Netherlands |',
    '| Relay Mail AB | Notification emails | Sweden |',
  ].join('\n');

  it('reads each row with its header, so the countries are processing locations', () => {
    expect(statusOf('DATA-LOCATION', register)).not.toBe('missing');
    expect(tests(register, 'DATA-LOCATION')['locations-listed']).toBe(true);
  });

  it('still reads a matrix of parties cell by cell (no country under a party column becomes a location)', () => {
    const matrix = [
      '| Task | Supplier | Customer |',
      '|---|---|---|',
      '| Password resets | Performs | Approves |',
      '| Firewall rule changes | Implements | Requests |',
    ].join('\n');
    expect(statusOf('DATA-LOCATION', matrix)).toBe('missing');
  });
});

describe('a published list of sub-processors is a statement about subcontracting', () => {
  it('addresses SUBCONTRACT-APPROVAL', () => {
    const text = 'Third parties. The full list of our current subprocessors is published on our legal page and updated from time to time.';
    expect(statusOf('SUBCONTRACT-APPROVAL', text)).not.toBe('missing');
  });
});
