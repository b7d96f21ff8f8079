import { describe, expect, it } from "vitest";
import { chartSvg, escapeXml } from "./chart-svg";
import type { NumberChart } from "./number-charts";

const base: Omit<NumberChart, "id" | "rows" | "series"> = {
  title: "By affiliation",
  keyLabel: "Affiliation",
  notes: ["Counted only where the arrest date is known to the day or month. ".repeat(4).trim()],
  source: "Source: Free Voices, https://freevoices.example, data as of 6 December 2026",
  asOf: "2026-12-06",
  asOfText: "6 December 2026",
  asOfLine: "As of 6 December 2026",
};

const bars: NumberChart = {
  ...base,
  id: "affiliation",
  series: [{ key: "count", label: "People" }],
  rows: [
    { key: "nida", label: "N!DA <Civic> & \"Youth\" 'Movement'", values: { count: 5 }, profilesPath: null },
    { key: "", label: "Not recorded", values: { count: 2 }, profilesPath: null },
  ],
};

const svg = (chart: NumberChart) => chartSvg(chart, { idPrefix: `chart-${chart.id}`, emptyText: "Nothing dated yet" });

describe("chart SVG", () => {
  it("is an image named by its title and described by its numbers, date and source", () => {
    const out = svg(bars);
    expect(out).toMatch(
      /^<svg [^>]*role="img" aria-labelledby="chart-affiliation-title" aria-describedby="chart-affiliation-desc"/,
    );
    expect(out).toContain('<title id="chart-affiliation-title">By affiliation. As of 6 December 2026</title>');
    expect(out).toMatch(
      /<desc id="chart-affiliation-desc">[^<]*Not recorded: 2[^<]*data as of 6 December 2026<\/desc>/,
    );
  });

  it("draws the date and the whole source line, wrapping long notes instead of cutting them", () => {
    const out = svg(bars);
    expect(out).toContain(">As of 6 December 2026</text>");
    expect(out).toContain(`>${base.source}</text>`);
    const noteText = [...out.matchAll(/<text x="16" y="\d+" font-size="12" fill="#57534e">([^<]*)<\/text>/g)]
      .map((m) => m[1])
      .filter((line) => !line!.startsWith("Source"))
      .join(" ");
    expect(noteText).toBe(base.notes[0]);
  });

  it("escapes text staff typed, so a label can never become markup", () => {
    const out = svg(bars);
    expect(out).not.toContain("<Civic>");
    expect(out).toContain("N!DA &#60;Civic&#62; &#38; &#34;Youth&#34; &#39;Movement&#39;");
    expect(escapeXml(`<script>alert("x")</script>`)).toBe("&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62;");
  });

  it("draws one bar per row, as long as its count on the scale", () => {
    const widths = [...svg(bars).matchAll(/<rect x="\d+" y="\d+" width="(\d+)"[^>]*fill="#9a3412"/g)].map((m) =>
      Number(m[1]),
    );
    expect(widths).toHaveLength(2);
    expect(widths[0]! / widths[1]!).toBeCloseTo(5 / 2, 1);
  });

  it("draws months with no arrest as gaps on a continuous time axis, and says when nothing is dated", () => {
    const monthly: NumberChart = {
      ...base,
      id: "monthly",
      series: [
        { key: "arrests", label: "Arrests" },
        { key: "releases", label: "Releases" },
      ],
      rows: [
        { key: "2013-03", label: "March 2013", values: { arrests: 2, releases: 0 }, profilesPath: null },
        { key: "2013-06", label: "June 2013", values: { arrests: 1, releases: 1 }, profilesPath: null },
      ],
    };
    const out = svg(monthly);
    // Four months on the axis (March to June), labelled, three bars drawn.
    expect([...out.matchAll(/>(\d\d\/2013)<\/text>/g)].map((m) => m[1])).toEqual([
      "03/2013",
      "04/2013",
      "05/2013",
      "06/2013",
    ]);
    const marks = out.match(/<rect x="[\d.]+" y="\d+" width="[\d.]+" height="\d+" fill="#(9a3412|15803d)"/g) ?? [];
    // Less the legend's two swatches.
    expect(marks.filter((mark) => !mark.includes('y="66"'))).toHaveLength(3);
    expect(svg({ ...monthly, rows: [] })).toContain(">Nothing dated yet</text>");
  });
});
