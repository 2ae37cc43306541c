import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import { sessionRangeText } from '../core/format/date-format';
import { DateRange } from '../core/format/date-range';
import { I18nService } from '../core/i18n/i18n.service';
import { scopedTranslator } from '../core/i18n/scoped-translator';
import { LoadState, LoadedContent } from '../core/load-state/load-state';
import { SessionService } from '../core/session/session.service';
import { BankStatusChip } from './bank-status-chip';
import { type RequestRole, InstructorsApi } from './instructors-api';
import { requestEn, requestJa, type RequestMessageKey } from './request-messages';

const ROLES: readonly {
  role: RequestRole;
  label: RequestMessageKey;
  empty: RequestMessageKey;
  /** Where to go from an empty list: find someone to ask, or register to be asked. */
  action: { path: string; label: RequestMessageKey };
}[] = [
  {
    role: 'sent',
    label: 'tab.sent',
    empty: 'empty.sent',
    action: { path: '/instructors', label: 'findInstructors' },
  },
  {
    role: 'received',
    label: 'tab.received',
    empty: 'empty.received',
    action: { path: '/teach', label: 'teach' },
  },
];

/** The requests the person sent and those they received as an instructor, as two tabs (`?role=`). */
@Component({
  selector: 'tsu-requests-page',
  imports: [RouterLink, MatButtonModule, LoadState, LoadedContent, BankStatusChip, DateRange],
  templateUrl: './requests-page.html',
  styleUrl: './bank.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RequestsPage {
  private readonly api = inject(InstructorsApi);
  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);
  private readonly session = inject(SessionService);

  /** The `role` query parameter. */
  readonly role = input<string | undefined>(undefined);

  protected readonly t = scopedTranslator(requestJa, requestEn);
  protected readonly roles = ROLES;
  /** The tab asked for; without one, an instructor sees what they received, others what they sent. */
  protected readonly shownRole = computed<RequestRole>(() => {
    const asked = this.role();
    if (asked === 'received' || asked === 'sent') return asked;
    return this.session.hasAnyRole(['instructor']) ? 'received' : 'sent';
  });
  protected readonly current = computed(() => ROLES.find((r) => r.role === this.shownRole())!);
  protected readonly requests = this.api.requests(this.shownRole);

  protected readonly cards = computed(() => {
    const language = this.i18n.language();
    const received = this.shownRole() === 'received';
    const items = this.requests.hasValue() ? this.requests.value() : [];
    return items.map((request) => ({
      id: request.id,
      status: request.status,
      statusText: this.t(`status.${request.status}` as RequestMessageKey),
      party: received
        ? this.t('from', { name: request.requesterName })
        : this.t('to', {
            name: this.i18n.pick(request.instructor.displayName, request.instructor.displayNameEn),
          }),
      purpose: request.purpose,
      whenLabel: this.t(request.acceptedOption ? 'acceptedDate' : 'dates'),
      when: (request.acceptedOption ? [request.acceptedOption] : request.dateOptions).map(
        (option) => sessionRangeText(option.startsAt, option.endsAt, language),
      ),
    }));
  });

  /** Arrow keys move between the tabs (the WAI-ARIA tabs pattern). */
  protected onTabKey(event: KeyboardEvent, index: number): void {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = ROLES[(index + step + ROLES.length) % ROLES.length];
    void this.router.navigate([], { queryParams: { role: next.role } }).then(() => {
      document.getElementById(`tab-${next.role}`)?.focus();
    });
  }
}
