"use client";
// A topic or source picker that asks the server for a few names as the analyst types, instead
// of shipping every record as an <option> (issue 14: 14,043 options, 3.4 MB a claims page at
// 1,000,000 claims). The WAI-ARIA combobox pattern with a listbox: arrows move through the
// names, Enter chooses, Escape closes. The form receives the chosen record's slug or id in a
// hidden field; text typed but not chosen means no choice, unless the caller takes the typed
// text itself (onType: the review screen's new sources are named so).
import { useEffect, useId, useRef, useState } from "react";
import type { Choice } from "@/lib/schemas/choices";
import type { FieldControl } from "./form-field";

type Props<C extends Choice> = {
  /** The form field's name (none: the choice is only told to onChoose), and which of the record's keys it carries. */
  name?: string;
  carries: "slug" | "id";
  label: string;
  /** /api/v1/topics/choices or /api/v1/sources/choices */
  endpoint: string;
  chosen: C | null;
  placeholder?: string;
  onChoose?: (choice: C | null) => void;
  /** What the hidden field posts for a choice, when it is more than one key (the merge form's "id:version"). */
  formValue?: (choice: C) => string;
  /** Records never offered (the source a duplicate merges into). */
  exclude?: readonly string[];
  /** Makes the form refuse to submit without a choice. */
  required?: boolean;
  /** The text shown when nothing is chosen (a new source's name), and told of every change to it. */
  typed?: string;
  onType?: (text: string) => void;
  /** What the list says when no name contains the typed text (by default, just that). */
  noMatch?: (text: string) => string;
  /** Inside a FormField: its label, hint and error are the field's, read with the box. */
  control?: FieldControl;
};

const waitMs = 150;

export function ChoiceCombobox<C extends Choice>({
  name,
  carries,
  label,
  endpoint,
  chosen: initial,
  placeholder,
  onChoose,
  formValue,
  exclude,
  required,
  typed,
  onType,
  noMatch = (words) => `No name contains “${words}”`,
  control,
}: Props<C>) {
  const id = useId();
  const [chosen, setChosen] = useState(initial);
  const [text, setText] = useState(initial?.label ?? typed ?? "");
  const [choices, setChoices] = useState<C[] | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [failed, setFailed] = useState(false);
  // The words the listed choices answer; while they differ from what is typed, a search is pending.
  const [shownFor, setShownFor] = useState<string | null>(null);
  const asked = useRef<string | null>(null);
  // What is shown is the chosen name: offer every name then, not only that one.
  const words = chosen && text === chosen.label ? "" : text.trim();

  useEffect(() => {
    if (!open) return;
    if (asked.current === words) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`${endpoint}?${new URLSearchParams({ q: words, limit: "20" })}`, { signal: controller.signal });
        if (!response.ok) throw new Error(`${response.status}`);
        const body = (await response.json()) as { choices: C[] };
        asked.current = words;
        setShownFor(words);
        setChoices(exclude?.length ? body.choices.filter((choice) => !exclude.includes(choice.id)) : body.choices);
        setActive(-1);
        setFailed(false);
      } catch (error) {
        if (!controller.signal.aborted) setFailed(Boolean(error));
      }
    }, waitMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [open, words, endpoint, exclude]);

  const choose = (choice: C | null) => {
    setChosen(choice);
    setText(choice?.label ?? "");
    setOpen(false);
    setActive(-1);
    onChoose?.(choice);
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    const count = choices?.length ?? 0;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!open) return setOpen(true);
      if (count) setActive((index) => (event.key === "ArrowDown" ? (index + 1) % count : (index <= 0 ? count : index) - 1));
    } else if (event.key === "Enter" && open && active >= 0 && choices?.[active]) {
      event.preventDefault();
      choose(choices[active]);
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      setOpen(false);
    }
  };

  const inputId = control?.id ?? `${id}-input`;
  const listId = `${id}-list`;
  const optionId = (index: number) => `${id}-option-${index}`;
  const listed = open && Boolean(choices?.length);
  return (
    <div className={control ? "combobox" : "field combobox"}>
      {control ? null : <label htmlFor={inputId}>{label}</label>}
      <input
        id={inputId}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={listed}
        aria-controls={listId}
        aria-activedescendant={listed && active >= 0 ? optionId(active) : undefined}
        value={text}
        placeholder={placeholder}
        maxLength={200}
        aria-required={required || undefined}
        aria-describedby={control?.["aria-describedby"]}
        aria-invalid={control?.["aria-invalid"]}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          // Typing replaces the choice until a name is chosen again; an empty box means none.
          if (chosen) {
            setChosen(null);
            onChoose?.(null);
          }
          onType?.(event.target.value);
        }}
        onFocus={() => setOpen(true)}
        onClick={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {name ? <input type="hidden" name={name} value={chosen ? (formValue ? formValue(chosen) : chosen[carries]) : ""} /> : null}
      <div id={listId} role="listbox" aria-label={label} aria-busy={open && shownFor !== words} className="combobox-list" hidden={!listed}>
        {(choices ?? []).map((choice, index) => (
          <div
            key={choice.id}
            id={optionId(index)}
            role="option"
            tabIndex={-1}
            aria-selected={index === active}
            // Chosen before the input's blur closes the list.
            onMouseDown={(event) => {
              event.preventDefault();
              choose(choice);
            }}
          >
            {choice.label}
          </div>
        ))}
      </div>
      <p className="combobox-empty" aria-live="polite" hidden={!open || !(failed || choices?.length === 0)}>
        {failed ? "The names could not be loaded; try again." : noMatch(text.trim())}
      </p>
    </div>
  );
}
