import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";

// global-error.tsx replaces the whole document when a root layout fails, which no
// request can make happen on purpose without a route that fails on demand in
// production too. So it is rendered here, as the server renders it, at given addresses.
const location = vi.hoisted(() => ({ pathname: "/" }));
vi.mock("next/navigation", () => ({ usePathname: () => location.pathname }));
vi.mock("@/components/ui/fonts", () => ({ fontVariables: "" }));

const { default: GlobalError } = await import("@/app/global-error");

function renderAt(pathname: string): string {
  location.pathname = pathname;
  const error = Object.assign(new Error('relation "Secret" does not exist'), { digest: "1234567890" });
  return renderToStaticMarkup(createElement(GlobalError, { error, retry: () => {} }));
}

describe("the last-resort error page", () => {
  it.each([
    ["/az/detainees/x", "az", "Xəta baş verdi", 'href="/az"'],
    ["/ru", "ru", "Что-то пошло не так", 'href="/ru"'],
    ["/detainees/x", "en", "Something went wrong", 'href="/"'],
    ["/admin/audit", "en", "Something went wrong", 'href="/admin"'],
  ])("at %s speaks %s and links home", (pathname, lang, title, home) => {
    const html = renderAt(pathname);
    expect(html).toContain(`<html lang="${lang}"`);
    expect(html).toContain(`<h1 class="text-3xl font-bold">${title}</h1>`);
    expect(html).toContain(home);
  });

  it("shows the digest as a reference, never the error's message or stack", () => {
    const html = renderAt("/ru/statements");
    expect(html).toContain("<code>1234567890</code>");
    expect(html).not.toMatch(/Secret|does not exist|at \S+ \(/);
  });
});
