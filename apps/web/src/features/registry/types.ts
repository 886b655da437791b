import type { PersonSummary } from '../../api/types';

/** Shapes of the registry API (modules/people/http/registry.schema.ts). */
export interface FieldComparison {
  field: string;
  level: string;
  weight: number;
  explanation: string;
}

export interface PairView {
  id: string;
  personAId: string;
  personBId: string;
  probability: number;
  matchWeight: number;
  status: 'pending' | 'same' | 'not_same' | 'merged';
  a: PersonSummary;
  b: PersonSummary;
  explanation: FieldComparison[];
}

export type MergeField = 'name' | 'dob' | 'ssn' | 'sex' | 'preferredLanguage';
export const MERGE_FIELDS: MergeField[] = ['name', 'dob', 'ssn', 'sex', 'preferredLanguage'];

export interface MergeSummary {
  id: string;
  survivorId: string;
  mergedId: string;
  reason: string;
  chosen: Record<MergeField, 'survivor' | 'merged'>;
  status: 'active' | 'undone';
  mergedAt: string;
  unmergedAt: string | null;
  moved: Record<string, number>;
}
