import type { PrincipalBase } from '@hearth/platform';

/** The signed-in staff member as every module sees them. */
export interface Principal extends PrincipalBase {
  userId: string;
  username: string;
  displayName: string;
  roleCode: string;
  roleName: string;
  level: number | null;
  /** Level I: finalizing actions go to review. */
  decisionsReviewed: boolean;
  permissions: ReadonlySet<string>;
  /** Units the user works in. */
  unitIds: string[];
  /** Units the user leads or supervises (their scope as lead or supervisor). */
  leadUnitIds: string[];
  supervisorUnitIds: string[];
  /** Programs a program manager oversees. */
  programCodes: string[];
  /** Auditors see everything and change nothing. */
  seesEverything: boolean;
  sessionId: string | null;
  preferredLanguage: 'en' | 'es';
}
