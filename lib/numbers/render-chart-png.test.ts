import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { renderChartPng } from "./render-chart-png";

const svg = (label: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="100" height="40"><text x="4" y="24">${label}</text></svg>`;

describe("renderChartPng", () => {
  it("renders a chart at twice its size", async () => {
    const meta = await sharp(await renderChartPng(svg("Məmmədov"))).metadata();
    expect(meta).toMatchObject({ format: "png", width: 200, height: 80 });
  });

  it("renders the same drawing once, and a changed drawing again", () => {
    const first = renderChartPng(svg("As of 6 December 2026"));
    expect(renderChartPng(svg("As of 6 December 2026"))).toBe(first);
    expect(renderChartPng(svg("As of 7 December 2026"))).not.toBe(first);
  });
});
