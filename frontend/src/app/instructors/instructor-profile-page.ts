import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Icon } from '../core/layout/icon';
import { RouterLink } from '@angular/router';
import { dateSpanText, formatDate } from '../core/format/date-format';
import { DateRange } from '../core/format/date-range';
import { formatYen } from '../core/format/money-format';
import { I18nService } from '../core/i18n/i18n.service';
import { scopedTranslator } from '../core/i18n/scoped-translator';
import { LoadState, LoadedContent } from '../core/load-state/load-state';
import { ReferenceService } from '../core/reference/reference.service';
import { SessionService } from '../core/session/session.service';
import { feeKey, languageKey, levelKey, weekdayKey } from './instructor-codes';
import { instructorEn, instructorJa } from './instructor-messages';
import { InstructorsApi } from './instructors-api';

/**
 * One registered instructor's public page: only the fields they made public (the API sends no
 * other), the courses they teach or taught in tsumugu, and the way to ask them to teach.
 */
@Component({
  selector: 'tsu-instructor-profile-page',
  imports: [RouterLink, MatButtonModule, Icon, LoadState, LoadedContent, DateRange],
  templateUrl: './instructor-profile-page.html',
  styleUrl: './instructor-profile-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InstructorProfilePage {
  private readonly session = inject(SessionService);
  protected readonly i18n = inject(I18nService);
  private readonly reference = inject(ReferenceService);

  /** The `:id` route parameter. */
  readonly id = input.required<string>();

  protected readonly t = scopedTranslator(instructorJa, instructorEn);
  protected readonly pick = this.i18n.pick;
  protected readonly signedIn = this.session.isSignedIn;
  protected readonly profile = inject(InstructorsApi).instructor(this.id);

  /** What the page shows, in the reader's language; absent fields were not made public. */
  protected readonly view = computed(() => {
    if (!this.profile.hasValue()) return undefined;
    const p = this.profile.value();
    const language = this.i18n.language();
    const t = this.t;
    const min = p.audienceAgeMin ?? null;
    const max = p.audienceAgeMax ?? null;
    const ages =
      min !== null && max !== null
        ? t('profile.ages', { min, max })
        : min !== null
          ? t('profile.agesFrom', { min })
          : max !== null
            ? t('profile.agesTo', { max })
            : null;
    const where = [
      ...(p.anyArea ? [t('area.any')] : []),
      ...(p.areas ?? []).map((area) => this.pick(area.nameJa, area.nameEn)),
      ...(p.online ? [t('area.online')] : []),
    ];
    return {
      name: this.pick(p.displayName, p.displayNameEn),
      organisersView: p.view === 'organisers',
      kana: p.displayNameKana || null,
      isGroup: p.kind === 'group',
      photoUrl: p.photoUrl ?? null,
      title: this.pick(p.titleJa, p.titleEn),
      description: this.pick(p.descriptionJa, p.descriptionEn),
      fields: p.fields.map((code) => this.reference.label('categories', code)),
      keywords: p.keywords,
      audience: [
        ...p.lifeStages.map((code) => this.reference.label('lifeStages', code)),
        ...(ages ? [ages] : []),
      ],
      levels: p.levels.map((level) => t(levelKey(level))),
      qualifications: (p.qualifications ?? []).map((q) =>
        q.issuer || q.year
          ? t('profile.qualification', {
              name: q.name,
              issuer: q.issuer,
              year: q.year ?? '',
            })
          : q.name,
      ),
      record: this.pick(p.activityRecordJa, p.activityRecordEn),
      learning: (p.learningHistory ?? []).map((item) =>
        item.year ? `${item.title}（${item.year}）` : item.title,
      ),
      languages: p.languages.map((code) => t(languageKey(code))),
      where,
      when: [
        ...(p.weekdays ?? []).map((day) => t(weekdayKey(day))),
        ...(p.timeBands ?? []).map((band) => this.reference.label('timesOfDay', band)),
      ],
      fee: p.feeType
        ? p.feeType === 'per_session' && typeof p.feeAmountYen === 'number'
          ? t('fee.amount', { amount: formatYen(p.feeAmountYen, language) })
          : t(feeKey(p.feeType))
        : null,
      transport: p.transportNote || null,
      brings: p.equipmentBring || null,
      needs: p.equipmentNeed || null,
      members: p.groupMemberCount ?? null,
      courses: p.courses.map((course) => ({
        id: course.id,
        title: this.pick(course.titleJa, course.titleEn),
        when:
          course.firstSessionStartsAt && course.lastSessionEndsAt
            ? dateSpanText(course.firstSessionStartsAt, course.lastSessionEndsAt, language)
            : null,
        upcoming: course.upcoming,
      })),
      registration: t('profile.registration', {
        number: p.registrationNumber,
        date: formatDate(`${p.validUntil}T00:00:00+09:00`, language),
      }),
    };
  });
}
