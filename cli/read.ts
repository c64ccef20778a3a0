/** Reads a file into analysable text, by extension; every failure is an ExtractError with a reason. */
import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { docxToText } from '../shared/extract/docx.ts';
import { ExtractError } from '../shared/extract/errors.ts';
import { htmlToText } from '../shared/extract/html.ts';
import { pdfDocumentToText } from '../shared/extract/pdf.ts';

export const SUPPORTED = ['.txt', '.md', '.markdown', '.html', '.htm', '.docx', '.pdf'];
/** Larger inputs are refused rather than analysed slowly: no outsourcing document comes near it. */
export const MAX_BYTES = 20 * 1024 * 1024;

export async function readDocument(path: string): Promise<string> {
  const ext = extname(path).toLowerCase();
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new ExtractError('no such file');
  }
  if (info.isDirectory()) throw new ExtractError('is a directory, not a document');
  if (!SUPPORTED.includes(ext)) {
    throw new ExtractError(`unsupported file type "${ext || '(none)'}" (supported: ${SUPPORTED.join(' ')})`);
  }
  if (info.size > MAX_BYTES) {
    throw new ExtractError(`file too large (${(info.size / 1048576).toFixed(1)} MB; the limit is ${MAX_BYTES / 1048576} MB)`);
  }
  const bytes = new Uint8Array(await readFile(path));
  let text: string;
  if (ext === '.docx') text = (await docxToText(bytes)).text;
  else if (ext === '.pdf') text = await pdfToText(bytes);
  else {
    const decoded = decodeText(bytes);
    text = ext === '.html' || ext === '.htm' ? htmlToText(decoded) : decoded;
  }
  if (text.trim().length === 0) throw new ExtractError('the document is empty');
  return text;
}

/** UTF-8 (with or without BOM), UTF-16 with BOM, or Shift_JIS — still common for Japanese files. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  if (looksBinary(bytes)) throw new ExtractError('not a text file (binary content)');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    try {
      return new TextDecoder('shift_jis', { fatal: true }).decode(bytes);
    } catch {
      throw new ExtractError('unknown text encoding (neither UTF-8 nor Shift_JIS)');
    }
  }
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  return control > sample.length * 0.1;
}

const require = createRequire(import.meta.url);

async function pdfToText(bytes: Uint8Array): Promise<string> {
  if (String.fromCharCode(...bytes.subarray(0, 5)) !== '%PDF-') throw new ExtractError('not a valid PDF file');
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const root = dirname(require.resolve('pdfjs-dist/package.json'));
  let doc;
  try {
    doc = await pdfjs.getDocument({
      data: bytes,
      cMapUrl: pathToFileURL(join(root, 'cmaps')).pathname + '/',
      cMapPacked: true,
      standardFontDataUrl: pathToFileURL(join(root, 'standard_fonts')).pathname + '/',
      useSystemFonts: false,
      disableFontFace: true,
      verbosity: 0,
    }).promise;
  } catch (error) {
    if (error instanceof Error && error.name === 'PasswordException') throw new ExtractError('password-protected PDF: open a copy without the password');
    throw new ExtractError(`corrupt PDF (${error instanceof Error ? error.message : String(error)})`);
  }
  try {
    return (await pdfDocumentToText(doc)).text;
  } finally {
    await doc.destroy();
  }
}
