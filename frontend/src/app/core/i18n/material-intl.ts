import { Injectable, effect, inject } from '@angular/core';
import { DateAdapter } from '@angular/material/core';
import { MatDatepickerIntl } from '@angular/material/datepicker';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { formatCount } from '../format/money-format';
import { I18nService } from './i18n.service';

/** Paginator texts in the current language; `changes` makes the paginator re-render on switch. */
@Injectable()
export class TranslatedPaginatorIntl extends MatPaginatorIntl {
  private readonly i18n = inject(I18nService);

  constructor() {
    super();
    effect(() => {
      const t = this.i18n.t;
      this.itemsPerPageLabel = t('paginator.itemsPerPage');
      this.nextPageLabel = t('paginator.next');
      this.previousPageLabel = t('paginator.previous');
      this.firstPageLabel = t('paginator.first');
      this.lastPageLabel = t('paginator.last');
      this.changes.next();
    });
  }

  /** The length is an estimate (the catalogue's total beyond 1,000): 「約44,000件中」. */
  private estimated = false;

  setEstimated(estimated: boolean): void {
    if (estimated === this.estimated) return;
    this.estimated = estimated;
    this.changes.next();
  }

  override getRangeLabel = (page: number, pageSize: number, length: number): string => {
    const from = length === 0 ? 0 : page * pageSize + 1;
    const to = Math.min(length, (page + 1) * pageSize);
    return this.i18n.t(this.estimated ? 'paginator.rangeEstimated' : 'paginator.range', {
      from: formatCount(from),
      to: formatCount(to),
      length: formatCount(length),
    });
  };
}

/** Datepicker texts and the date adapter's locale follow the chosen language. */
@Injectable()
export class TranslatedDatepickerIntl extends MatDatepickerIntl {
  private readonly i18n = inject(I18nService);
  private readonly dateAdapter = inject(DateAdapter);

  constructor() {
    super();
    effect(() => {
      const t = this.i18n.t;
      this.dateAdapter.setLocale(this.i18n.locale());
      this.calendarLabel = t('datepicker.calendar');
      this.openCalendarLabel = t('datepicker.open');
      this.closeCalendarLabel = t('datepicker.close');
      this.prevMonthLabel = t('datepicker.prevMonth');
      this.nextMonthLabel = t('datepicker.nextMonth');
      this.prevYearLabel = t('datepicker.prevYear');
      this.nextYearLabel = t('datepicker.nextYear');
      this.switchToMonthViewLabel = t('datepicker.chooseDate');
      this.switchToMultiYearViewLabel = t('datepicker.chooseMonthYear');
      this.startDateLabel = t('courses.filter.from');
      this.endDateLabel = t('courses.filter.to');
      this.changes.next();
    });
  }
}
