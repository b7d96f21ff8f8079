import { describe, expect, it } from "vitest";
import { resolveUploadPath, uploadsDir } from "./uploads-dir";

describe("resolveUploadPath", () => {
  it("maps safe segments inside the uploads folder", () => {
    expect(resolveUploadPath(["detainees", "abc-123.jpg"])).toBe(`${uploadsDir()}/detainees/abc-123.jpg`);
  });

  it("refuses anything that could leave it", () => {
    for (const bad of [
      [".."],
      ["..", "secrets.json"],
      ["detainees", "..%2f"],
      ["detainees", "a/b.jpg"],
      [],
      ["Detainees", "x.jpg"],
      ["x.JPG"],
      ["detainees", ".hidden"],
    ]) {
      expect(resolveUploadPath(bad), bad.join("/")).toBeNull();
    }
  });
});
