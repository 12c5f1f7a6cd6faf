// Fixture of the INSEE "Évènements sur les communes" file, written by data/insee/ecrire.ts.
import type { Mouvement } from "../../data/insee/ecrire.ts";

/**
 * A small history, for year 2025:
 * - 01001 « Val-d'Été »: commune nouvelle created on 2024-01-01 from 01001 (chef-lieu) and 01002 (now déléguée);
 * - 02001: commune nouvelle created on 2017-01-01, enlarged (created again) on 2023-01-01, and again on 2026-01-01;
 * - 03001: created on 2025-03-01 (after 1 January 2025);
 * - 04001: created on 2025-01-01 (on 1 January 2025 itself);
 * - 05001: created on 2022-01-01 under code 05002, code changed to 05001 on 2024-01-01 (transfer of the chef-lieu);
 * - 06001: only renamed (MOD 10).
 */
export const HISTORIQUE: readonly Mouvement[] = [
  [32, "2024-01-01", "COM", "01001", "Valmont", "COM", "01001", "Val-d'Été"],
  [32, "2024-01-01", "COM", "01001", "Valmont", "COMD", "01001", "Valmont"],
  [32, "2024-01-01", "COM", "01002", "Étréchy", "COM", "01001", "Val-d'Été"],
  [32, "2024-01-01", "COM", "01002", "Étréchy", "COMD", "01002", "Étréchy"],
  [32, "2017-01-01", "COM", "02001", "Aube", "COM", "02001", "Aube-Nouvelle"],
  [32, "2017-01-01", "COM", "02002", "Bière", "COM", "02001", "Aube-Nouvelle"],
  [32, "2023-01-01", "COM", "02001", "Aube-Nouvelle", "COM", "02001", "Aube-Grande"],
  [32, "2023-01-01", "COM", "02003", "Côte", "COM", "02001", "Aube-Grande"],
  [32, "2026-01-01", "COM", "02001", "Aube-Grande", "COM", "02001", "Aube-Très-Grande"],
  [32, "2026-01-01", "COM", "02004", "Dôme", "COM", "02001", "Aube-Très-Grande"],
  [32, "2025-03-01", "COM", "03001", "Crête", "COM", "03001", "Crête-sur-Loire"],
  [32, "2025-03-01", "COM", "03002", "Loire", "COM", "03001", "Crête-sur-Loire"],
  [32, "2025-01-01", "COM", "04001", "Éze", "COM", "04001", "Éze-les-Bains"],
  [32, "2025-01-01", "COM", "04002", "Bains", "COM", "04001", "Éze-les-Bains"],
  [32, "2022-01-01", "COM", "05002", "Gap-Haut", "COM", "05002", "Gap-Réuni"],
  [32, "2022-01-01", "COM", "05001", "Gap-Bas", "COM", "05002", "Gap-Réuni"],
  [50, "2024-01-01", "COM", "05002", "Gap-Réuni", "COM", "05001", "Gap-Réuni"],
  [10, "2020-06-15", "COM", "06001", "Ancien-Nom", "COM", "06001", "Nouveau-Nom"],
];
