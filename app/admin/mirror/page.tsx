import { requireStaff } from "@/lib/auth/session";
import { getLatestMirror } from "@/lib/mirror/get-latest-mirror";

export const metadata = { title: "Mirror" };

// A file download, not a page: a plain link (next/link would try a client-side navigation).
const downloadHref = "/admin/mirror/download";

export default async function MirrorPage() {
  const staff = await requireStaff();
  const mirror = getLatestMirror(staff);
  return (
    <div className="max-w-3xl">
      <h1 className="text-2xl font-bold">Static mirror</h1>
      <p className="mt-3">
        A copy of every published page in English, Azerbaijani and Russian, with the feeds, data exports and photos,
        that anyone can host on any static web server or open from disk when the site is blocked. It never contains
        unpublished or embargoed content: it is copied from the public site. It is rebuilt a few minutes after each
        published change.
      </p>
      {mirror ? (
        <p className="mt-4">
          Latest copy made on <time dateTime={mirror.madeAt.toISOString()}>{mirror.madeAt.toUTCString()}</time> (
          {Math.round(mirror.bytes / 1024)} KiB).{" "}
          <a href={downloadHref} className="font-semibold underline">
            Download the mirror (.zip)
          </a>
        </p>
      ) : (
        <p className="mt-4">No copy has been made yet: the first one is made a few minutes after the server starts.</p>
      )}
      <p className="mt-4 text-sm text-stone-700">
        How to host it (also as an onion service): see &ldquo;A mirror anyone can host&rdquo; in the README.
      </p>
    </div>
  );
}
