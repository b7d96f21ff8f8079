import Link from "next/link";
import { requireStaff } from "@/lib/auth/session";
import { db } from "@/lib/db/client";

export const metadata = { title: "Overview" };

export default async function AdminHome() {
  const staff = await requireStaff();
  const [detainees, published, statements] = await Promise.all([
    db.detainee.count(),
    db.detainee.count({ where: { published: true } }),
    db.statement.count(),
  ]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Welcome, {staff.name}</h1>
      <ul className="list-disc pl-6">
        <li>
          <Link href="/admin/detainees" className="underline">
            {detainees} detainee profiles
          </Link>{" "}
          ({published} published)
        </li>
        <li>
          <Link href="/admin/statements" className="underline">
            {statements} statements
          </Link>
        </li>
      </ul>
    </div>
  );
}
