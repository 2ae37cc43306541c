import { Routes } from '@angular/router';

export const staffRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'title.staff',
    loadComponent: () => import('./staff-facilities-page').then((m) => m.StaffFacilitiesPage),
  },
  {
    path: 'today',
    title: 'title.staffToday',
    loadComponent: () => import('./today/staff-today-page').then((m) => m.StaffTodayPage),
  },
  {
    path: 'facilities/:id/calendar',
    title: 'title.staff',
    loadComponent: () => import('./calendar/staff-calendar-page').then((m) => m.StaffCalendarPage),
  },
  {
    path: 'facilities/:id/settings',
    title: 'title.staff',
    loadComponent: () =>
      import('./facility-settings/facility-settings-page').then((m) => m.FacilitySettingsPage),
  },
];
