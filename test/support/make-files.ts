/** Test documents generated on the fly: a minimal .docx (jszip) and text PDFs (pdf-lib), for unit and end-to-end tests. */
import JSZip from 'jszip';
import { PDFDocument, PDFHexString, StandardFonts } from 'pdf-lib';

const xmlEsc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

type DocxBlock =
  | { p: string; bold?: boolean; style?: string; list?: { numId: number; level: number } }
  | { table: string[][] };

/**
 * A minimal WordprocessingML package: paragraphs (optionally styled or in a numbered list) and tables. With
 * `numbering` (the content of w:numbering) and `styles` (the content of w:styles) it carries those parts too.
 */
export async function makeDocx(blocks: DocxBlock[], parts: { numbering?: string; styles?: string } = {}): Promise<Buffer> {
  const para = (b: { p: string; bold?: boolean; style?: string; list?: { numId: number; level: number } }) => {
    const props = (b.style ? `<w:pStyle w:val="${b.style}"/>` : '') + (b.list ? `<w:numPr><w:ilvl w:val="${b.list.level}"/><w:numId w:val="${b.list.numId}"/></w:numPr>` : '');
    return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}<w:r>${b.bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${xmlEsc(b.p)}</w:t></w:r></w:p>`;
  };
  const body = blocks.map((b) => ('p' in b ? para(b)
    : `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>${b.table.map((row) => `<w:tr>${row.map((c) => `<w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/></w:tcPr>${para({ p: c })}</w:tc>`).join('')}</w:tr>`).join('')}</w:tbl>`)).join('');
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`);
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}</w:body></w:document>`);
  const rels: string[] = [];
  if (parts.numbering !== undefined) {
    zip.file('word/numbering.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering ${W}>${parts.numbering}</w:numbering>`);
    rels.push(`<Relationship Id="rId2" Type="${REL}/numbering" Target="numbering.xml"/>`);
  }
  if (parts.styles !== undefined) {
    zip.file('word/styles.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${W}>${parts.styles}</w:styles>`);
    rels.push(`<Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/>`);
  }
  if (rels.length) zip.file('word/_rels/document.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** A text PDF (Helvetica, so English) with one line per string; wraps long lines. */
export async function makePdf(lines: string[]): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  let page = pdf.addPage([595, 842]);
  let y = 790;
  for (const line of lines) {
    const words = line.split(' ');
    let current = '';
    const flush = () => {
      if (y < 60) { page = pdf.addPage([595, 842]); y = 790; }
      page.drawText(current, { x: 56, y, size: 11, font });
      y -= 17;
      current = '';
    };
    for (const w of words) {
      if (font.widthOfTextAtSize(`${current} ${w}`, 11) > 480 && current) flush();
      current = current ? `${current} ${w}` : w;
    }
    if (current) flush();
    y -= 8;
  }
  return Buffer.from(await pdf.save());
}


/**
 * A PDF that asks for a password: the trailer names the standard security handler with an owner and user key that
 * no empty password opens (pdf-lib cannot encrypt, but a reader gives up at the password check, before any content).
 */
export async function makePasswordPdf(): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  pdf.addPage([595, 842]);
  const { context } = pdf;
  context.trailerInfo.Encrypt = context.register(context.obj({
    Filter: 'Standard', V: 1, R: 2, O: PDFHexString.of('11'.repeat(32)), U: PDFHexString.of('22'.repeat(32)), P: -44,
  }));
  const id = PDFHexString.of('ab'.repeat(16));
  context.trailerInfo.ID = context.obj([id, id]);
  return Buffer.from(await pdf.save({ useObjectStreams: false }));
}
