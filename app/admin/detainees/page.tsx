import Link from "next/link";
import statusLabels from "@/messages/en/status.json";
import { requireStaff } from "@/lib/auth/session";
import { listDetaineesForAdmin } from "@/lib/detainees/list-detainees-for-admin";

export const metadata = { title: "Detainees" };

export default async function DetaineesAdminPage() {
  const staff = await requireStaff();
  const detainees = await listDetaineesForAdmin(staff);
  const labels = statusLabels as Record<string, string>;
  return (
    <div className="space-y-4">
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-bold">Detainees</h1>
        <Link href="/admin/detainees/new" className="rounded bg-brand-800 px-4 py-2 font-semibold text-white">
          New profile
        </Link>
      </div>
      <table className="w-full border-collapse bg-white">
        <thead>
          <tr className="border-b text-left">
            <th scope="col" className="p-2">
              Name
            </th>
            <th scope="col" className="p-2">
              Status
            </th>
            <th scope="col" className="p-2">
              Published
            </th>
            <th scope="col" className="p-2">
              Last updated
            </th>
          </tr>
        </thead>
        <tbody>
          {detainees.map((d) => (
            <tr key={d.id} className="border-b">
              <td className="p-2">
                <Link href={`/admin/detainees/${d.id}`} className="underline">
                  {d.displayName}
                </Link>
              </td>
              <td className="p-2">{labels[d.status] ?? d.status}</td>
              <td className="p-2">{d.published ? "Yes" : "No"}</td>
              <td className="p-2">{d.updatedAt.toISOString().slice(0, 16).replace("T", " ")} UTC</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
