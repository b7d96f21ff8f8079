"use client";

import { ErrorNotice } from "@/components/site/error-notice";
import type { ErrorPageProps } from "@/components/site/error-page-props";

// The admin area is English only (see its layout).
const text = {
  title: "Something went wrong",
  body: "This page could not be shown just now. Nothing was saved by the failed request; try again, and if it keeps failing, give the reference below to whoever runs the server.",
  retry: "Try again",
  reference: "Error reference:",
  home: "Back to the admin area",
};

/** An unexpected failure in an admin page, inside the admin header. */
export default function AdminError({ error, retry }: ErrorPageProps) {
  return <ErrorNotice text={text} digest={error.digest} retry={retry} homeHref="/admin" />;
}
