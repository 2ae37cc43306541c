import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { formatSessionRange } from '../core/format/date-format';
import { I18nService } from '../core/i18n/i18n.service';
import { scopedTranslator } from '../core/i18n/scoped-translator';
import { SessionService } from '../core/session/session.service';
import { RostersApi } from './rosters-api';
import { rostersEn, rostersJa } from './rosters-messages';

/** An instructor's way in: the sessions of the courses they teach, with list and check-in. */
@Component({
  selector: 'tsu-teaching-page',
  imports: [RouterLink, MatButtonModule, MatProgressBarModule],
  template: `
    <div class="page">
      <h1 tabindex="-1">{{ t('teaching.heading') }}</h1>
      @if (!isInstructor()) {
        <p>{{ t('teaching.notInstructor') }}</p>
      } @else {
        <p>{{ t('teaching.lead') }}</p>
        @if (failed()) {
          <div class="state-message" role="alert">
            <p>{{ core('common.loadError') }}</p>
            <button mat-flat-button type="button" (click)="retry()">
              {{ core('common.retry') }}
            </button>
          </div>
        } @else if (loading()) {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="core('common.loading')" />
        } @else if (sessions().length === 0) {
          <p class="state-message">{{ t('teaching.empty') }}</p>
        } @else {
          <ul class="teaching">
            @for (session of sessions(); track session.id) {
              <li class="teaching__item">
                <span>
                  <strong>{{ session.title }}</strong><br />
                  {{ session.when }} {{ session.place }}
                  @if (session.cancelled) {
                    <span class="badge">{{ t('session.cancelled') }}</span>
                  }
                </span>
                <span class="actions">
                  <a mat-stroked-button [routerLink]="['/rosters/sessions', session.id]">
                    {{ t('links.roster') }}
                  </a>
                  @if (!session.cancelled) {
                    <a mat-flat-button [routerLink]="['/rosters/sessions', session.id, 'check-in']">
                      {{ t('links.checkIn') }}
                    </a>
                  }
                </span>
              </li>
            }
          </ul>
        }
      }
    </div>
  `,
  styleUrl: './rosters.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TeachingPage {
  private readonly i18n = inject(I18nService);
  private readonly session = inject(SessionService);

  protected readonly t = scopedTranslator(rostersJa, rostersEn);
  protected readonly core = this.i18n.t;
  protected readonly isInstructor = computed(() => this.session.roles().includes('instructor'));

  private readonly resource = inject(RostersApi).teaching();
  protected readonly loading = computed(() => this.resource.isLoading());
  protected readonly failed = computed(() => !!this.resource.error());
  protected readonly sessions = computed(() => {
    const language = this.i18n.language();
    const pick = this.i18n.pick;
    const list = this.resource.hasValue() ? (this.resource.value() ?? []) : [];
    return list.map((session) => ({
      id: session.sessionId,
      title: pick(session.courseTitleJa, session.courseTitleEn),
      when: formatSessionRange(session.startsAt, session.endsAt, language),
      place: `${pick(session.facilityNameJa, session.facilityNameEn)} ${pick(session.roomNameJa, session.roomNameEn)}`,
      cancelled: session.status === 'cancelled',
    }));
  });

  protected retry(): void {
    this.resource.reload();
  }
}
