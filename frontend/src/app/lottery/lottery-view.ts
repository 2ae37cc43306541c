import type { Language } from '../core/i18n/i18n.service';
import { formatDateTime } from '../core/format/date-format';
import type { LotteryKey } from './lottery-messages';
import type { LotteryPriority, LotteryRecord, LotteryResult } from './lottery-api';

type T = (key: LotteryKey, params?: Record<string, string | number>) => string;

/** A result row as both lottery pages show it. */
export interface ResultRow {
  rank: number;
  entryId: string;
  party: string;
  group: number;
  outcome: string;
  won: boolean;
  yours: boolean;
}

export function resultRows(
  results: readonly LotteryResult[],
  yourEntryId: string | null,
  t: T,
): ResultRow[] {
  const places = waitingPlaces(results);
  return results.map((result) => ({
    rank: result.rank,
    entryId: result.entryId,
    party: t('people', { count: result.partySize }),
    group: result.priorityGroup,
    outcome: outcomeLabel(result.outcome, places.get(result.entryId) ?? null, t),
    won: result.outcome === 'won',
    yours: result.entryId === yourEntryId,
  }));
}

/**
 * Each waiting entry's place in line (1 = next to be offered a seat). The record keeps the drawn
 * rank as the waiting list's order; people are told their place among those waiting.
 */
export function waitingPlaces(
  results: readonly { entryId: string; rank: number | null; outcome: string | null }[],
): Map<string, number> {
  const waiting = results
    .filter((r) => r.outcome === 'waitlisted' && r.rank !== null)
    .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
  return new Map(waiting.map((r, index) => [r.entryId, index + 1]));
}

export function outcomeLabel(
  outcome: LotteryResult['outcome'] | null,
  place: number | null,
  t: T,
): string {
  if (outcome === 'won') return t('outcome.won');
  if (outcome === 'waitlisted') return t('outcome.waitlisted', { position: place ?? '' });
  return t('outcome.none');
}

export function prioritiesLabel(priorities: readonly LotteryPriority[], t: T): string {
  if (priorities.length === 0) return t('priorities.none');
  return priorities.map((p) => t(`priority.${p}`)).join(' → ');
}

/** The facts of the record, as label/value pairs (values may be long hex: shown as code). */
export function recordFacts(
  record: LotteryRecord,
  language: Language,
  t: T,
): { label: string; value: string; code?: boolean }[] {
  const facts: { label: string; value: string; code?: boolean }[] = [
    { label: t('closesAt'), value: formatDateTime(record.applicationClosesAt, language) },
    { label: t('committedAt'), value: formatDateTime(record.committedAt, language) },
    { label: t('commitment'), value: record.commitment, code: true },
    { label: t('priorities'), value: prioritiesLabel(record.priorities, t) },
  ];
  if (record.drawnAt) {
    facts.push(
      { label: t('drawnAt'), value: formatDateTime(record.drawnAt, language) },
      { label: t('seed'), value: record.seed ?? '', code: true },
      { label: t('seats'), value: t('people', { count: record.seats ?? 0 }) },
    );
  }
  facts.push({ label: t('algorithm'), value: record.algorithm, code: true });
  return facts;
}

/** The badge and the lead paragraph for the lottery's state. */
export function stateTexts(state: LotteryRecord['state'], t: T): { badge: string; lead: string } {
  return {
    badge: t(`state.${state}`),
    lead: t(
      state === 'drawn' ? 'lead.after' : state === 'cancelled' ? 'lead.cancelled' : 'lead.before',
    ),
  };
}
