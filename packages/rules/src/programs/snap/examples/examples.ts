import type { ProgramExample } from '../../../engine/program.js';
export const SNAP_EXAMPLES: ProgramExample[] = [];
