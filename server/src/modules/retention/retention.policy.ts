import type { PersonCategory } from '@htwb/graph'

/**
 * Time limits per data-subject category (LED 2016/680 Art. 5: erasure or periodic review).
 * - reviewYears: while any of the person's cases is open or referred, the need to keep the
 *   record is reviewed this often (from recording, then from the last review);
 * - eraseAfterClosureYears: once all their cases are closed, counted from the last closure;
 * - eraseWithoutCaseYears: for records in no case, counted from recording.
 * These are defaults for the demo. A directorate sets them from its national law with its
 * data-protection officer; docs/retention.md says where each figure comes from.
 */
export interface RetentionRule {
  reviewYears: number
  eraseAfterClosureYears: number
  eraseWithoutCaseYears: number
}

export const RETENTION_POLICY: Record<PersonCategory, RetentionRule> = {
  SUSPECT: { reviewYears: 3, eraseAfterClosureYears: 10, eraseWithoutCaseYears: 3 },
  CONVICTED: { reviewYears: 5, eraseAfterClosureYears: 20, eraseWithoutCaseYears: 5 },
  VICTIM: { reviewYears: 3, eraseAfterClosureYears: 5, eraseWithoutCaseYears: 2 },
  POTENTIAL_VICTIM: { reviewYears: 1, eraseAfterClosureYears: 3, eraseWithoutCaseYears: 1 },
  WITNESS: { reviewYears: 3, eraseAfterClosureYears: 5, eraseWithoutCaseYears: 2 },
  INFORMANT: { reviewYears: 3, eraseAfterClosureYears: 10, eraseWithoutCaseYears: 3 },
  CONTACT: { reviewYears: 1, eraseAfterClosureYears: 3, eraseWithoutCaseYears: 1 },
}
