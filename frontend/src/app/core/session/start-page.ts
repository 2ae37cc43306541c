import type { Role } from '../../api/api-types';

/**
 * Each role's own start page, in order of precedence for people who hold several: the broadest
 * duty first (the city's administrators, then the instructor bank's reviewers, facility staff,
 * organisers, instructors). Facility staff start on 今日, the sessions they check people in to
 * today and tomorrow. Residents (`citizen`) start on the public home page, the catalogue.
 */
export const START_PAGES: readonly { role: Role; path: string }[] = [
  { role: 'city_admin', path: '/admin' },
  { role: 'plan_evaluator', path: '/city' },
  { role: 'instructor_reviewer', path: '/review/instructors' },
  { role: 'facility_staff', path: '/staff/today' },
  { role: 'organiser', path: '/organiser' },
  { role: 'instructor', path: '/rosters' },
];

/**
 * Whether `value` is a path inside this app: `/account`, not `https://evil.example` nor
 * `//evil.example` (a protocol-relative URL) nor `/\evil.example` (browsers read `\` as `/`), so
 * a crafted link cannot send someone elsewhere after they typed their password.
 */
export function isSameSitePath(value: string | null | undefined): value is string {
  return (
    !!value &&
    value.startsWith('/') &&
    !value.startsWith('//') &&
    !value.startsWith('/\\') &&
    // Control characters (tabs, new lines) are dropped by URL parsers: `/\t/evil.example`.
    ![...value].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f)
  );
}

/** The start page of someone holding `roles` (see START_PAGES), `/` when none has its own. */
export function startPage(roles: readonly Role[]): string {
  return START_PAGES.find((page) => roles.includes(page.role))?.path ?? '/';
}

/**
 * Where a person goes after log-in: back to the page that sent them to log in (`returnTo`), when
 * that is a path inside the app; otherwise to their role's start page.
 */
export function afterLogInUrl(roles: readonly Role[], returnTo?: string | null): string {
  return isSameSitePath(returnTo) ? returnTo : startPage(roles);
}
