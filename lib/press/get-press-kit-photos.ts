import "server-only";
import { primaryNamesSelect } from "@/lib/detainees/name-for-locale";
import { db } from "@/lib/db/client";

/** Photos of published people, with the credit and licence a publisher must show. */
export async function getPressKitPhotos() {
  return db.detainee.findMany({
    where: { published: true, photoPath: { not: null } },
    orderBy: { displayName: "asc" },
    select: {
      slug: true,
      displayName: true,
      names: primaryNamesSelect,
      photoPath: true,
      photoCredit: true,
      photoLicence: true,
      photoSourceUrl: true,
    },
  });
}
