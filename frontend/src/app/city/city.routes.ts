import type { Routes } from '@angular/router';

/** The lifelong-learning section's evaluation: the dashboard and one indicator. */
export const cityRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'title.city',
    loadComponent: () => import('./city-page').then((m) => m.CityPage),
  },
  {
    path: 'indicators/:id',
    title: 'title.cityIndicator',
    loadComponent: () => import('./indicator-page').then((m) => m.IndicatorPage),
  },
];
