import { Routes } from '@angular/router';

/** The organiser workspace (issue 4 grows it into the organiser console). */
export const organiserRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'title.organiser',
    loadComponent: () => import('./organiser-courses-page').then((m) => m.OrganiserCoursesPage),
  },
  {
    path: 'courses/new',
    title: 'title.organiserCourse',
    loadComponent: () => import('./course-form-page').then((m) => m.CourseFormPage),
  },
  {
    path: 'courses/:id/edit',
    title: 'title.organiserCourse',
    loadComponent: () => import('./course-form-page').then((m) => m.CourseFormPage),
  },
  {
    path: 'courses/:id/preview',
    title: 'title.organiserCourse',
    loadComponent: () =>
      import('./organiser-course-preview-page').then((m) => m.OrganiserCoursePreviewPage),
  },
  {
    path: 'courses/:id',
    title: 'title.organiserCourse',
    loadComponent: () => import('./organiser-course-page').then((m) => m.OrganiserCoursePage),
  },
  {
    // 評価シート: the organisation's own evaluation sheets (事務事業評価シート).
    path: 'evaluation-sheets',
    loadChildren: () =>
      import('../evaluation-sheets/evaluation-sheets.routes').then((m) => m.ownSheetRoutes),
  },
  {
    path: 'organisations/:id/members',
    title: 'title.organisationMembers',
    loadComponent: () =>
      import('./organisation-members-page').then((m) => m.OrganisationMembersPage),
  },
];
