// Builds a small valid XLSX workbook (one sheet, inline strings, numbers) for the reader's tests:
// a ZIP archive with stored (uncompressed) entries and the five parts Excel needs.
import { crc32 } from "node:zlib";

function zip(fichiers: Record<string, string>): Uint8Array {
  const enc = new TextEncoder();
  const locaux: Uint8Array[] = [];
  const centraux: Uint8Array[] = [];
  let offset = 0;
  for (const [nom, texte] of Object.entries(fichiers)) {
    const n = enc.encode(nom);
    const d = enc.encode(texte);
    const crc = crc32(d) >>> 0;
    const l = new DataView(new ArrayBuffer(30));
    l.setUint32(0, 0x04034b50, true); l.setUint16(4, 20, true); l.setUint32(14, crc, true);
    l.setUint32(18, d.length, true); l.setUint32(22, d.length, true); l.setUint16(26, n.length, true);
    const c = new DataView(new ArrayBuffer(46));
    c.setUint32(0, 0x02014b50, true); c.setUint16(4, 20, true); c.setUint16(6, 20, true); c.setUint32(16, crc, true);
    c.setUint32(20, d.length, true); c.setUint32(24, d.length, true); c.setUint16(28, n.length, true); c.setUint32(42, offset, true);
    locaux.push(new Uint8Array(l.buffer), n, d);
    centraux.push(new Uint8Array(c.buffer), n);
    offset += 30 + n.length + d.length;
  }
  const tailleCd = centraux.reduce((s, x) => s + x.length, 0);
  const e = new DataView(new ArrayBuffer(22));
  const nb = Object.keys(fichiers).length;
  e.setUint32(0, 0x06054b50, true); e.setUint16(8, nb, true); e.setUint16(10, nb, true); e.setUint32(12, tailleCd, true); e.setUint32(16, offset, true);
  const parts = [...locaux, ...centraux, new Uint8Array(e.buffer)];
  const out = new Uint8Array(parts.reduce((s, x) => s + x.length, 0));
  let p = 0;
  for (const x of parts) out.set(x, p), (p += x.length);
  return out;
}

const echapper = (t: string) => t.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");

function colonne(j: number): string {
  let s = "";
  for (let k = j + 1; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

/** One sheet; numbers become numeric cells, strings inline strings, null an absent cell. */
export function classeurXlsx(lignes: (string | number | null)[][]): Uint8Array {
  const donnees = lignes
    .map((l, i) => `<row r="${i + 1}">${l.map((v, j) => {
      const ref = `${colonne(j)}${i + 1}`;
      if (v === null) return "";
      return typeof v === "number" ? `<c r="${ref}"><v>${v}</v></c>` : `<c r="${ref}" t="inlineStr"><is><t>${echapper(v)}</t></is></c>`;
    }).join("")}</row>`)
    .join("");
  return zip({
    "[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    "_rels/.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Communes" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    "xl/worksheets/sheet1.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${donnees}</sheetData></worksheet>`,
  });
}
