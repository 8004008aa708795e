"use client";
// The topic the report's figures and places are filed under: an existing one found by typing
// part of its title (asked of the server a few at a time, never the whole list: issue 14), or a
// new one. The offered topic carries its unit, so only figures of that unit are ticked into it.
import { ChoiceCombobox } from "@/app/_components/common/choice-combobox";
import type { TopicChoice } from "@/lib/review/draft";
import type { TopicChoice as OfferedTopic } from "@/lib/schemas/choices";

export type TopicSelection = { mode: "none" } | { mode: "existing"; topic: OfferedTopic } | { mode: "new"; title: string; unit: string };

export function topicChoiceOf(selection: TopicSelection): TopicChoice {
  if (selection.mode === "existing") return { topicId: selection.topic.id };
  if (selection.mode === "new") return { newTopic: { title: selection.title, unit: selection.unit.trim() || null, description: null } };
  return null;
}

type Props = { value: TopicSelection; onChange: (value: TopicSelection) => void };

export function TopicPicker({ value, onChange }: Props) {
  return (
    <div className="topic-picker">
      {value.mode === "new" ? (
        <div className="inline-fields">
          <label>
            New topic&apos;s title
            <input value={value.title} onChange={(event) => onChange({ ...value, title: event.target.value })} required />
          </label>
          <label>
            Unit compared
            <input value={value.unit} onChange={(event) => onChange({ ...value, unit: event.target.value })} placeholder="troops" />
          </label>
        </div>
      ) : (
        <ChoiceCombobox<OfferedTopic>
          name="topicId"
          carries="id"
          label="File figures and places under the topic"
          endpoint="/api/v1/topics/choices"
          chosen={value.mode === "existing" ? value.topic : null}
          placeholder="No topic: type part of a title"
          onChoose={(topic) => onChange(topic ? { mode: "existing", topic } : { mode: "none" })}
        />
      )}
      <label className="checkbox">
        <input
          type="checkbox"
          checked={value.mode === "new"}
          onChange={(event) => onChange(event.target.checked ? { mode: "new", title: "", unit: "" } : { mode: "none" })}
        />
        A new topic
      </label>
    </div>
  );
}
