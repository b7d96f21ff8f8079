import { describe, expect, it } from "vitest";
import { mirrorFileFor, relativeLink } from "./mirror-paths";

const at = (path: string) => new URL(path, "http://app.test");

describe("mirrorFileFor", () => {
  it("gives pages an index.html that works from disk", () => {
    expect(mirrorFileFor(at("/"), "text/html; charset=utf-8")).toBe("index.html");
    expect(mirrorFileFor(at("/az/detainees/zaur-gurbanli"), "text/html")).toBe("az/detainees/zaur-gurbanli/index.html");
  });

  it("turns a filtered listing into a folder of its own", () => {
    expect(mirrorFileFor(at("/ru/detainees?status=RELEASED"), "text/html")).toBe(
      "ru/detainees/_status-RELEASED/index.html",
    );
  });

  it("gives data files the extension of their type", () => {
    expect(mirrorFileFor(at("/api/v1/detainees"), "application/json")).toBe("api/v1/detainees.json");
    expect(mirrorFileFor(at("/api/v1/detainees.csv"), "text/csv; charset=utf-8")).toBe("api/v1/detainees.csv");
    expect(mirrorFileFor(at("/detainees/x/share-image"), "image/png")).toBe("detainees/x/share-image.png");
  });
});

describe("relativeLink", () => {
  it("links between mirror files without a leading slash", () => {
    expect(relativeLink("az/detainees/x/index.html", "index.html")).toBe("../../../index.html");
    expect(relativeLink("index.html", "az/index.html", "#sign")).toBe("az/index.html#sign");
    expect(relativeLink("detainees/index.html", "detainees/index.html")).toBe("index.html");
  });
});
