import type { StatusChip } from "@/lib/seo/plan-previews";
import { STATUS_BORDER, STATUS_COLOURS } from "@/lib/status/palette";

export type PreviewCardProps = {
  siteName: string;
  tagline: string;
  /** "Action 1.4", "Workstream 2"; none on the site-wide card. */
  eyebrow: string | null;
  title: string;
  /** A line under the title (the site-wide card's description). */
  subtitle?: string | null;
  chips: StatusChip[];
  /** "Lead agency: …" */
  footer: string | null;
  /** Plain words in the top corner: "Illustrative", "Demonstration site". */
  tags: string[];
};

const INK = "#1b1b1f";
const MUTED = "#4a4f57";
const BRAND = "#0b4f6c";

/** Smaller for a longer title, and a little smaller again above two rows of status. */
function titleSize(title: string, chips: number): number {
  const size = title.length <= 45 ? 64 : title.length <= 80 ? 54 : 46;
  return chips > 3 ? size - 6 : size;
}

/**
 * A chip's colours, from the site's status palette, and its border. The renderer draws solid and
 * dashed borders only: at risk and unachievable keep their dashes, the dotted ones (stale, not yet
 * reported) are solid. The words say what each is either way.
 */
function chipStyle(key: string) {
  // The site's overdue badge: solid dark red, white words.
  if (key === "overdue") return { border: "4px solid #7f1d1d", backgroundColor: "#991b1b", color: "#ffffff" };
  const colour = STATUS_COLOURS[key] ?? MUTED;
  return {
    border: `4px ${STATUS_BORDER[key] === "dashed" ? "dashed" : "solid"} ${colour}`,
    backgroundColor: `${colour}14`,
    color: INK,
  };
}

/**
 * A 1200 × 630 preview image for link previews (Open Graph, Twitter cards), drawn by next/og:
 * inline styles only, flex layout throughout. Every status is written out in words; its colour,
 * from the site's status palette, is never the only signal.
 */
export function PreviewCard({ siteName, tagline, eyebrow, title, subtitle, chips, footer, tags }: PreviewCardProps) {
  const size = titleSize(title, chips.length);
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        backgroundColor: "#ffffff",
        color: INK,
        fontFamily: "DejaVu Sans",
      }}
    >
      <div style={{ width: 24, height: "100%", backgroundColor: BRAND }} />
      <div style={{ flex: 1, display: "flex", flexDirection: "column", padding: "40px 64px 40px 56px" }}>
        <div style={{ display: "flex", alignItems: "center" }}>
          <svg width="64" height="64" viewBox="0 0 32 32">
            <rect width="32" height="32" rx="6" fill={BRAND} />
            <path d="M7 24V8h3.2l5.8 9 5.8-9H25v16h-3.4V14.2l-5.6 8.4-5.6-8.4V24z" fill="#ffffff" />
          </svg>
          <div style={{ display: "flex", flexDirection: "column", marginLeft: 20 }}>
            <div style={{ fontSize: 34, fontWeight: 700, color: BRAND }}>{siteName}</div>
            {tagline && <div style={{ fontSize: 22, color: MUTED }}>{tagline}</div>}
          </div>
        </div>

        <div style={{ display: "flex", flexDirection: "column", marginTop: 32 }}>
          {(eyebrow || tags.length > 0) && (
            <div style={{ display: "flex", alignItems: "center", justifyContent: "space-between", marginBottom: 8 }}>
              <div style={{ fontSize: 36, fontWeight: 700, color: MUTED }}>{eyebrow ?? ""}</div>
              <div style={{ display: "flex" }}>
                {tags.map((tag) => (
                  <div
                    key={tag}
                    style={{
                      fontSize: 22,
                      fontWeight: 700,
                      color: MUTED,
                      border: `2px solid ${MUTED}`,
                      borderRadius: 6,
                      padding: "4px 12px",
                      marginLeft: 12,
                    }}
                  >
                    {tag}
                  </div>
                ))}
              </div>
            </div>
          )}
          <div style={{ fontSize: size, fontWeight: 700, lineHeight: 1.15 }}>{title}</div>
          {subtitle && <div style={{ fontSize: 32, lineHeight: 1.35, color: MUTED, marginTop: 28 }}>{subtitle}</div>}
        </div>

        <div style={{ display: "flex", flexDirection: "column", marginTop: "auto", paddingTop: 16 }}>
          {chips.length > 0 && (
            <div style={{ display: "flex", flexWrap: "wrap" }}>
              {chips.map((chip) => (
                <div
                  key={chip.key}
                  style={{
                    ...chipStyle(chip.key),
                    borderRadius: 8,
                    padding: "4px 16px",
                    marginRight: 14,
                    marginTop: 10,
                    fontSize: 28,
                    fontWeight: 700,
                  }}
                >
                  {chip.label}
                </div>
              ))}
            </div>
          )}
          {footer && <div style={{ fontSize: 24, color: MUTED, marginTop: 16 }}>{footer}</div>}
        </div>
      </div>
    </div>
  );
}
