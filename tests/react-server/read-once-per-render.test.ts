import { createRequire } from "node:module";
import { Writable } from "node:stream";
import { createElement, type FunctionComponent } from "react";
import { beforeEach, describe, expect, it, vi } from "vitest";

// Pages read some data in generateMetadata and again in the page; React's cache()
// makes that one query per request. cache() only memoises inside a server render,
// so this file runs with the "react-server" condition (see vitest.config.ts) and
// renders through the React Server Components renderer that Next itself uses.
const require = createRequire(import.meta.url);
const { renderToPipeableStream } = require("next/dist/compiled/react-server-dom-webpack/server.node") as {
  renderToPipeableStream: (
    model: unknown,
    bundlerConfig: object,
    options: { onError: (error: unknown) => void },
  ) => { pipe: (target: Writable) => void };
};

// Every database call is counted; each answers with a row, so a profile is "found".
const queries = vi.hoisted(() => [] as string[]);
vi.mock("@/lib/db/client", () => {
  const model = (name: string) =>
    new Proxy({}, { get: (_, method) => async () => (queries.push(`${name}.${String(method)}`), { slug: "found" }) });
  return { db: new Proxy({}, { get: (_, name) => model(String(name)) }) };
});

const { getPublishedDetaineeBySlug } = await import("@/lib/detainees/get-published-detainee-by-slug");
const { getPublishedStatementBySlug } = await import("@/lib/statements/get-published-statement-by-slug");
const { getCampaign } = await import("@/lib/campaign/get-campaign");

/** One request: a server render of `component`, resolved when it has streamed out. */
function renderRequest(component: FunctionComponent): Promise<void> {
  return new Promise((resolve, reject) => {
    const { pipe } = renderToPipeableStream(createElement(component), {}, { onError: reject });
    pipe(new Writable({ write: (_chunk, _encoding, done) => done(), final: (done) => (resolve(), done()) }));
  });
}

/** Reads as a page does: once for its metadata, once for its body, in parallel components. */
function readTwice(read: () => Promise<unknown>): FunctionComponent {
  const Reader = async () => (await read(), null);
  return function Page() {
    return createElement("div", null, createElement(Reader), createElement(Reader));
  };
}

beforeEach(() => {
  queries.length = 0;
});

describe.each([
  ["getPublishedDetaineeBySlug", () => getPublishedDetaineeBySlug("zaur-gurbanli"), "detainee.findFirst"],
  ["getPublishedStatementBySlug", () => getPublishedStatementBySlug("a-statement"), "statement.findFirst"],
  ["getCampaign", () => getCampaign(), "campaign.findFirst"],
] as const)("%s", (_name, read, query) => {
  it("queries the database once per request however often a render reads it", async () => {
    await renderRequest(readTwice(read));
    expect(queries).toEqual([query]);
  });

  it("queries again on the next request: nothing is kept between visitors", async () => {
    await renderRequest(readTwice(read));
    await renderRequest(readTwice(read));
    expect(queries).toEqual([query, query]);
  });
});

it("keeps different slugs apart within a request", async () => {
  await renderRequest(() =>
    createElement(
      "div",
      null,
      createElement(readTwice(() => getPublishedDetaineeBySlug("a"))),
      createElement(readTwice(() => getPublishedDetaineeBySlug("b"))),
    ),
  );
  expect(queries).toEqual(["detainee.findFirst", "detainee.findFirst"]);
});
