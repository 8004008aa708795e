// The known sources as <option>s, by id, for the chain editors' source pickers.
export function SourceOptions({ sources }: { sources: readonly { id: string; name: string }[] }) {
  return sources.map((source) => (
    <option key={source.id} value={source.id}>
      {source.name}
    </option>
  ));
}
