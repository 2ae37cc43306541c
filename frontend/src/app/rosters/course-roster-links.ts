import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { formatSessionRange, sessionRangeText } from '../core/format/date-format';
import { DateRange } from '../core/format/date-range';
import { I18nService } from '../core/i18n/i18n.service';
import { scopedTranslator } from '../core/i18n/scoped-translator';
import { rostersEn, rostersJa } from './rosters-messages';

export interface SessionLinkInput {
  id: string;
  startsAt: string;
  endsAt: string;
  status?: 'scheduled' | 'cancelled';
}

/** On the organiser's course page: each session's participant list and check-in. */
@Component({
  selector: 'tsu-course-roster-links',
  imports: [RouterLink, DateRange],
  template: `
    <section class="panel" aria-labelledby="roster-links-heading">
      <h2 id="roster-links-heading">{{ t('links.heading') }}</h2>
      <p>{{ t('links.lead') }}</p>
      @if (links().length === 0) {
        <p>{{ t('links.none') }}</p>
      } @else {
        <ul class="session-links">
          @for (link of links(); track link.id) {
            <li class="session-links__item">
              <span class="session-links__when">
                {{ t('session.nth', { n: link.number }) }} <tsu-date-range [range]="link.range" />
                @if (link.cancelled) {
                  <span class="badge">{{ t('session.cancelled') }}</span>
                }
              </span>
              <a
                [routerLink]="['/rosters/sessions', link.id]"
                [attr.aria-label]="t('links.rosterLabel', { n: link.number, when: link.when })"
                >{{ t('links.roster') }}</a
              >
              @if (!link.cancelled) {
                <a
                  [routerLink]="['/rosters/sessions', link.id, 'check-in']"
                  [attr.aria-label]="t('links.checkInLabel', { n: link.number, when: link.when })"
                  >{{ t('links.checkIn') }}</a
                >
              }
            </li>
          }
        </ul>
      }
    </section>
  `,
  styleUrl: './rosters.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CourseRosterLinks {
  private readonly i18n = inject(I18nService);

  readonly sessions = input.required<readonly SessionLinkInput[]>();

  protected readonly t = scopedTranslator(rostersJa, rostersEn);
  protected readonly links = computed(() => {
    const language = this.i18n.language();
    return [...this.sessions()]
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
      .map((session, index) => ({
        id: session.id,
        number: index + 1,
        when: formatSessionRange(session.startsAt, session.endsAt, language),
        range: sessionRangeText(session.startsAt, session.endsAt, language),
        cancelled: session.status === 'cancelled',
      }));
  });
}
