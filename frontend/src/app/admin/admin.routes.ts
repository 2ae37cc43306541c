import { Routes } from '@angular/router';
import { AdminShell } from './admin-shell';

/** The city administrator console: one lazy chunk, reached only by city administrators. */
export const adminRoutes: Routes = [
  {
    path: '',
    component: AdminShell,
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'people' },
      {
        path: 'people',
        title: 'title.admin',
        loadComponent: () => import('./admin-people-page').then((m) => m.AdminPeoplePage),
      },
      {
        path: 'people/:id',
        title: 'title.admin',
        loadComponent: () => import('./admin-person-page').then((m) => m.AdminPersonPage),
      },
      {
        path: 'organisations',
        title: 'title.admin',
        loadComponent: () =>
          import('./admin-organisations-page').then((m) => m.AdminOrganisationsPage),
      },
      {
        path: 'facilities',
        title: 'title.admin',
        loadComponent: () => import('./admin-facilities-page').then((m) => m.AdminFacilitiesPage),
      },
      {
        path: 'invitations',
        title: 'title.admin',
        loadComponent: () => import('./admin-invitations-page').then((m) => m.AdminInvitationsPage),
      },
      {
        path: 'questionnaires',
        title: 'title.admin',
        loadComponent: () =>
          import('../questionnaires/admin-questionnaires-page').then(
            (m) => m.AdminQuestionnairesPage,
          ),
      },
      {
        path: 'audit-log',
        title: 'title.admin',
        loadComponent: () => import('./admin-audit-page').then((m) => m.AdminAuditPage),
      },
    ],
  },
];
