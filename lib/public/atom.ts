/**
 * Atom 1.0 (RFC 4287) documents for the update feeds. Everything that goes into the XML passes
 * through escapeXml, so a narrative containing `<script>` or `&` stays text. Output is UTF-8, so
 * macrons are written as they are.
 */

export type AtomEntry = {
  id: string;
  title: string;
  link: string;
  /** ISO timestamp. */
  updated: string;
  authorName: string;
  /** Plain text; shown by readers as text, never as markup. */
  content: string;
};

export type AtomFeed = {
  id: string;
  title: string;
  subtitle?: string;
  /** The feed's own URL. */
  selfUrl: string;
  /** The page the feed belongs to. */
  alternateUrl: string;
  /** ISO timestamp: the newest entry, or when the feed was read if it has none. */
  updated: string;
  entries: AtomEntry[];
};

// Characters XML 1.0 does not allow at all, even escaped (control characters other than tab, LF, CR).
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** Escapes text for XML element content and attribute values alike. */
export function escapeXml(text: string): string {
  return text.replace(INVALID_XML, "").replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}

function entryXml(entry: AtomEntry): string {
  return [
    "  <entry>",
    `    <id>${escapeXml(entry.id)}</id>`,
    `    <title type="text">${escapeXml(entry.title)}</title>`,
    `    <link rel="alternate" type="text/html" href="${escapeXml(entry.link)}"/>`,
    `    <updated>${escapeXml(entry.updated)}</updated>`,
    `    <author><name>${escapeXml(entry.authorName)}</name></author>`,
    `    <content type="text">${escapeXml(entry.content)}</content>`,
    "  </entry>",
  ].join("\n");
}

export function buildAtomFeed(feed: AtomFeed): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-NZ">',
    `  <id>${escapeXml(feed.id)}</id>`,
    `  <title type="text">${escapeXml(feed.title)}</title>`,
    ...(feed.subtitle ? [`  <subtitle type="text">${escapeXml(feed.subtitle)}</subtitle>`] : []),
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.alternateUrl)}"/>`,
    `  <updated>${escapeXml(feed.updated)}</updated>`,
    ...feed.entries.map(entryXml),
    "</feed>",
    "",
  ].join("\n");
}
