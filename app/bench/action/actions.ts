"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { env } from "@/lib/config/env";

/** Does what every form action does before its own work (read the form and the headers), then redirects. */
export async function noopAction(formData: FormData) {
  if (env().BENCH_ROUTES !== "1") return;
  String(formData.get("email") ?? "");
  await headers();
  redirect("/petition/signed");
}
