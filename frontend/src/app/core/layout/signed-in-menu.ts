import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  signal,
} from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import type { Role } from '../../api/api-types';
import { I18nService } from '../i18n/i18n.service';
import type { MessageKey } from '../i18n/messages-ja';
import { SessionService } from '../session/session.service';
import { Icon } from './icon';

interface WorkspaceLink {
  path: string;
  label: MessageKey;
  role: Role;
}

/** Each workspace, shown only to people whose roles open it (the API refuses the rest anyway). */
export const WORKSPACES: readonly WorkspaceLink[] = [
  { path: '/organiser', label: 'layout.nav.organiser', role: 'organiser' },
  { path: '/staff/today', label: 'layout.nav.staff', role: 'facility_staff' },
  { path: '/rosters', label: 'layout.nav.teaching', role: 'instructor' },
  {
    path: '/review/instructors',
    label: 'layout.nav.instructorReview',
    role: 'instructor_reviewer',
  },
  { path: '/city', label: 'layout.nav.city', role: 'plan_evaluator' },
  { path: '/admin', label: 'layout.nav.admin', role: 'city_admin' },
  { path: '/evaluation-sheets', label: 'layout.nav.evaluationSheets', role: 'city_admin' },
  { path: '/evaluation-sheets', label: 'layout.nav.evaluationSheets', role: 'plan_evaluator' },
];

/**
 * A resident's learning record (学びの記録), then the instructor bank's own pages, after the
 * workspaces: a resident may apply to teach (the circle of learning and teaching), and
 * requests to instructors are sent by residents and organisers and received by instructors.
 */
export const BANK_LINKS: readonly { path: string; label: MessageKey; roles: readonly Role[] }[] = [
  { path: '/learning', label: 'layout.nav.learning', roles: ['citizen'] },
  { path: '/teach', label: 'layout.nav.teach', roles: ['citizen'] },
  {
    path: '/instructor-requests',
    label: 'layout.nav.instructorRequests',
    roles: ['citizen', 'organiser', 'instructor'],
  },
];

/**
 * A signed-in person's menu: a disclosure with their name, the workspaces their roles allow,
 * their account and log-out. A plain disclosure rather than a Material menu, and a chunk of its
 * own (the user menu fetches it once someone is signed in): a first visit does not download it.
 */
@Component({
  selector: 'tsu-signed-in-menu',
  imports: [RouterLink, Icon],
  templateUrl: './signed-in-menu.html',
  styleUrl: './signed-in-menu.scss',
  host: {
    '(document:click)': 'closeWhenOutside($event)',
    '(keydown.escape)': 'closeAndFocus()',
  },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SignedInMenu {
  private readonly session = inject(SessionService);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly document = inject(DOCUMENT);

  protected readonly t = inject(I18nService).t;
  protected readonly name = this.session.displayName;
  protected readonly email = computed(() => this.session.user()?.email ?? '');
  protected readonly workspaces = computed(() => {
    const roles = this.session.roles();
    const workspaces = WORKSPACES.filter((workspace) => roles.includes(workspace.role));
    return [
      // A page open to several roles is listed once.
      ...workspaces.filter(
        (workspace, i) => workspaces.findIndex((w) => w.path === workspace.path) === i,
      ),
      ...BANK_LINKS.filter((link) => link.roles.some((role) => roles.includes(role))),
    ];
  });
  protected readonly open = signal(false);

  protected toggle(): void {
    this.open.update((open) => !open);
  }

  protected close(): void {
    this.open.set(false);
  }

  protected closeAndFocus(): void {
    if (!this.open()) return;
    this.open.set(false);
    this.host.nativeElement.querySelector<HTMLButtonElement>('.user-menu__button')?.focus();
  }

  protected closeWhenOutside(event: Event): void {
    if (this.open() && !this.host.nativeElement.contains(event.target as Node)) this.close();
  }

  protected async logOut(): Promise<void> {
    this.close();
    await this.session.logOut();
    await this.router.navigateByUrl('/');
    this.document.getElementById('main-content')?.focus();
  }
}
