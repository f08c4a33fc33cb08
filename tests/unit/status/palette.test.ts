import { describe, expect, it } from "vitest";
import { COMPLIANCE_STATES } from "@/lib/periods/compliance";
import { chipStyle, STATUS_COLOURS } from "@/lib/status/palette";
import { CONFIDENCES, STAGES, SYSTEM_STATES } from "@/lib/status/vocabulary";

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrastWithWhite = (hex: string) => 1.05 / (luminance(hex) + 0.05);

/** Deuteranopia (the commonest deficiency), Machado et al. 2009 at full severity, on linear RGB. */
function deuteranope(hex: string): number[] {
  const lin = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  const m = [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ];
  return m.map((row) => row.reduce((s, v, j) => s + v * lin[j]!, 0));
}
const distance = (a: number[], b: number[]) => Math.hypot(...a.map((v, i) => v - b[i]!));

describe("the one status palette", () => {
  it("has a colour for every stage, confidence, system state and reporting state", () => {
    for (const key of [...STAGES, ...CONFIDENCES, ...SYSTEM_STATES, ...COMPLIANCE_STATES, "no_rating"]) {
      expect(STATUS_COLOURS[key], key).toMatch(/^#[0-9a-fA-F]{6}$/);
    }
  });

  it("keeps every colour at 3:1 or more against white (chart fills and borders)", () => {
    for (const [key, hex] of Object.entries(STATUS_COLOURS)) {
      expect(contrastWithWhite(hex), key).toBeGreaterThanOrEqual(3);
    }
  });

  it("tells the five confidence values apart, also as a deuteranope sees them", () => {
    const colours = CONFIDENCES.map((c) => STATUS_COLOURS[c]!);
    expect(new Set(colours).size).toBe(CONFIDENCES.length);
    for (let i = 0; i < colours.length; i++) {
      for (let j = i + 1; j < colours.length; j++) {
        expect(
          distance(deuteranope(colours[i]!), deuteranope(colours[j]!)),
          `${CONFIDENCES[i]} vs ${CONFIDENCES[j]}`,
        ).toBeGreaterThan(0.06);
      }
    }
  });

  it("marks severity by the border too, never by colour alone", () => {
    expect(chipStyle("at_risk").borderStyle).toBe("dashed");
    expect(chipStyle("stale").borderStyle).toBe("dotted");
    expect(chipStyle("on_track").borderStyle).toBe("solid");
  });
});
