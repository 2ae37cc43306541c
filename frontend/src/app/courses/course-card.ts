import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { Icon } from '../core/layout/icon';
import { JapaneseOnly } from '../core/i18n/japanese-only';
import { RouterLink } from '@angular/router';
import type { CourseSummary } from '../api/api-types';
import {
  dateSpanText,
  formatDateTime,
  rangeInMessage,
  tokyoParts,
} from '../core/format/date-format';
import { DateRange } from '../core/format/date-range';
import { formatFee } from '../core/format/money-format';
import { I18nService } from '../core/i18n/i18n.service';
import { ReferenceService } from '../core/reference/reference.service';

const MONTHS_EN = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

/** One course in a list: what a resident needs to decide whether to open it. */
@Component({
  selector: 'tsu-course-card',
  imports: [RouterLink, Icon, JapaneseOnly, DateRange],
  templateUrl: './course-card.html',
  styleUrl: './course-card.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CourseCard {
  private readonly i18n = inject(I18nService);
  private readonly reference = inject(ReferenceService);

  readonly course = input.required<CourseSummary>();

  protected readonly t = this.i18n.t;
  protected readonly language = this.i18n.language;

  /** The title in the reader's language, and the other language beneath when it differs. */
  protected readonly title = computed(() => {
    const course = this.course();
    return this.i18n.pick(course.titleJa, course.titleEn);
  });
  protected readonly otherTitle = computed(() => {
    const course = this.course();
    const other = this.language() === 'ja' ? course.titleEn : course.titleJa;
    return other && other !== this.title() ? other : null;
  });
  /** On the English page, whether the title is shown in Japanese for want of an English one. */
  protected readonly titleJapaneseOnly = computed(
    () => this.language() === 'en' && !this.course().titleEn.trim(),
  );
  protected readonly summaryJapaneseOnly = computed(
    () => this.language() === 'en' && !this.course().summaryEn.trim(),
  );
  protected readonly otherLanguage = computed(() => (this.language() === 'ja' ? 'en' : 'ja'));
  protected readonly summary = computed(() =>
    this.i18n.pick(this.course().summaryJa, this.course().summaryEn),
  );

  protected readonly nextSession = computed(() => {
    const course = this.course();
    const startsAt = course.nextSessionStartsAt ?? course.firstSessionStartsAt;
    return formatDateTime(startsAt, this.language());
  });
  /** 「（全8回：」, the period (drawn as a range, each date whole) and 「）」. */
  protected readonly span = computed(() => {
    const course = this.course();
    return rangeInMessage(
      (span) => this.t('course.sessionsSpan', { count: course.sessionCount, span }),
      dateSpanText(course.firstSessionStartsAt, course.lastSessionEndsAt, this.language()),
    );
  });
  protected readonly fee = computed(() => formatFee(this.course().feeYen, this.language()));
  protected readonly facilityName = computed(() =>
    this.i18n.pick(this.course().facility.nameJa, this.course().facility.nameEn),
  );
  /** Whether applications are open, in words (受付前（12月10日から）, 受付中, …), not colour alone. */
  protected readonly application = computed(() => {
    const course = this.course();
    if (course.applicationState !== 'notYetOpen') {
      return this.t(`course.application.${course.applicationState}`);
    }
    const { month, day } = tokyoParts(course.applicationOpensAt);
    const date = this.language() === 'ja' ? `${month}月${day}日` : `${day} ${MONTHS_EN[month - 1]}`;
    return this.t('course.application.notYetOpen', { date });
  });
  protected readonly lifeStages = computed(() =>
    this.course().lifeStages.map((code) => this.reference.label('lifeStages', code)),
  );
}
