// The attribution chain of a claim at a position: the frames of its sentence, the speaker of
// the quotation it sits in, and what the previous sentence established. "Zelensky noted that
// Ukrainian intelligence had reported …. “We know about 10,000 soldiers …,” Zelensky stated"
// gives the 10,000 to Ukrainian intelligence, with Zelensky as the speaker who passed it on.
import type { HopRole } from "../domain/vocabulary";
import { type Frame, type FrameHop, framesBySentence } from "./frames";
import type { Mention } from "./mentions";
import type { QuoteFinding } from "./quotes";
import { firstStartingAt, itemCovering } from "./positions";
import { aliasKey, tableShortForm } from "./source-aliases";
import { suggestKind } from "./source-kinds";
import { type Document, isAbbreviation, type Sentence, type Span } from "./text";

export type ChainHop = FrameHop & { role: HopRole };

const outletKinds = new Set(["news_agency", "media_outlet"]);

const spokesRole = /\b(?:chief |senior |deputy )?(?:spokes(?:man|woman|person)|press secretary|press officer)\b/i;

const trailingBreak = /[;.!?]\s|[\u201C\u201D"]/;
const clauseBreak = /[;.!?]\s|,\s+(?:with|while|whereas|but|although|though|and)\b|[\u201C\u201D"]/;

const pointingBack = /^\s+(?:this|so|these (?:figures|numbers)|the (?:figures|numbers))\b(?!\s+(?:week|month|year|morning|afternoon|evening|time)\b)/;

const quotedFragment = /[\u201C"][^\u201C\u201D".!?;]{1,40}[\u201D"]/g;

const background = /^(?:in|by|during|since) (?:19|20)\d\d\b|\b(?:in|during) (?:19|20)\d\d,/;
const hearsay = /\b(?:reportedly|allegedly|is said to|are said to|were said to|was said to)\b/;
const anaphoricOpening = /^\s*(?:among|of)\s+(?:the|them|these|those|whom)\b/;
// "Nine others were injured", "Another 20 are missing", "Five more bodies were found": a count
// that opens a sentence as more of what was just counted goes on in the same voice.
const moreOfTheSame =
  /^\s*(?:another\s+(?:\d[\d,]*|[a-z]+)\b|(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|scores)\s+(?:others|more)\b)/;
const listItem = /^\s*[-\u2022*\u2013]\s/;

export class Attribution {
  private readonly framesBySentence: Map<number, Frame[]>;
  private readonly quotations: Array<Span & { found: QuoteFinding }>;
  private readonly endOfSentence = new Map<number, FrameHop[]>();
  /** The body a spokesperson was found to speak for, by name: "he said" later speaks for it too. */
  private readonly bodyOf = new Map<string, string>();

  constructor(
    private readonly document: Document,
    frames: readonly Frame[],
    quotes: readonly QuoteFinding[],
    private readonly mentions: readonly Mention[] = [],
  ) {
    this.framesBySentence = framesBySentence(frames);
    this.quotations = quotes.filter((found) => found.kind === "quote").map((found) => ({ ...found.quotation, found }));
  }

  /** The chain for a quantity or a location at `position`, originator first. */
  figureChain(sentence: Sentence, position: number): ChainHop[] {
    const quote = this.quoteCovering(position);
    const own = quote ? quote.hops : this.framedAt(sentence, position);
    const told = own.length > 0 ? [] : this.toldNext(sentence);
    const hops = own.length > 0 ? this.continued(sentence, own) : told.length > 0 ? told : this.carried(sentence);
    return withRoles(this.spokenFor(hops));
  }

  /**
   * "Russian forces shelled nine villages …, wounding 15 others. X, head of the region's
   * administration, said this in a post on Telegram.": a source that points back with "this" or
   * "so" in the next sentence speaks for a sentence that names none.
   */
  private toldNext(sentence: Sentence): FrameHop[] {
    const next = this.document.sentences[sentence.index + 1];
    if (!next || next.paragraph > sentence.paragraph + 1) return [];
    const frame = (this.framesBySentence.get(next.index) ?? []).find(
      (candidate) => candidate.governsAfter && !candidate.trailing && pointingBack.test(this.document.folded.slice(candidate.end, candidate.end + 30)),
    );
    return frame ? this.framedAt(next, frame.end) : [];
  }

  /**
   * "UNHCR spokesperson Shabia Mantoo", "Hossein Kermanpour, a spokesman for the ministry":
   * a spokesperson speaks for an organisation, which is the claim's originator; the person
   * is its speaker. A common noun ("the ministry") is the organisation named before it.
   */
  private spokenFor(hops: FrameHop[]): FrameHop[] {
    const first = hops[0];
    // "A spokesperson for the agency said": the role is the whole name, with no one named.
    const described = first !== undefined && !first.mention.sourceId && /^(?:a|an|the)\s+(?:[a-z]+\s+)?spokes\S+\s+(?:for|of|at)\s/i.test(first.mention.name);
    const description = first?.mention.description ?? (described ? first.mention.name : "");
    if (!first || !(first.mention.person || described) || !spokesRole.test(description)) return hops;
    const organisation = description
      .replace(spokesRole, " ")
      .replace(/^\s*(?:(?:a|an|the|chief|senior|deputy|its|their)\s+)*/i, "")
      .replace(/^\s*(?:for|of|at|with)\s+(?:the\s+)?/i, "")
      .trim();
    if (organisation.length < 2) return hops;
    const named = /^\p{Ll}/u.test(organisation) ? this.namedBefore(first.mention.start, organisation) : null;
    const body = named ? null : (this.tableBodyBefore(first.mention, description, organisation) ?? this.bodyOf.get(first.mention.name) ?? null);
    if (body) this.bodyOf.set(first.mention.name, body);
    const origin: Mention = {
      ...first.mention,
      name: named?.name ?? body ?? organisation,
      sourceId: named?.sourceId ?? null,
      kind: named?.kind ?? suggestKind(body ?? organisation),
      person: false,
      description: null,
    };
    return [{ mention: origin, verb: first.verb }, ...hops];
  }

  /**
   * "UN refugee agency spokesman Andrej Mahecic": when the role before the name keeps only
   * "agency", the words before it may complete a body of the alias table ("UN refugee agency").
   */
  private tableBodyBefore(person: Mention, description: string, organisation: string): string | null {
    if (!/^\p{Ll}/u.test(organisation) || !this.document.text.startsWith(description, person.start)) return null;
    const lead = this.document.text.slice(Math.max(0, person.start - 30), person.start).match(/(?:^|[^\p{L}.'’])((?:[\p{L}.'’]+\s+){1,3})$/u)?.[1];
    if (!lead) return null;
    const words = lead.trim().split(/\s+/);
    for (let from = 0; from < words.length; from++) {
      const full = `${words.slice(from).join(" ")} ${organisation}`;
      const short = tableShortForm(full);
      if (short) return aliasKey(short) === aliasKey(full) ? full : `${full} (${short})`;
    }
    return null;
  }

  /** The last source before `position` whose name holds the common noun's head ("ministry"). */
  private namedBefore(position: number, noun: string): Mention | null {
    const head = noun.toLowerCase().split(/\s+/).at(-1) ?? "";
    for (let index = firstStartingAt(this.mentions, position) - 1; index >= 0; index--) {
      const mention = this.mentions[index];
      if (!mention || position - mention.start > 3000) break;
      if (!mention.pointsBack && !mention.person && mention.name.toLowerCase().includes(head)) return mention;
    }
    return null;
  }

  private quoteCovering(position: number): QuoteFinding | undefined {
    return itemCovering(this.quotations, position)?.found;
  }

  /** A quotation's words belong to whoever said them: the speaker is the originator. */
  quoteChain(quote: QuoteFinding): ChainHop[] {
    return withRoles(quote.hops);
  }

  /** Hops from the frames of this sentence that govern `position`. */
  private framedAt(sentence: Sentence, position: number): FrameHop[] {
    const frames = this.framesBySentence.get(sentence.index) ?? [];
    // "… and the organizers 22,000, and even …": a verbless subject speaks for its own figure only.
    const leading = frames.filter(
      (frame) => frame.governsAfter && frame.start <= position && !(frame.coordinate && /[,;:]/.test(this.document.folded.slice(frame.end, position))),
    );
    const hops: FrameHop[] = [];
    let current = leading.at(-1);
    for (let index = leading.length - 1; current; ) {
      hops.push(...current.hops);
      const parent = leading[index - 1];
      if (!parent || current.coordinate || parent.end > current.start || clauseBreak.test(this.wordsBetween(parent.end, current.start))) break;
      current = parent;
      index--;
    }
    const trailing = frames.find((frame) => {
      if (!frame.trailing || frame.start < position) return false;
      const between = this.wordsBetween(position, frame.start);
      // The figure's own digits ("75,000") are not a break.
      if (frame.nearestOnly) return between.length < 40 && !/[;:]|[,.](?!\d)/.test(between);
      // "Two soldiers were killed and six wounded, while five militants died, officials said": a
      // frame closing its sentence speaks for all of it; only a quotation or a semicolon stops it.
      // A few words quoted inside the sentence ("injured in “suicide attacks” when …") are part of
      // it; only a quotation of its own stops the frame.
      return !trailingBreak.test(between.replace(quotedFragment, "words").replace(/[,\s]*[\u201D"]?\s*$/, ""));
    });
    if (trailing?.nearestOnly) return trailing.hops;
    // "Al-Kaila said … Hamas militants who killed 1,200 people, according to Israeli tallies": a
    // closing "according to" that names no outlet, after a sentence its speaker already governs,
    // sources the figure nearest before it alone, and not the speaker's figures further back.
    const cited = trailing?.hops[0];
    if (trailing && cited && hops.length > 0 && trailing.hops.length === 1 && cited.verb === "according to" && !outletKinds.has(cited.mention.kind)) {
      const between = this.document.folded.slice(position, trailing.start);
      return /\d/.test(between.replace(/^[\d,.]+/, "")) ? hops : [cited];
    }
    // "Police detained more than 100 people …, the OVD-Info monitor said": the body only did what
    // is counted; the count is the monitor's. An outlet closing the sentence still relays the doer.
    const doer = leading.at(-1);
    const teller = trailing?.hops[0];
    if (trailing && teller && doer?.deed && hops.length === doer.hops.length && !outletKinds.has(teller.mention.kind)) return trailing.hops;
    if (trailing) hops.push(...trailing.hops);
    return hops;
  }

  /**
   * The folded words from `start` to `end`, with the stops of abbreviations and initials blanked:
   * "since Oct. 7, the ministry said" and "the U.N. agency said" hold no break in the sentence.
   */
  private wordsBetween(start: number, end: number): string {
    const words = this.document.folded.slice(start, end);
    return words.replace(/\./g, (stop, offset: number) => (isAbbreviation(this.document.text, start + offset) ? " " : stop));
  }

  /** A speaker who has just cited a source goes on reporting from it. */
  private continued(sentence: Sentence, own: FrameHop[]): FrameHop[] {
    const speaker = own.length === 1 ? own[0] : undefined;
    if (!speaker?.mention.person) return own;
    const previous = this.previousInParagraph(sentence);
    const before = previous ? this.chainAtEnd(previous) : [];
    const last = before.at(-1);
    if (before.length < 2 || !last || !sameSource(last.mention, speaker.mention)) return own;
    return [...before.slice(0, -1), speaker];
  }

  /** A sentence that names no source reports for the one named just before it. */
  private carried(sentence: Sentence): FrameHop[] {
    const words = this.document.folded.slice(sentence.start, sentence.end);
    // The writer's own background ("In 2008, a quake in Sichuan killed …") or a hearsay hedge
    // ("reportedly remains unknown") goes on for no source named before.
    if (background.test(words) || hearsay.test(words)) return [];
    const previous = this.previousInParagraph(sentence);
    // A list item or bullet under a headline speaks for no sentence after it.
    if (previous && listItem.test(this.document.text.slice(previous.start, previous.end))) return [];
    return previous ? this.chainAtEnd(previous) : [];
  }

  private chainAtEnd(sentence: Sentence): FrameHop[] {
    const cached = this.endOfSentence.get(sentence.index);
    if (cached) return cached;
    // A passive agent ("confirmed by authorities") vouches for its own figure, not what follows.
    const last = this.framesBySentence
      .get(sentence.index)
      ?.filter((frame) => !frame.nearestOnly)
      .at(-1);
    // A sentence that ends "…, the ministry said." reports for the ministry to its end.
    const framed = this.framedAt(sentence, last?.trailing ? last.start : sentence.end);
    const chain = framed.length > 0 ? framed : this.carried(sentence);
    this.endOfSentence.set(sentence.index, chain);
    return chain;
  }

  private previousInParagraph(sentence: Sentence): Sentence | undefined {
    const previous = this.document.sentences[sentence.index - 1];
    if (!previous) return undefined;
    if (previous.paragraph === sentence.paragraph) return previous;
    // A paragraph break ends a source's reach, unless the new paragraph opens by pointing back
    // into what was just counted ("Among the casualties, 1,277 were taken to hospitals").
    const opening = this.document.folded.slice(sentence.start, sentence.start + 40);
    const pointsBack = anaphoricOpening.test(opening) || moreOfTheSame.test(opening);
    return pointsBack && previous.paragraph === sentence.paragraph - 1 ? previous : undefined;
  }
}

function sameSource(a: Mention, b: Mention): boolean {
  if (a.sourceId && b.sourceId) return a.sourceId === b.sourceId;
  return a.name.toLowerCase() === b.name.toLowerCase();
}

/** Originator first; after it, outlets relay and people speak. */
function withRoles(hops: readonly FrameHop[]): ChainHop[] {
  const distinct = hops.filter((hop, index) => index === hops.findIndex((other) => sameSource(other.mention, hop.mention)));
  return distinct.map((hop, index) => ({
    ...hop,
    role: index === 0 ? "originator" : hop.mention.kind === "news_agency" || hop.mention.kind === "media_outlet" ? "relay" : "speaker",
  }));
}
