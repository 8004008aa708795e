import Link from "next/link";

export default function NotFound() {
  return (
    <>
      <h1>Not found</h1>
      <p>There is no such record, or it was deleted.</p>
      <p>
        <Link href="/">Back to the topics</Link>
      </p>
    </>
  );
}
