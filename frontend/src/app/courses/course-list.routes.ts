import { Routes } from '@angular/router';
import { DateAdapter, provideNativeDateAdapter } from '@angular/material/core';
import { MatDatepickerIntl } from '@angular/material/datepicker';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { CalendarDateAdapter } from '../core/format/calendar-date-adapter';
import { TranslatedDatepickerIntl, TranslatedPaginatorIntl } from '../core/i18n/material-intl';
import { CourseListPage } from './course-list-page';

/**
 * The catalogue with the providers only it needs; kept out of the app config so the date
 * picker and paginator stay out of the initial bundle.
 */
export const courseListRoutes: Routes = [
  {
    path: '',
    component: CourseListPage,
    providers: [
      // The adapter's locale follows the chosen language (see TranslatedDatepickerIntl).
      provideNativeDateAdapter(),
      { provide: DateAdapter, useClass: CalendarDateAdapter },
      { provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl },
      { provide: MatDatepickerIntl, useClass: TranslatedDatepickerIntl },
    ],
  },
];
