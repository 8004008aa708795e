export default function SearchLoading() {
  return (
    <p className="meta" role="status">
      Searching…
    </p>
  );
}
