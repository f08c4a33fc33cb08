/**
 * Text cut to fit a meta description (search engines show about 160 characters): white space made
 * single, and a longer text cut at a word boundary with an ellipsis, never inside a word.
 */
export function clip(text: string, max = 160): string {
  const chars = [...text.replace(/\s+/g, " ").trim()];
  if (chars.length <= max) return chars.join("");
  const cut = chars.slice(0, max - 1).join("");
  const space = cut.lastIndexOf(" ");
  // A single word longer than most of the room is cut where it must be.
  const head = space > cut.length * 0.6 ? cut.slice(0, space) : cut;
  return `${head.replace(/[\s,;:.·–—-]+$/u, "")}…`;
}
