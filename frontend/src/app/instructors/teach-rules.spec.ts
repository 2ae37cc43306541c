import { teachActions } from './teach-rules';

describe('what the applicant may do with their profile', () => {
  const profile = (status: string, more: { renewable?: boolean; changed?: boolean } = {}) =>
    ({
      status,
      renewable: more.renewable ?? false,
      hasUnsubmittedChanges: more.changed ?? false,
    }) as Parameters<typeof teachActions>[0];

  it('lets a draft be edited, submitted and withdrawn, but not renewed', () => {
    expect(teachActions(profile('draft'))).toEqual({
      edit: true,
      submit: true,
      withdraw: true,
      renew: false,
    });
  });

  it('freezes an application under review, which can still be withdrawn', () => {
    expect(teachActions(profile('submitted'))).toEqual({
      edit: false,
      submit: false,
      withdraw: true,
      renew: false,
    });
  });

  it('lets a returned application be corrected and submitted again', () => {
    expect(teachActions(profile('returned'))).toMatchObject({ edit: true, submit: true });
  });

  it('sends a registered profile back to review only when it was changed', () => {
    expect(teachActions(profile('registered')).submit).toBe(false);
    expect(teachActions(profile('registered', { changed: true })).submit).toBe(true);
  });

  it('offers renewal exactly when the API says the profile is renewable', () => {
    expect(teachActions(profile('registered', { renewable: true })).renew).toBe(true);
    expect(teachActions(profile('registered', { renewable: false })).renew).toBe(false);
  });

  it('keeps a suspended profile read-only and a withdrawn one from being withdrawn again', () => {
    expect(teachActions(profile('suspended'))).toMatchObject({ edit: false, submit: false });
    expect(teachActions(profile('withdrawn'))).toMatchObject({ withdraw: false, submit: true });
  });
});
