/**
 * When the outbox tries a notification again after a failed attempt: 1, 5 and 15 minutes, an
 * hour, two, then every four hours — eleven attempts over about 23 hours, then it gives up
 * ('failed'; the admin summary counts them). A mail server that is down for a morning loses
 * nothing; a mail that could never be delivered does not retry forever.
 */
const RETRY_DELAYS_MINUTES = [1, 5, 15, 60, 120, 240, 240, 240, 240, 240];

/** Seconds until the next attempt after `attempts` failed ones, or null to give up. */
export function retryDelaySeconds(attempts: number): number | null {
  const minutes = RETRY_DELAYS_MINUTES[attempts - 1];
  return minutes === undefined ? null : minutes * 60;
}

export const MAX_ATTEMPTS = RETRY_DELAYS_MINUTES.length + 1;
