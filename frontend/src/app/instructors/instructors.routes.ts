import type { Routes } from '@angular/router';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { TranslatedPaginatorIntl } from '../core/i18n/material-intl';
import { signedInGuard } from '../core/session/access-guards';

/** The public directory, one instructor's page and the request form (signed in). */
export const directoryRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'title.instructors',
    providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
    loadComponent: () => import('./directory-page').then((m) => m.DirectoryPage),
  },
  {
    path: ':id/request',
    title: 'title.instructorRequest',
    canMatch: [signedInGuard],
    loadComponent: () => import('./request-form-page').then((m) => m.RequestFormPage),
  },
  {
    path: ':id',
    title: 'title.instructor',
    loadComponent: () => import('./instructor-profile-page').then((m) => m.InstructorProfilePage),
  },
];

/** The requests to instructors, both parties' view. */
export const requestRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'title.instructorRequests',
    loadComponent: () => import('./requests-page').then((m) => m.RequestsPage),
  },
  {
    path: ':id',
    title: 'title.instructorRequest',
    loadComponent: () => import('./request-detail-page').then((m) => m.RequestDetailPage),
  },
];

/** The city's review of applications (role `instructor_reviewer`). */
export const reviewRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'title.instructorReview',
    loadComponent: () => import('./review-queue-page').then((m) => m.ReviewQueuePage),
  },
  {
    path: ':id',
    title: 'title.instructorReviewDetail',
    loadComponent: () => import('./review-detail-page').then((m) => m.ReviewDetailPage),
  },
];
