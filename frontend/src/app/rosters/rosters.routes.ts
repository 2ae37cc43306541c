import { Routes } from '@angular/router';

/** Rosters and the door: organisers, facility staff and instructors (the API decides per session). */
export const rostersRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'title.teaching',
    loadComponent: () => import('./teaching-page').then((m) => m.TeachingPage),
  },
  {
    path: 'sessions/:id',
    pathMatch: 'full',
    title: 'title.roster',
    loadComponent: () => import('./roster-page').then((m) => m.RosterPage),
  },
  {
    path: 'sessions/:id/check-in',
    title: 'title.checkIn',
    loadComponent: () => import('./check-in-page').then((m) => m.CheckInPage),
  },
];
