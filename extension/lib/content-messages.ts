/** What the background asks of a content script (Docs or page), dispatched in one place for both surfaces. */
import { browser } from 'wxt/browser';
import type { PageReport, ToContent } from './protocol';

export interface ContentHandlers {
  /** A check asked for by the toolbar button or the panel. */
  run(): void;
  /** Scroll to a finding and flash it; false when it is not on screen. */
  reveal(findingId: string, span: number): boolean;
  /** Early highlights from the first part of a long document, for run `runId`. */
  early(runId: number, report: PageReport): void;
}

export function listenToBackground(h: ContentHandlers): void {
  browser.runtime.onMessage.addListener((raw, _sender, sendResponse) => {
    const msg = raw as ToContent;
    if (msg.type === 'run-check') { h.run(); sendResponse(true); }
    else if (msg.type === 'reveal') sendResponse(h.reveal(msg.findingId, msg.span));
    else if (msg.type === 'ping') sendResponse(true);
    else if (msg.type === 'partial') h.early(msg.runId, msg.report);
    return false;
  });
}

/**
 * Early results are shown only for the run in flight, before its full result (or a newer run's) has
 * arrived, and while nothing is on screen yet.
 */
export function wantsEarly(earlyRun: number, currentRun: number, finalRun: number, shown: PageReport | null): boolean {
  return earlyRun === currentRun && finalRun !== currentRun && (!shown || !shown.findings.length);
}
