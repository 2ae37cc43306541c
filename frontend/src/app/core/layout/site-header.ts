import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { Icon } from './icon';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { I18nService } from '../i18n/i18n.service';
import type { MessageKey } from '../i18n/messages-ja';
import { SessionService } from '../session/session.service';
import { TEXT_SIZES, TextSize, TextSizeService } from './text-size.service';
import { UserMenu } from './user-menu';

interface NavItem {
  path: string;
  label: MessageKey;
  exact: boolean;
}

const TEXT_SIZE_LABELS: Record<TextSize, MessageKey> = {
  standard: 'layout.textSize.standard',
  large: 'layout.textSize.large',
  extraLarge: 'layout.textSize.extraLarge',
};

@Component({
  selector: 'tsu-site-header',
  imports: [RouterLink, RouterLinkActive, Icon, UserMenu],
  templateUrl: './site-header.html',
  styleUrl: './site-header.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SiteHeader {
  private readonly i18n = inject(I18nService);
  private readonly textSizeService = inject(TextSizeService);

  protected readonly t = this.i18n.t;
  protected readonly language = this.i18n.language;
  protected readonly textSize = this.textSizeService.size;
  protected readonly textSizes = TEXT_SIZES;
  protected readonly textSizeLabels = TEXT_SIZE_LABELS;
  private readonly session = inject(SessionService);
  /** 予約一覧 joins the main navigation for a citizen (a verified account), who can book. */
  protected readonly navItems = computed<NavItem[]>(() => [
    { path: '/courses', label: 'layout.nav.courses', exact: false },
    ...(this.session.roles().includes('citizen')
      ? [{ path: '/bookings', label: 'layout.nav.bookings', exact: false } satisfies NavItem]
      : []),
    { path: '/instructors', label: 'layout.nav.instructors', exact: false },
    { path: '/facilities', label: 'layout.nav.facilities', exact: false },
    { path: '/about', label: 'layout.nav.about', exact: true },
  ]);

  /** On phones the nav is a disclosure; a plain one needs no overlay code in the first load. */
  protected readonly menuOpen = signal(false);

  protected toggleMenu(): void {
    this.menuOpen.update((open) => !open);
  }

  protected closeMenu(): void {
    this.menuOpen.set(false);
  }

  protected toggleLanguage(): void {
    void this.i18n.toggle();
  }

  protected setTextSize(size: TextSize): void {
    this.textSizeService.setSize(size);
  }
}
