import Link from "next/link";

export default function StaffNotFound() {
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-semibold">No such inquiry</h1>
      <p>There is no inquiry at this address. It may have been erased, or the reference may be mistyped.</p>
      <p>
        <Link href="/staff" prefetch={false}>
          Back to the inbox
        </Link>
      </p>
    </div>
  );
}
