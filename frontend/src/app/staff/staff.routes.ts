import { Routes } from '@angular/router';

export const staffRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'title.staff',
    loadComponent: () => import('./staff-facilities-page').then((m) => m.StaffFacilitiesPage),
  },
];
