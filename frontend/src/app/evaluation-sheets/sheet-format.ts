import type { ListedSheetState, SheetFigure } from '../api/api-types';
import { formatDateTime } from '../core/format/date-format';
import type { Language } from '../core/i18n/i18n.service';

/** A figure's value as people read it: 1,234 / 87.5% / 2.35倍 (×); a dash when there is none. */
export function formatFigure(
  figure: Pick<SheetFigure, 'value' | 'unit'>,
  language: Language,
): string {
  if (figure.value === null) return '—';
  const locale = language === 'ja' ? 'ja-JP' : 'en-GB';
  switch (figure.unit) {
    case 'percent':
      return `${figure.value.toLocaleString(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 })}%`;
    case 'ratio':
      return `${figure.value.toLocaleString(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 })}${language === 'ja' ? '倍' : '×'}`;
    default:
      return figure.value.toLocaleString(locale);
  }
}

export function formatWhen(instant: string | null, language: Language): string {
  return instant ? formatDateTime(instant, language) : '—';
}

/** The badge's look for each state (the same palette as the course statuses). */
export const STATE_BADGE: Record<ListedSheetState, string> = {
  not_started: 'badge',
  draft: 'badge',
  submitted: 'badge badge--primary',
  returned: 'badge badge--tertiary',
  accepted: 'badge badge--accepted',
};
