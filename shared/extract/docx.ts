/** .docx → text through mammoth's HTML (keeps headings, lists and table rows), list numbers written into the text. */
import mammoth from 'mammoth';
import { htmlToText } from './html.ts';
import { ExtractError } from './errors.ts';
import { withNumbersInText } from './docx-numbering.ts';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

export async function docxToText(data: ArrayBuffer | Uint8Array): Promise<{ text: string; html: string }> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (!ZIP_MAGIC.every((b, i) => bytes[i] === b)) {
    throw new ExtractError('not a valid .docx file (it is not a ZIP archive)');
  }
  let html: string;
  try {
    const numbered = await withNumbersInText(bytes);
    const input = typeof Buffer !== 'undefined'
      ? { buffer: Buffer.from(numbered.buffer, numbered.byteOffset, numbered.byteLength) }
      : { arrayBuffer: numbered.buffer.slice(numbered.byteOffset, numbered.byteOffset + numbered.byteLength) as ArrayBuffer };
    html = (await mammoth.convertToHtml(input as { buffer: Buffer })).value;
  } catch (error) {
    throw new ExtractError(`corrupt .docx file (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
  }
  return { text: htmlToText(html), html };
}
