import type { InstructorProfile } from '../api/api-types';

type Status = InstructorProfile['status'];

/**
 * What the applicant may do with their profile in each status: the UI's reading of the API's
 * transition table (the API and the database enforce it; this only decides which buttons show).
 */
export interface TeachActions {
  edit: boolean;
  submit: boolean;
  withdraw: boolean;
  renew: boolean;
}

export function teachActions(
  profile: Pick<InstructorProfile, 'status' | 'renewable' | 'hasUnsubmittedChanges'>,
): TeachActions {
  const status: Status = profile.status;
  const edit = !['submitted', 'suspended'].includes(status);
  return {
    edit,
    // A registered profile goes back to review only when it was changed.
    submit:
      status === 'registered'
        ? profile.hasUnsubmittedChanges
        : ['draft', 'returned', 'declined', 'withdrawn', 'expired'].includes(status),
    withdraw: status !== 'withdrawn',
    renew: profile.renewable,
  };
}
