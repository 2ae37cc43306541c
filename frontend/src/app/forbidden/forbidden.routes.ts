import { Routes } from '@angular/router';

export const forbiddenRoutes: Routes = [
  { path: '**', loadComponent: () => import('./forbidden-page').then((m) => m.ForbiddenPage) },
];
