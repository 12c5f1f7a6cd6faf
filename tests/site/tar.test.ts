// The site's data archive (src/data/commun/tar.ts) is read by Framework's extractor; checked here against GNU tar.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { archiveTar } from '../../src/data/commun/tar.ts';

describe('archive tar des données du site', () => {
  it('GNU tar relit chaque membre à l’octet près (tailles 0, 1, 512 et 513 octets)', () => {
    const dossier = mkdtempSync(join(tmpdir(), 'dotations-tar-'));
    try {
      const fichiers: Record<string, Uint8Array> = {
        'vide.bin': new Uint8Array(0),
        'un.bin': Uint8Array.of(7),
        'bloc.arrow': new Uint8Array(512).map((_, i) => i % 251),
        'bloc-plus-un.arrow': new Uint8Array(513).map((_, i) => (i * 7) % 256),
      };
      const archive = archiveTar(fichiers);
      expect(archive.length % 512).toBe(0);
      writeFileSync(join(dossier, 'a.tar'), archive);
      expect(execFileSync('tar', ['-tf', 'a.tar'], { cwd: dossier, encoding: 'utf-8' }).trim().split('\n')).toEqual(Object.keys(fichiers));
      execFileSync('tar', ['-xf', 'a.tar'], { cwd: dossier });
      for (const [nom, contenu] of Object.entries(fichiers)) expect(new Uint8Array(readFileSync(join(dossier, nom)))).toEqual(contenu);
      // Deterministic: same files, same bytes.
      expect(archiveTar(fichiers)).toEqual(archive);
    } finally {
      rmSync(dossier, { recursive: true, force: true });
    }
  });
  it('refuse un nom de plus de 100 octets', () => {
    expect(() => archiveTar({ ['x'.repeat(101)]: new Uint8Array(1) })).toThrow(/nom de fichier trop long/);
  });
});
