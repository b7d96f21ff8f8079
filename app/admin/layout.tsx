import type { Metadata } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import { getStaffSession } from "@/lib/auth/session";
import { siteIcons } from "@/lib/site/site-icons";
import "../globals.css";

// The admin area is English only; its own root layout, never cached, never indexed.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: { default: "Free Voices admin", template: "%s · Free Voices admin" },
  robots: { index: false, follow: false },
  icons: siteIcons,
};

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const staff = await getStaffSession();
  return (
    <html lang="en">
      <body className="min-h-screen bg-stone-100 font-sans text-stone-900 antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:bg-white focus:p-2"
        >
          Skip to content
        </a>
        <header className="border-b border-stone-300 bg-white">
          <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-4 px-4 py-3">
            <Link href="/admin" className="font-bold">
              Free Voices admin
            </Link>
            {staff && (
              <nav aria-label="Admin" className="flex flex-wrap gap-4">
                <Link href="/admin/detainees" className="underline">
                  Detainees
                </Link>
                <Link href="/admin/statements" className="underline">
                  Statements
                </Link>
                <Link href="/admin/petition" className="underline">
                  Petition
                </Link>
                <Link href="/admin/mirror" className="underline">
                  Mirror
                </Link>
                {staff.role === "ADMIN" && (
                  <Link href="/admin/staff" className="underline">
                    Staff
                  </Link>
                )}
                {staff.role === "ADMIN" && (
                  <Link href="/admin/audit" className="underline">
                    Audit log
                  </Link>
                )}
                <Link href="/admin/account" className="underline">
                  Account ({staff.email})
                </Link>
              </nav>
            )}
          </div>
        </header>
        <main id="main" className="mx-auto max-w-6xl px-4 py-6">
          {children}
        </main>
      </body>
    </html>
  );
}
