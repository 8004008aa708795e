"use client";
// The area a figure covers, typed freely. When the analyst leaves the field the server looks
// the name up in the gazetteer, as the save will, and the card says where it lies or, plainly,
// that the name was not found (it is then kept as typed and compared by name alone).
import { ScopeNote, useScopeCheck } from "@/app/_components/claims/scope-note";

type Props = { value: string | null; onChange: (value: string | null) => void; id: string };

export function ScopeField({ value, onChange, id }: Props) {
  const { note, check, clear } = useScopeCheck();
  return (
    <div className="field">
      <label>
        Scope (area covered)
        <input
          value={value ?? ""}
          placeholder="e.g. Malatya"
          aria-describedby={note ? `${id}-scope-note` : undefined}
          onChange={(event) => {
            clear();
            onChange(event.target.value || null);
          }}
          onBlur={() => check(value)}
        />
      </label>
      <ScopeNote id={`${id}-scope-note`} note={note} />
    </div>
  );
}
