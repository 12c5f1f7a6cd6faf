// The DSR parameters, read by every DSR formula.
import type { Contexte } from '../simulation/variables.ts';

export const parametresDsr = (c: Contexte) => c.p.dotation_solidarite_rurale;
