import { notFound } from "next/navigation";
import { env } from "@/lib/config/env";
import { noopAction } from "./actions";

export const dynamic = "force-dynamic";

/**
 * The framework's ceiling for a form's server action (bench/petition-sign-form.ts): a page
 * whose form action does nothing and redirects, as the sign form does. Off unless BENCH_ROUTES=1.
 */
export default function BenchActionPage() {
  if (env().BENCH_ROUTES !== "1") notFound();
  return (
    <form action={noopAction}>
      <input name="email" aria-label="email" />
      <button>Send</button>
    </form>
  );
}
