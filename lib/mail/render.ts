/**
 * Plain text and HTML of one message from one list of blocks, so both always say the same. Headings
 * carry te reo Māori and English side by side; the HTML is inline-styled (mail programs ignore style
 * sheets) and escapes everything it is given.
 */

export type Bilingual = { mi: string; en: string };

export type MailBlock =
  /** A heading in te reo Māori and English. */
  | { kind: "heading"; level: 1 | 2; text: Bilingual }
  /** A heading of one language (an action's code and title), optionally a link. */
  | { kind: "title"; text: string; link?: string }
  /** A paragraph, optionally followed by a link written out in full. */
  | { kind: "paragraph"; text: string; link?: string }
  /** A line of small print (dates, stage and confidence). */
  | { kind: "meta"; text: string }
  | { kind: "signature"; text: string };

export const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Both languages, te reo Māori first; once, in English, while a text awaits its translation. */
export const bilingualText = (b: Bilingual) => (b.mi === b.en ? b.en : `${b.mi} · ${b.en}`);

export const bilingualHtml = (b: Bilingual) =>
  b.mi === b.en
    ? `<span lang="en">${escapeHtml(b.en)}</span>`
    : `<span lang="mi">${escapeHtml(b.mi)}</span> · <span lang="en">${escapeHtml(b.en)}</span>`;

function textOf(block: MailBlock): string[] {
  switch (block.kind) {
    case "heading":
      return [bilingualText(block.text), ""];
    case "title":
      return [block.text, ...(block.link ? [block.link] : []), ""];
    case "paragraph":
      return [block.text, ...(block.link ? [block.link] : []), ""];
    case "meta":
      return [block.text, ""];
    case "signature":
      return ["-- ", block.text, ""];
  }
}

function htmlOf(block: MailBlock, offset = 0): string {
  const h = escapeHtml;
  const tag = (level: number) => `h${Math.min(level + offset, 6)}`;
  const link = (url: string) => `<a href="${h(url)}">${h(url)}</a>`;
  switch (block.kind) {
    case "heading":
      return block.level === 1
        ? `<${tag(1)} style="font-size: 1.4em">${bilingualHtml(block.text)}</${tag(1)}>`
        : `<${tag(2)} style="font-size: 1.15em; margin-top: 1.5em">${bilingualHtml(block.text)}</${tag(2)}>`;
    case "title":
      return `<${tag(3)} style="font-size: 1em; margin-bottom: 0.25em">${block.link ? `<a href="${h(block.link)}">${h(block.text)}</a>` : h(block.text)}</${tag(3)}>`;
    case "paragraph":
      return `<p>${h(block.text).replace(/\n/g, "<br>")}${block.link ? `<br>${link(block.link)}` : ""}</p>`;
    case "meta":
      return `<p style="color: #444; font-size: 0.9em; margin-top: 0">${h(block.text)}</p>`;
    case "signature":
      return `<p style="color: #555">${h(block.text)}</p>`;
  }
}

/**
 * The blocks as HTML with no document around them, to paste into another page or newsletter tool;
 * `headingOffset` moves the headings down (2: the first heading is an h3) to sit inside a page.
 */
export function renderHtmlFragment(blocks: MailBlock[], headingOffset = 0): string {
  return blocks.map((b) => htmlOf(b, headingOffset)).join("\n");
}

/** The message's plain text and its HTML document, in the language of its body. */
export function renderMail(lang: "en" | "mi", subject: string, blocks: MailBlock[]): { text: string; html: string } {
  const text = blocks.flatMap(textOf).join("\n");
  const html = [
    "<!doctype html>",
    `<html lang="${lang === "mi" ? "mi" : "en-NZ"}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    '<body style="font-family: sans-serif; line-height: 1.5; max-width: 40em">',
    renderHtmlFragment(blocks),
    "</body></html>",
  ].join("\n");
  return { text, html };
}

/** The headers that let a mail program stop the subscription in one click (RFC 2369, RFC 8058). */
export function oneClickUnsubscribeHeaders(postUrl: string): Record<string, string> {
  return { "List-Unsubscribe": `<${postUrl}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" };
}
