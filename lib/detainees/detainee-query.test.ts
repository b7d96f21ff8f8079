import { describe, expect, it } from "vitest";
import { detaineeQueryString, firstValues, parseDetaineeQuery } from "./detainee-query";

describe("parseDetaineeQuery", () => {
  it("accepts a full query and treats empty fields as no filter", () => {
    expect(
      parseDetaineeQuery({ q: " Мамедов ", status: "RELEASED", year: "2013", sort: "detention", affiliation: "" }),
    ).toEqual({
      status: "ok",
      query: { q: "Мамедов", status: "RELEASED", year: 2013, sort: "detention" },
    });
  });

  it("names every bad field and keeps the good ones", () => {
    const result = parseDetaineeQuery({ q: "x", status: "FREE", year: "20x3", affiliation: "N!DA", sort: "height" });
    expect(result.status).toBe("invalid");
    expect(result.query).toEqual({ q: "x" });
    if (result.status === "invalid")
      expect(Object.keys(result.fieldErrors).sort()).toEqual(["affiliation", "sort", "status", "year"]);
  });

  it("rejects overlong text and impossible years", () => {
    expect(parseDetaineeQuery({ q: "a".repeat(101) }).status).toBe("invalid");
    expect(parseDetaineeQuery({ year: "1200" }).status).toBe("invalid");
  });
});

describe("detaineeQueryString and firstValues", () => {
  it("round-trips a query through the URL in a stable order", () => {
    const text = detaineeQueryString({ sort: "name", q: "Rəşad", status: "IN_DETENTION" });
    expect(text).toBe("?q=R%C9%99%C5%9Fad&status=IN_DETENTION&sort=name");
    const parsed = parseDetaineeQuery(firstValues(new URLSearchParams(text)));
    expect(parsed).toEqual({ status: "ok", query: { q: "Rəşad", status: "IN_DETENTION", sort: "name" } });
  });

  it("keeps the first of repeated parameters", () => {
    expect(firstValues({ q: ["a", "b"], status: undefined })).toEqual({ q: "a" });
  });
});
