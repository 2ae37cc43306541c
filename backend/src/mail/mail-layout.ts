import type { Language } from '../common/errors/request-language';

export interface MailContent {
  subject: string;
  /** Paragraphs before the button (plain text; escaped for HTML). */
  paragraphs: string[];
  action?: { label: string; url: string };
  /** Paragraphs after the button: how long the link works, what to do if it was not you. */
  notes?: string[];
}

const SIGNATURE: Record<Language, string> = {
  ja: 'つくば市 生涯学習推進課\ntsumugu — 生涯学習で つなぐ つむぐ つくば\n（このメールは送信専用です。ご返信いただいてもお答えできません。）',
  en: 'Lifelong Learning Promotion Division, Tsukuba City\ntsumugu — connect, weave, Tsukuba\n(This address does not receive replies.)',
};

function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * One layout for every mail: plain text first (many residents read mail as text, and it is what
 * the tests and the dev outbox read), and a simple HTML part with the same words and one button.
 */
export function renderMail(content: MailContent, language: Language) {
  const notes = content.notes ?? [];
  const text = [
    ...content.paragraphs,
    ...(content.action ? [`${content.action.label}:\n${content.action.url}`] : []),
    ...notes,
    SIGNATURE[language],
  ].join('\n\n');
  const paragraph = (value: string) =>
    `<p style="margin:0 0 16px">${escapeHtml(value).replace(/\n/g, '<br>')}</p>`;
  const button = content.action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(content.action.url)}" style="background:#1b5e20;color:#fff;padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:bold">${escapeHtml(content.action.label)}</a></p>` +
      paragraph(content.action.url)
    : '';
  const html =
    `<!doctype html><html lang="${language}"><body style="font-family:sans-serif;font-size:16px;line-height:1.7;color:#1a1a1a;max-width:600px">` +
    content.paragraphs.map(paragraph).join('') +
    button +
    notes.map(paragraph).join('') +
    `<hr>${paragraph(SIGNATURE[language])}</body></html>`;
  return { subject: content.subject, text, html };
}
