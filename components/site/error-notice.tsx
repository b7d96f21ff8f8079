"use client";

import type { FormEvent } from "react";
import { Container } from "@/components/ui/container";

export type ErrorNoticeText = { title: string; body: string; retry: string; reference: string; home: string };

/**
 * What a visitor sees when a page fails: a plain message, a way to try again, and the
 * digest as a reference that matches the server's log line. Never the error's message
 * or stack: in production Next replaces them anyway, and they can name internals.
 */
export function ErrorNotice({
  text,
  digest,
  retry,
  homeHref,
}: {
  text: ErrorNoticeText;
  digest?: string;
  retry: () => void;
  homeHref: string;
}) {
  // Without JavaScript the form reloads the page (a GET to the same address); with
  // it, Next refreshes the server data and renders the failed part again.
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    retry();
  };
  return (
    <Container className="py-16">
      {/* The failed page's metadata may never have arrived: React puts this in <head>. */}
      <title>{text.title}</title>
      <h1 className="text-3xl font-bold">{text.title}</h1>
      <p className="mt-4">{text.body}</p>
      <form method="get" onSubmit={onSubmit} className="mt-6">
        <button type="submit" className="rounded bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900">
          {text.retry}
        </button>
      </form>
      <p className="mt-6">
        <a href={homeHref} className="underline">
          {text.home}
        </a>
      </p>
      {digest ? (
        <p className="mt-10 text-sm text-stone-600">
          {text.reference} <code>{digest}</code>
        </p>
      ) : null}
    </Container>
  );
}
