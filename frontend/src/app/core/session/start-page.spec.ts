import { afterLogInUrl, isSameSitePath, startPage } from './start-page';

describe('startPage', () => {
  it.each([
    [['citizen'], '/'],
    [['organiser'], '/organiser'],
    [['citizen', 'organiser'], '/organiser'],
    [['citizen', 'facility_staff'], '/staff/today'],
    [['citizen', 'instructor'], '/rosters'],
    [['citizen', 'instructor_reviewer'], '/review/instructors'],
    [['citizen', 'city_admin'], '/admin'],
    [[], '/'],
  ] as const)('sends %j to %s', (roles, path) => {
    expect(startPage(roles)).toBe(path);
  });

  it('picks the broadest duty for people with several roles', () => {
    expect(startPage(['instructor', 'organiser'])).toBe('/organiser');
    expect(startPage(['organiser', 'facility_staff'])).toBe('/staff/today');
    expect(startPage(['facility_staff', 'instructor_reviewer'])).toBe('/review/instructors');
    expect(startPage(['instructor_reviewer', 'city_admin', 'organiser'])).toBe('/admin');
  });
});

describe('afterLogInUrl', () => {
  it('returns to the page that sent the person to log in', () => {
    expect(afterLogInUrl(['city_admin'], '/courses/42')).toBe('/courses/42');
    expect(afterLogInUrl(['citizen'], '/organiser/courses/1?tab=2#x')).toBe(
      '/organiser/courses/1?tab=2#x',
    );
    expect(afterLogInUrl(['organiser'], '/')).toBe('/');
  });

  it('goes to the start page without a return address', () => {
    expect(afterLogInUrl(['citizen', 'organiser'])).toBe('/organiser');
    expect(afterLogInUrl(['citizen', 'organiser'], null)).toBe('/organiser');
    expect(afterLogInUrl(['citizen'], '')).toBe('/');
  });

  it.each([
    'https://evil.example/',
    '//evil.example/',
    '/\\evil.example',
    '/\t/evil.example',
    'javascript:alert(1)',
    'evil.example/admin',
  ])('never follows %j outside the app: start page instead', (returnTo) => {
    expect(isSameSitePath(returnTo)).toBe(false);
    expect(afterLogInUrl(['facility_staff'], returnTo)).toBe('/staff/today');
    expect(afterLogInUrl(['citizen'], returnTo)).toBe('/');
  });
});
