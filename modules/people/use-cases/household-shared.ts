/** Messages for the household constraints a user can run into. */
export const HOUSEHOLD_CONFLICTS: Record<string, string> = {
  household_member_no_overlap: 'This person is already a member of the household in that period',
  household_one_head: 'The household already has a head in that period',
};
