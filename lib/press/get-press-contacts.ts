import "server-only";
import { db } from "@/lib/db/client";

/** Media contacts: public by design (they are published for journalists to call). */
export async function getPressContacts() {
  return db.pressContact.findMany({
    orderBy: [{ name: "asc" }],
    select: {
      id: true,
      name: true,
      role: true,
      email: true,
      phone: true,
      languages: true,
      organisation: { select: { name: true, url: true } },
    },
  });
}
