import Link from "next/link";

/** A record that does not exist (or was deleted) in the admin area: English, like the rest of it. */
export default function AdminNotFound() {
  return (
    <div className="py-10">
      <h1 className="text-2xl font-bold">Not found</h1>
      <p className="mt-4">This record does not exist, or it was deleted.</p>
      <p className="mt-4">
        <Link href="/admin" className="underline">
          Back to the admin area
        </Link>
      </p>
    </div>
  );
}
