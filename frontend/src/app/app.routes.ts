import { Routes } from '@angular/router';

/** Every page is lazy so the first load carries only the shell. Titles are message keys. */
export const routes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'title.home',
    loadComponent: () => import('./home/home-page').then((m) => m.HomePage),
  },
  {
    path: 'courses',
    pathMatch: 'full',
    title: 'title.courses',
    // The date picker and paginator (and their translations) load with the catalogue only.
    loadChildren: () => import('./courses/course-list.routes').then((m) => m.courseListRoutes),
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
    path: 'about',
    title: 'title.about',
    loadComponent: () => import('./home/about-page').then((m) => m.AboutPage),
  },
  {
    path: '**',
    title: 'title.notFound',
    loadComponent: () => import('./not-found/not-found-page').then((m) => m.NotFoundPage),
  },
];
