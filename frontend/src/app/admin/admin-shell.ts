import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { scopedTranslator } from '../core/i18n/scoped-translator';
import { adminEn, adminJa, type AdminMessageKey } from './admin-messages';

const SECTIONS: { path: string; label: AdminMessageKey }[] = [
  { path: 'people', label: 'nav.people' },
  { path: 'organisations', label: 'nav.organisations' },
  { path: 'facilities', label: 'nav.facilities' },
  { path: 'invitations', label: 'nav.invitations' },
  { path: 'audit-log', label: 'nav.audit' },
  { path: 'questionnaires', label: 'nav.questionnaires' },
];

/** The administrator console's frame: its own menu above each section's page. */
@Component({
  selector: 'tsu-admin-shell',
  imports: [RouterLink, RouterLinkActive, RouterOutlet],
  template: `
    <div class="page">
      <p class="console-name">{{ t('heading') }}</p>
      <nav class="console-nav" [attr.aria-label]="t('nav')">
        <ul>
          @for (section of sections; track section.path) {
            <li>
              <a
                [routerLink]="section.path"
                routerLinkActive="console-nav__active"
                ariaCurrentWhenActive="page"
                >{{ t(section.label) }}</a
              >
            </li>
          }
        </ul>
      </nav>
      <router-outlet />
    </div>
  `,
  styles: `
    .console-name {
      margin: 0;
      font-weight: 700;
      color: var(--mat-sys-on-surface-variant);
    }
    .console-nav ul {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem;
      margin: 0.25rem 0 1.5rem;
      padding: 0 0 0.5rem;
      list-style: none;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .console-nav a {
      display: inline-flex;
      align-items: center;
      min-height: 2.75rem;
      padding: 0 0.875rem;
      border-radius: 1.375rem;
      color: var(--mat-sys-on-surface);
      text-decoration: none;
    }
    .console-nav a:hover {
      background: var(--mat-sys-surface-container-high);
      text-decoration: underline;
    }
    .console-nav a.console-nav__active {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      font-weight: 700;
      text-decoration: underline;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdminShell {
  protected readonly t = scopedTranslator(adminJa, adminEn);
  protected readonly sections = SECTIONS;
}
