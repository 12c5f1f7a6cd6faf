// Bytes → text: UTF-8 (with or without BOM) or, when the bytes are not valid UTF-8, Windows-1252 (a superset of
// Latin-1 for printable characters, which is what French Excel exports use).

export type Encodage = "utf-8" | "windows-1252";

export function decoderTexte(octets: Uint8Array): { texte: string; encodage: Encodage; bom: boolean } {
  const bom = octets.length >= 3 && octets[0] === 0xef && octets[1] === 0xbb && octets[2] === 0xbf;
  const corps = bom ? octets.subarray(3) : octets;
  try {
    return { texte: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(corps), encodage: "utf-8", bom };
  } catch {
    return { texte: new TextDecoder("windows-1252").decode(corps), encodage: "windows-1252", bom };
  }
}

/** True when the bytes start like a ZIP archive (an XLSX workbook), whatever the file extension says. */
export function estClasseurXlsx(octets: Uint8Array): boolean {
  return octets.length >= 4 && octets[0] === 0x50 && octets[1] === 0x4b && octets[2] === 0x03 && octets[3] === 0x04;
}
