/**
 * Google Docs, page main world, at document_start: asks Docs to render its annotated-canvas layer
 * (SVG rects carrying the text as aria-label) for this extension. The id is pinned by the manifest key.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';

declare const __CHROME_EXTENSION_ID__: string;

export default defineContentScript({
  matches: ['https://docs.google.com/document/*'],
  runAt: 'document_start',
  world: 'MAIN',
  include: ['chrome'],
  main() {
    (window as unknown as Record<string, unknown>)._docs_annotate_canvas_by_ext = __CHROME_EXTENSION_ID__;
  },
});
