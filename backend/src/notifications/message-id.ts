/**
 * The Message-ID of a notification's mail: `<message-uuid@host>`, the same on every attempt, so
 * that a mail sent again after a crash mid-hand-over is recognisable as the same mail (by the
 * mail server, the recipient's mail program, or anyone reading the logs of either). The host is
 * the domain of the sender address (MAIL_FROM), the domain that vouches for the identifier.
 */
export function notificationMessageId(messageUuid: string, mailFrom: string): string {
  const address = /<([^<>]+)>\s*$/.exec(mailFrom)?.[1] ?? mailFrom.trim();
  const host = address.slice(address.lastIndexOf('@') + 1).trim() || 'localhost';
  return `<${messageUuid}@${host}>`;
}
