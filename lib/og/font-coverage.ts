/**
 * Which characters a TrueType/OpenType font can draw, read from its character map (`cmap`), so
 * preview images are drawn only with what the committed fonts hold. A character no font has would
 * send the image renderer off to fetch a fallback font or emoji from the internet, which a
 * deployment without outbound access cannot do (and an emoji it cannot fetch fails the image).
 */

/** Every code point mapped by the font's Unicode subtables (formats 4 and 12). */
export function fontCoverage(font: Uint8Array): Set<number> {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tables = view.getUint16(4);
  let cmap = -1;
  for (let i = 0; i < tables; i++) {
    const record = 12 + i * 16;
    const tag = String.fromCharCode(...font.subarray(record, record + 4));
    if (tag === "cmap") cmap = view.getUint32(record + 8);
  }
  if (cmap < 0) throw new Error("This font has no character map (cmap table).");
  const covered = new Set<number>();
  const subtables = view.getUint16(cmap + 2);
  for (let i = 0; i < subtables; i++) {
    const start = cmap + view.getUint32(cmap + 4 + i * 8 + 4);
    const format = view.getUint16(start);
    if (format === 4) {
      const segCountX2 = view.getUint16(start + 6);
      const ends = start + 14;
      const starts = ends + segCountX2 + 2;
      for (let s = 0; s < segCountX2 / 2; s++) {
        const last = view.getUint16(ends + s * 2);
        for (let c = view.getUint16(starts + s * 2); c <= last && c !== 0xffff; c++) covered.add(c);
      }
    } else if (format === 12) {
      const groups = view.getUint32(start + 12);
      for (let g = 0; g < groups; g++) {
        const group = start + 16 + g * 12;
        const last = view.getUint32(group + 4);
        for (let c = view.getUint32(group); c <= last; c++) covered.add(c);
      }
    }
  }
  return covered;
}

/**
 * The text with runs of white space made one space, and every character the fonts cannot draw
 * (an emoji, a script they lack) left out.
 */
export function drawableText(text: string, covered: ReadonlySet<number>): string {
  let out = "";
  for (const ch of text.replace(/\s+/g, " ")) {
    if (covered.has(ch.codePointAt(0)!)) out += ch;
  }
  return out.replace(/ {2,}/g, " ").trim();
}
