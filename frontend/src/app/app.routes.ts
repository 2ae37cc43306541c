import { Route, Routes } from '@angular/router';
import { Observable, firstValueFrom, isObservable } from 'rxjs';
import { loadPageMessages } from './core/i18n/i18n.service';
import { loadPageIcons } from './core/layout/icon';
import { roleGuard, signedInGuard, signedOutGuard } from './core/session/access-guards';

/**
 * What a signed-in person without the workspace's role sees at its address: the guard of the
 * route before this one answered `false`, so the router matched this one instead, keeping the
 * address and not downloading the workspace.
 */
function forbiddenRoute(path: string): Route {
  return {
    path,
    title: 'title.forbidden',
    loadChildren: () => import('./forbidden/forbidden.routes').then((m) => m.forbiddenRoutes),
  };
}

/** The home page: its messages and icons are in the first load (messages-ja.ts, icons.ts). */
export const homeRoute: Route = {
  path: '',
  pathMatch: 'full',
  title: 'title.home',
  loadComponent: () => import('./home/home-page').then((m) => m.HomePage),
};

/**
 * A page whose Japanese messages and icons are not in the first load (messages-ja-pages.ts,
 * page-icons.ts): its route fetches them alongside its code (in parallel, so no extra round
 * trip), and the page renders once all are there.
 */
function withPageResources(route: Route): Route {
  const { loadComponent, loadChildren } = route;
  return {
    ...route,
    ...(loadComponent && { loadComponent: alongsidePageResources(loadComponent) }),
    ...(loadChildren && { loadChildren: alongsidePageResources(loadChildren) }),
  };
}

/** A route's loader, resolved once the pages' messages and icons are there too. */
function alongsidePageResources<T>(load: () => T | Observable<T> | Promise<T>): () => Promise<T> {
  return async () => {
    const loading = load();
    const [loaded] = await Promise.all([
      isObservable(loading) ? firstValueFrom(loading) : loading,
      loadPageMessages(),
      loadPageIcons(),
    ]);
    return loaded;
  };
}

/** Every page but the home page, as written (`routes` adds their messages and icons). */
export const pageRoutes: Routes = [
  {
    path: 'courses',
    pathMatch: 'full',
    title: 'title.courses',
    // The date picker and paginator (and their translations) load with the catalogue only.
    loadChildren: () => import('./courses/course-list.routes').then((m) => m.courseListRoutes),
  },
  {
    // Public: the commitment before the draw, the seed and results after it.
    path: 'courses/:id/lottery',
    title: 'title.courseDetail',
    loadComponent: () => import('./lottery/lottery-record-page').then((m) => m.LotteryRecordPage),
  },
  {
    path: 'courses/:id',
    title: 'title.courseDetail',
    loadComponent: () => import('./courses/course-detail-page').then((m) => m.CourseDetailPage),
  },
  {
    path: 'facilities',
    title: 'title.facilities',
    loadComponent: () => import('./facilities/facility-list-page').then((m) => m.FacilityListPage),
  },
  {
    path: 'facilities/:id',
    title: 'title.facilityDetail',
    loadComponent: () =>
      import('./facilities/facility-detail-page').then((m) => m.FacilityDetailPage),
  },
  {
    // The instructor bank (人材バンク): the public directory and profiles, requests from there.
    path: 'instructors',
    loadChildren: () => import('./instructors/instructors.routes').then((m) => m.directoryRoutes),
  },
  {
    path: 'teach',
    title: 'title.teach',
    canMatch: [signedInGuard],
    loadComponent: () => import('./instructors/teach-page').then((m) => m.TeachPage),
  },
  {
    path: 'instructor-requests',
    canMatch: [signedInGuard],
    loadChildren: () => import('./instructors/instructors.routes').then((m) => m.requestRoutes),
  },
  {
    path: 'review/instructors',
    canMatch: [roleGuard('instructor_reviewer')],
    loadChildren: () => import('./instructors/instructors.routes').then((m) => m.reviewRoutes),
  },
  forbiddenRoute('review/instructors'),
  {
    // The lifelong-learning section's evaluation of the plan; administrators may read it.
    path: 'city',
    canMatch: [roleGuard('plan_evaluator', 'city_admin')],
    loadChildren: () => import('./city/city.routes').then((m) => m.cityRoutes),
  },
  forbiddenRoute('city'),
  {
    // Public: anyone checks a certificate (the QR code links here with ?n=).
    path: 'verify',
    title: 'title.verify',
    loadComponent: () => import('./certificates/verify-page').then((m) => m.VerifyPage),
  },
  {
    // The course questionnaire's mailed link: no log-in, the token is the key.
    path: 'q/:token',
    title: 'title.questionnaire',
    loadComponent: () =>
      import('./questionnaires/questionnaire-page').then((m) => m.QuestionnairePage),
  },
  {
    path: 'about',
    title: 'title.about',
    loadComponent: () => import('./home/about-page').then((m) => m.AboutPage),
  },
  {
    // Open data: the course list as 「イベント一覧」, calendar feeds, licence.
    path: 'opendata',
    title: 'title.opendata',
    loadComponent: () => import('./opendata/opendata-page').then((m) => m.OpendataPage),
  },
  {
    path: 'terms',
    title: 'title.terms',
    data: { document: 'terms' },
    loadComponent: () => import('./legal/legal-page').then((m) => m.LegalPage),
  },
  {
    path: 'privacy',
    title: 'title.privacy',
    data: { document: 'privacy' },
    loadComponent: () => import('./legal/legal-page').then((m) => m.LegalPage),
  },
  {
    path: 'log-in',
    title: 'title.logIn',
    canMatch: [signedOutGuard],
    loadComponent: () => import('./auth/log-in-page').then((m) => m.LogInPage),
  },
  {
    path: 'sign-up',
    pathMatch: 'full',
    title: 'title.signUp',
    canMatch: [signedOutGuard],
    loadComponent: () => import('./auth/sign-up-page').then((m) => m.SignUpPage),
  },
  {
    path: 'sign-up/sent',
    title: 'title.signUpSent',
    loadComponent: () => import('./auth/sign-up-sent-page').then((m) => m.SignUpSentPage),
  },
  {
    path: 'verify-email',
    title: 'title.verifyEmail',
    loadComponent: () => import('./auth/verify-email-page').then((m) => m.VerifyEmailPage),
  },
  {
    path: 'password-reset',
    pathMatch: 'full',
    title: 'title.passwordReset',
    loadComponent: () => import('./auth/password-reset-page').then((m) => m.PasswordResetPage),
  },
  {
    path: 'password-reset/confirm',
    title: 'title.passwordResetConfirm',
    loadComponent: () =>
      import('./auth/password-reset-confirm-page').then((m) => m.PasswordResetConfirmPage),
  },
  {
    // Public: the link in the mail may be opened in a browser that is not signed in.
    path: 'account/confirm-email',
    title: 'title.confirmEmail',
    loadComponent: () => import('./auth/confirm-email-page').then((m) => m.ConfirmEmailPage),
  },
  {
    path: 'account',
    pathMatch: 'full',
    title: 'title.account',
    canMatch: [signedInGuard],
    loadComponent: () => import('./account/account-page').then((m) => m.AccountPage),
  },
  {
    path: 'bookings',
    canMatch: [roleGuard('citizen')],
    loadChildren: () => import('./bookings/bookings.routes').then((m) => m.bookingsRoutes),
  },
  forbiddenRoute('bookings'),
  {
    // 学びの記録: the citizen's and their family's learning, by fiscal year.
    path: 'learning',
    title: 'title.learning',
    canMatch: [roleGuard('citizen')],
    loadComponent: () => import('./learning/learning-page').then((m) => m.LearningPage),
  },
  forbiddenRoute('learning'),
  {
    path: 'invitations/accept',
    title: 'title.acceptInvitation',
    canMatch: [signedInGuard],
    loadComponent: () =>
      import('./invitations/accept-invitation-page').then((m) => m.AcceptInvitationPage),
  },
  {
    path: 'organiser/courses/:id/lottery',
    title: 'title.organiserCourse',
    canMatch: [roleGuard('organiser')],
    loadComponent: () =>
      import('./lottery/organiser-lottery-page').then((m) => m.OrganiserLotteryPage),
  },
  {
    path: 'organiser',
    canMatch: [roleGuard('organiser')],
    loadChildren: () => import('./organiser/organiser.routes').then((m) => m.organiserRoutes),
  },
  forbiddenRoute('organiser'),
  {
    path: 'staff',
    canMatch: [roleGuard('facility_staff')],
    loadChildren: () => import('./staff/staff.routes').then((m) => m.staffRoutes),
  },
  forbiddenRoute('staff'),
  {
    // Rosters and check-in: the API decides per session (organisers, staff, instructors).
    path: 'rosters',
    canMatch: [roleGuard('organiser', 'facility_staff', 'instructor')],
    loadChildren: () => import('./rosters/rosters.routes').then((m) => m.rostersRoutes),
  },
  forbiddenRoute('rosters'),
  {
    // The department evaluation sheets, as the lifelong-learning section reviews them.
    path: 'evaluation-sheets',
    canMatch: [roleGuard('city_admin', 'plan_evaluator')],
    loadChildren: () =>
      import('./evaluation-sheets/evaluation-sheets.routes').then((m) => m.sectionSheetRoutes),
  },
  forbiddenRoute('evaluation-sheets'),
  {
    path: 'admin',
    canMatch: [roleGuard('city_admin')],
    loadChildren: () => import('./admin/admin.routes').then((m) => m.adminRoutes),
  },
  forbiddenRoute('admin'),
  {
    path: '**',
    title: 'title.notFound',
    loadComponent: () => import('./not-found/not-found-page').then((m) => m.NotFoundPage),
  },
];

/** Every page is lazy so the first load carries only the shell. Titles are message keys. */
export const routes: Routes = [homeRoute, ...pageRoutes.map(withPageResources)];
