import type { Language } from '../i18n/i18n.service';

const GROUPED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** A fee: `無料` / `Free` when zero, otherwise `1,500円` / `¥1,500`. */
export function formatFee(yen: number, language: Language): string {
  if (yen === 0) return language === 'ja' ? '無料' : 'Free';
  return formatYen(yen, language);
}

/** An amount that is never "free" (a room's fee still reads `0円`). */
export function formatYen(yen: number, language: Language): string {
  const amount = GROUPED.format(yen);
  return language === 'ja' ? `${amount}円` : `¥${amount}`;
}

/** A count grouped by thousands in both languages: 44,000. */
export function formatCount(count: number): string {
  return GROUPED.format(count);
}
