import type { Routes } from '@angular/router';

/** The citizen's bookings: the list (with the calendar feed) and one booking's page. */
export const bookingsRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'title.bookings',
    loadComponent: () => import('./my-bookings-page').then((m) => m.MyBookingsPage),
  },
  {
    path: ':id',
    title: 'title.bookingDetail',
    loadComponent: () => import('./booking-detail-page').then((m) => m.BookingDetailPage),
  },
];
