// The page's answer, before any chart: one plain sentence saying whether the figures conflict
// and why they differ ("No conflict: 12,000 is a plan, …"). Plain text, never HTML. A named
// section (a landmark) rather than a labelled paragraph, which assistive technology may ignore.
type Props = { sentence: string; conflicts: number };

export function TopicAnswer({ sentence, conflicts }: Props) {
  return (
    <section className={`topic-answer ${conflicts ? "has-conflict-answer" : "no-conflict-answer"}`} aria-label="The answer in one sentence">
      <p>{sentence}</p>
    </section>
  );
}
