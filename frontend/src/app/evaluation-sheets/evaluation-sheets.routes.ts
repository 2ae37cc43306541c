import { Routes } from '@angular/router';

/** The organisation's own sheets, under /organiser/evaluation-sheets (organisers only). */
export const ownSheetRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'title.evaluationSheets',
    loadComponent: () => import('./own-sheets-page').then((m) => m.OwnSheetsPage),
  },
  {
    path: ':organisationId/:fiscalYear',
    title: 'title.evaluationSheet',
    loadComponent: () => import('./sheet-edit-page').then((m) => m.SheetEditPage),
  },
];

/** The section's review, under /evaluation-sheets (city administrators and plan evaluators). */
export const sectionSheetRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'title.evaluationSheets',
    loadComponent: () => import('./section-sheets-page').then((m) => m.SectionSheetsPage),
  },
  {
    path: ':organisationId/:fiscalYear',
    title: 'title.evaluationSheet',
    loadComponent: () => import('./section-sheet-page').then((m) => m.SectionSheetPage),
  },
];
