/**
 * The HTML part of every e-mail, made from its plain text: paragraphs, links, and (for a message whose point is
 * one action, like the welcome e-mail's "Log in") a button. Mail clients show the HTML; the text part stays for
 * clients and filters that read only text. Everything from the text is escaped.
 */

/** The one action a message asks for, rendered as a button above the text's own link. */
export interface MailAction {
  label: string;
  url: string;
}

/** `text` safe inside HTML text and quoted attribute values (the five special characters as references). */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Escaped text with its http(s) links made clickable. */
function linked(text: string): string {
  return escapeHtml(text).replace(
    /https?:\/\/[^\s<>"']+/g,
    (url) => `<a href="${url}" style="color:#1d4ed8">${url}</a>`,
  );
}

/** A button as e-mail clients render one: a table cell with a link (no CSS classes, no scripts). */
function button(action: MailAction): string {
  return `<table role="presentation" cellspacing="0" cellpadding="0" style="margin:24px 0"><tr><td style="background:#1d4ed8;border-radius:6px"><a href="${escapeHtml(action.url)}" style="display:inline-block;padding:12px 24px;color:#ffffff;font-weight:600;text-decoration:none">${escapeHtml(action.label)}</a></td></tr></table>`;
}

/** The HTML part for `text` (paragraphs split at blank lines), with `action` as a button after the first one. */
export function mailHtml(text: string, lang: string, action?: MailAction): string {
  const paragraphs = text
    .split(/\n{2,}/)
    .map((p) => `<p style="margin:0 0 16px">${linked(p).replace(/\n/g, '<br>')}</p>`);
  if (action) paragraphs.splice(1, 0, button(action));
  return `<!doctype html><html lang="${escapeHtml(lang)}"><head><meta charset="utf-8"></head><body style="margin:0;padding:24px;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1f2937">${paragraphs.join('')}</body></html>`;
}
