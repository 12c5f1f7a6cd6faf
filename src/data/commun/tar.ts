// A POSIX ustar archive of a few files, in memory: the site's single data loader (../site.tar.ts) builds every data
// file from one set of inputs and hands them to Framework as one archive, whose members the pages read as
// FileAttachment("data/site/<nom>").

const BLOC = 512;

/** Writes `valeur` as a NUL-terminated octal field of `taille` bytes at `debut`. */
function octal(entete: Uint8Array, debut: number, taille: number, valeur: number): void {
  const texte = valeur.toString(8).padStart(taille - 1, '0');
  if (texte.length > taille - 1) throw new Error(`Archive tar : valeur ${valeur} trop grande pour un champ de ${taille} octets.`);
  entete.set(new TextEncoder().encode(texte), debut);
}

function entete(nom: string, taille: number): Uint8Array {
  const octets = new TextEncoder().encode(nom);
  if (octets.length > 100) throw new Error(`Archive tar : nom de fichier trop long (« ${nom} », 100 octets au plus).`);
  const h = new Uint8Array(BLOC);
  h.set(octets, 0);
  octal(h, 100, 8, 0o644); // mode
  octal(h, 108, 8, 0); // uid
  octal(h, 116, 8, 0); // gid
  octal(h, 124, 12, taille);
  octal(h, 136, 12, 0); // mtime: fixed, so that the archive is deterministic
  h.fill(0x20, 148, 156); // checksum field counts as spaces while summing
  h[156] = 0x30; // type: regular file
  h.set(new TextEncoder().encode('ustar\u000000'), 257);
  let somme = 0;
  for (const b of h) somme += b;
  octal(h, 148, 7, somme);
  h[155] = 0x20;
  return h;
}

/** Bytes a member of `taille` bytes takes: its header block, then its content padded to whole blocks. */
const place = (taille: number) => BLOC + Math.ceil(taille / BLOC) * BLOC;

/** The archive of `fichiers` (name → bytes), members in the given order. */
export function archiveTar(fichiers: Readonly<Record<string, Uint8Array>>): Uint8Array {
  let total = 2 * BLOC; // end-of-archive marker
  for (const contenu of Object.values(fichiers)) total += place(contenu.length);
  const r = new Uint8Array(total);
  let position = 0;
  for (const [nom, contenu] of Object.entries(fichiers)) {
    r.set(entete(nom, contenu.length), position);
    r.set(contenu, position + BLOC);
    position += place(contenu.length);
  }
  return r;
}
