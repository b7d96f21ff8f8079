import Link from "next/link";
import { requireStaff } from "@/lib/auth/session";
import { listStatementsForAdmin } from "@/lib/statements/get-statement-for-edit";
import { publicationOf } from "@/lib/statements/statement-edit-fields";

export const metadata = { title: "Statements" };

const LABELS = { DRAFT: "Draft", SCHEDULED: "Scheduled", PUBLISHED: "Published" };

export default async function StatementsAdminPage() {
  const staff = await requireStaff();
  const statements = await listStatementsForAdmin(staff);
  return (
    <div className="space-y-4">
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-bold">Statements</h1>
        <Link href="/admin/statements/new" className="rounded bg-brand-800 px-4 py-2 font-semibold text-white">
          New statement
        </Link>
      </div>
      <table className="w-full border-collapse bg-white">
        <thead>
          <tr className="border-b text-left">
            <th scope="col" className="p-2">
              Title
            </th>
            <th scope="col" className="p-2">
              State
            </th>
            <th scope="col" className="p-2">
              Last updated
            </th>
          </tr>
        </thead>
        <tbody>
          {statements.map((s) => {
            const state = publicationOf(s);
            return (
              <tr key={s.id} className="border-b">
                <td className="p-2">
                  <Link href={`/admin/statements/${s.id}`} className="underline">
                    {s.title}
                  </Link>
                </td>
                <td className="p-2">
                  {LABELS[state]}
                  {state === "SCHEDULED" && s.publishAt
                    ? ` for ${s.publishAt.toISOString().slice(0, 16).replace("T", " ")} UTC`
                    : ""}
                </td>
                <td className="p-2">{s.updatedAt.toISOString().slice(0, 16).replace("T", " ")} UTC</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
