import { ImageResponse } from "next/og";

export const size = { width: 180, height: 180 };
export const contentType = "image/png";

/** The home-screen icon: the favicon's "M" on the brand colour, drawn as a shape (no font needed). */
export default function AppleIcon() {
  return new ImageResponse(
    <div style={{ width: "100%", height: "100%", display: "flex", background: "#0b4f6c" }}>
      <svg width="180" height="180" viewBox="0 0 32 32">
        <path d="M7 24V8h3.2l5.8 9 5.8-9H25v16h-3.4V14.2l-5.6 8.4-5.6-8.4V24z" fill="#fff" />
      </svg>
    </div>,
    size,
  );
}
