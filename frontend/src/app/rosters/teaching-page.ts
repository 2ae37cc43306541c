import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { formatSessionRange } from '../core/format/date-format';
import { I18nService } from '../core/i18n/i18n.service';
import { LoadState, LoadedContent } from '../core/load-state/load-state';
import { scopedTranslator } from '../core/i18n/scoped-translator';
import { SessionService } from '../core/session/session.service';
import { RostersApi } from './rosters-api';
import { rostersEn, rostersJa } from './rosters-messages';

/** An instructor's way in: the sessions of the courses they teach, with list and check-in. */
@Component({
  selector: 'tsu-teaching-page',
  imports: [RouterLink, MatButtonModule, LoadState, LoadedContent],
  templateUrl: './teaching-page.html',
  styleUrl: './rosters.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TeachingPage {
  private readonly i18n = inject(I18nService);
  private readonly session = inject(SessionService);

  protected readonly t = scopedTranslator(rostersJa, rostersEn);
  protected readonly isInstructor = computed(() => this.session.roles().includes('instructor'));

  protected readonly resource = inject(RostersApi).teaching();
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
}
