import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { Icon } from '../core/layout/icon';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import type { LearnedCourse, LearningFigures, PersonLearningRecord } from '../api/api-types';
import { CertificateShareSettings } from '../certificates/certificate-share';
import { certificateCredentialUrl, certificatePdfUrl } from '../certificates/certificate-urls';
import { dateRangeText, formatFiscalYear } from '../core/format/date-format';
import { DateRange } from '../core/format/date-range';
import { I18nService } from '../core/i18n/i18n.service';
import { scopedTranslator } from '../core/i18n/scoped-translator';
import { LoadState, LoadedContent } from '../core/load-state/load-state';
import { ReferenceService } from '../core/reference/reference.service';
import { type BreakdownRow, LearningBreakdown } from './learning-breakdown';
import { LearningApi, learningCsvUrl } from './learning-api';
import { learningEn, learningJa, type LearningMessageKey } from './learning-messages';

/** Minutes as hours with at most one decimal, as the CSV writes them: 90 → 1.5. */
export function hoursOf(minutes: number): string {
  return String(Math.round(minutes / 6) / 10);
}

/**
 * 学びの記録: one fiscal year (`?year=`) of the citizen's and each family member's learning
 * (`?person=`, a tab each): the figures, the breakdown by pillar and life stage as charts with
 * their numbers, the courses with 修了 / 参加; printable (A4) and as CSV.
 */
@Component({
  selector: 'tsu-learning-page',
  imports: [
    RouterLink,
    MatButtonModule,
    Icon,
    MatFormFieldModule,
    MatInputModule,
    LoadState,
    LoadedContent,
    LearningBreakdown,
    CertificateShareSettings,
    DateRange,
  ],
  templateUrl: './learning-page.html',
  styleUrl: './learning-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LearningPage {
  private readonly api = inject(LearningApi);
  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);
  private readonly reference = inject(ReferenceService);

  /** The `year` query parameter: a fiscal year; anything else means this one. */
  readonly year = input<string | undefined>(undefined);
  /** The `person` query parameter: `self` or a family member's id. */
  readonly person = input<string | undefined>(undefined);

  protected readonly t = scopedTranslator(learningJa, learningEn);
  private readonly askedYear = computed(() => {
    const value = Number(this.year());
    return Number.isInteger(value) && value >= 2000 && value <= 2100 ? value : undefined;
  });
  protected readonly record = this.api.record(this.askedYear);
  /** The holder's certificates with what each shares; only their share settings come from here. */
  private readonly certificates = this.api.certificates();
  private readonly certificateByNumber = computed(
    () =>
      new Map(
        (this.certificates.hasValue() ? this.certificates.value() : []).map((certificate) => [
          certificate.number,
          certificate,
        ]),
      ),
  );
  private readonly data = computed(() => (this.record.hasValue() ? this.record.value() : null));

  protected readonly fiscalYear = computed(() => this.data()?.fiscalYear ?? 0);
  protected readonly yearLabel = computed(() =>
    formatFiscalYear(this.fiscalYear(), this.i18n.language()),
  );
  /** The years with records, and the year shown even when it has none. */
  protected readonly years = computed(() => {
    const data = this.data();
    if (!data) return [];
    const years = new Set([...data.fiscalYears, data.fiscalYear]);
    return [...years]
      .sort((a, b) => b - a)
      .map((year) => ({ year, label: formatFiscalYear(year, this.i18n.language()) }));
  });
  protected readonly nothingYet = computed(() => this.data()?.fiscalYears.length === 0);

  protected readonly tabs = computed(() =>
    (this.data()?.people ?? []).map((entry) => ({
      key: entry.person.key,
      label: this.personLabel(entry),
      id: `learning-tab-${entry.person.key}`,
    })),
  );
  protected readonly shown = computed<PersonLearningRecord | null>(() => {
    const people = this.data()?.people ?? [];
    return people.find((entry) => entry.person.key === this.person()) ?? people[0] ?? null;
  });

  protected readonly figures = computed(() => {
    const totals = this.shown()?.totals;
    return totals ? this.figureTiles(totals) : [];
  });
  protected readonly byPillar = computed<BreakdownRow[]>(() =>
    (this.shown()?.byPillar ?? []).map((row) => ({
      label: this.reference.pillarLabel(row.pillar),
      courses: row.coursesAttended,
      sessions: row.sessionsAttended,
      hours: hoursOf(row.minutes),
      minutes: row.minutes,
    })),
  );
  protected readonly byLifeStage = computed<BreakdownRow[]>(() =>
    (this.shown()?.byLifeStage ?? []).map((row) => ({
      label: this.reference.label('lifeStages', row.lifeStage),
      courses: row.coursesAttended,
      sessions: row.sessionsAttended,
      hours: hoursOf(row.minutes),
      minutes: row.minutes,
    })),
  );
  protected readonly breakdownText = computed(() => ({
    area: this.t('breakdown.area'),
    courses: this.t('breakdown.courses'),
    sessions: this.t('breakdown.sessions'),
    hours: this.t('breakdown.hours'),
  }));

  protected readonly courses = computed(() =>
    (this.shown()?.courses ?? []).map((course) => this.courseCard(course)),
  );

  protected readonly csvUrl = computed(() =>
    learningCsvUrl(this.fiscalYear(), this.shown()?.person.key),
  );
  protected readonly csvAllUrl = computed(() => learningCsvUrl(this.fiscalYear()));
  protected readonly hasFamily = computed(() => (this.data()?.people.length ?? 0) > 1);
  /** "Teach what you learned": for the account holder once they have learned something. */
  protected readonly suggestTeaching = computed(
    () => this.shown()?.person.kind === 'self' && (this.shown()?.totals.coursesAttended ?? 0) > 0,
  );
  protected readonly printTitle = computed(() =>
    this.t('printedFor', { name: this.shown()?.person.name ?? '', year: this.yearLabel() }),
  );

  protected chooseYear(event: Event): void {
    const year = (event.target as HTMLSelectElement).value;
    void this.router.navigate([], {
      queryParams: { year, person: this.person() ?? null },
    });
  }

  protected print(): void {
    globalThis.print();
  }

  /** Arrow keys move between the people's tabs (the WAI-ARIA tabs pattern). */
  protected onTabKey(event: KeyboardEvent, index: number): void {
    const tabs = this.tabs();
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step || tabs.length < 2) return;
    event.preventDefault();
    const next = tabs[(index + step + tabs.length) % tabs.length]!;
    void this.router
      .navigate([], { queryParams: { year: this.year() ?? null, person: next.key } })
      .then(() => document.getElementById(next.id)?.focus());
  }

  private personLabel(entry: PersonLearningRecord): string {
    if (entry.person.kind === 'self') return this.t('self', { name: entry.person.name });
    const relation = entry.person.relationship ?? 'other';
    const known = ['child', 'partner', 'parent', 'other'].includes(relation) ? relation : 'other';
    return `${entry.person.name}（${this.t(`relationship.${known}` as LearningMessageKey)}）`;
  }

  private figureTiles(totals: LearningFigures) {
    return [
      {
        key: 'completed',
        label: this.t('figures.completed'),
        value: this.t('unit.courses', { count: totals.coursesCompleted }),
      },
      {
        key: 'attended',
        label: this.t('figures.attended'),
        value: this.t('unit.courses', { count: totals.coursesAttended }),
      },
      {
        key: 'sessions',
        label: this.t('figures.sessions'),
        value: this.t('unit.sessions', { count: totals.sessionsAttended }),
      },
      {
        key: 'hours',
        label: this.t('figures.hours'),
        value: this.t('unit.hours', { hours: hoursOf(totals.minutes) }),
      },
    ];
  }

  private courseCard(course: LearnedCourse) {
    const language = this.i18n.language();
    return {
      id: course.courseId,
      title: this.i18n.pick(course.titleJa, course.titleEn),
      organiser: this.i18n.pick(course.organisationNameJa, course.organisationNameEn),
      completed: course.outcome === 'completed',
      outcome: this.t(course.outcome === 'completed' ? 'outcome.completed' : 'outcome.attended'),
      dates: dateRangeText(course.firstDate, course.lastDate, language),
      attendance: this.t('course.attendanceValue', {
        attended: course.sessionsAttended,
        held: course.sessionsHeld,
      }),
      hours: this.t('unit.hours', { hours: hoursOf(course.minutes) }),
      certificate: course.certificate
        ? {
            number: course.certificate.number,
            valid: course.certificate.status === 'valid',
            held: this.certificateByNumber().get(course.certificate.number) ?? null,
            pdfUrl: certificatePdfUrl(course.certificate.number, language),
            credentialUrl: certificateCredentialUrl(course.certificate.number),
          }
        : null,
    };
  }
}
