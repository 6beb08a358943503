// The claim's path as events on a time line, sorted into lanes by what each source did and whether it
// counted: the claimant's statement, relays ("repeated, not checked"), independent confirmations and
// disputes, and sources that did not count (same organisation or side, interested party). Pure: no DOM,
// no browser API, so the rules are unit-tested apart from the drawing.
import type { EvidenceRelation, LocalizedText } from '../../core/pack/types.ts';
import type { ClaimView } from '../claim-view.ts';

export type LaneId = 'statement' | 'relays' | 'independent' | 'same-side' | 'interested';
/** How a dot is drawn: each is a different shape, so no meaning rests on colour alone. */
export type DotMark = 'statement' | 'relay' | 'confirms' | 'partly' | 'disputes' | 'rated' | 'not-counted';

export const LANE_ORDER: readonly LaneId[] = ['statement', 'relays', 'independent', 'same-side', 'interested'];

export interface ProvenanceEvent {
  readonly lane: LaneId;
  readonly mark: DotMark;
  readonly source: LocalizedText;
  /** ISO date; absent when the pack does not date the appearance. */
  readonly date?: string;
  /** Only https URLs: anything else is not linked. */
  readonly url?: string;
  readonly relation?: EvidenceRelation;
  /** Why an evidence item did not count (`same-organisation`, `aligned`, `interested-party`…). */
  readonly reason?: string;
}

/** The URL if it is a well-formed https URL, else undefined: a pack must not put javascript: on a dot. */
export function httpsOnly(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

export function provenanceEvents(claim: ClaimView): ProvenanceEvent[] {
  const appearances = claim.appearances ?? [];
  const own = appearances.find((a) => a.source.id === claim.claimant.id && httpsOnly(a.url));
  const events: ProvenanceEvent[] = [
    { lane: 'statement', mark: 'statement', source: claim.claimant.name, date: claim.date, ...link(own?.url) },
  ];
  const inEvidence = new Set(claim.evidence.map((e) => e.source.id));
  // Appearances by others are relays; a source that also has an evidence item is drawn once, from it.
  for (const a of appearances) {
    if (a.source.id === claim.claimant.id || inEvidence.has(a.source.id)) continue;
    events.push({ lane: 'relays', mark: 'relay', source: a.source.name, ...(a.date !== undefined && { date: a.date }), ...link(a.url) });
  }
  for (const e of claim.evidence) {
    const base = { source: e.source.name, date: e.date, relation: e.relation, reason: e.reason, ...link(e.url) };
    if (e.relation === 'repeats') events.push({ ...base, lane: 'relays', mark: 'relay' });
    else if (e.counted) events.push({ ...base, lane: 'independent', mark: e.relation === 'rated' ? 'rated' : e.relation });
    else if (e.relation === 'rated') events.push({ ...base, lane: 'independent', mark: 'rated' });
    // Compared as a string: the `interested-party` reason comes with the favours field of issue #12.
    else if ((e.reason as string) === 'interested-party') events.push({ ...base, lane: 'interested', mark: 'not-counted' });
    else if (e.reason === 'claimant-itself') events.push({ ...base, lane: 'statement', mark: 'not-counted' });
    else events.push({ ...base, lane: 'same-side', mark: 'not-counted' });
  }
  return events;
}

function link(url: string | undefined): { url?: string } {
  const safe = httpsOnly(url);
  return safe ? { url: safe } : {};
}

// Geometry, in CSS pixels: the SVG is drawn at the width of its box, so its text is never scaled down.
export const GEOMETRY = { padX: 10, laneHeight: 36, labelBaseline: 12, dotOffset: 25, axisHeight: 20, undatedWidth: 66, minGap: 14 } as const;

export interface PlacedEvent {
  readonly event: ProvenanceEvent;
  readonly x: number;
  readonly y: number;
}

export interface TimelineLayout {
  readonly width: number;
  readonly height: number;
  readonly lanes: readonly { readonly id: LaneId; readonly top: number; readonly lineY: number }[];
  readonly placed: readonly PlacedEvent[];
  /** Dates written under the axis, with their x. */
  readonly ticks: readonly { readonly x: number; readonly date: string }[];
  /** x of the "undated" column, when some events have no date. */
  readonly undatedX?: number;
  /** Right end of the dated part of the axis. */
  readonly axisEnd: number;
}

const DAY_MS = 86_400_000;
const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;

export function layoutTimeline(events: readonly ProvenanceEvent[], width: number): TimelineLayout {
  const g = GEOMETRY;
  const lanes = LANE_ORDER.filter((id) => events.some((e) => e.lane === id)).map((id, i) => ({
    id,
    top: i * g.laneHeight,
    lineY: i * g.laneHeight + g.dotOffset,
  }));
  const hasUndated = events.some((e) => e.date === undefined || Number.isNaN(dayOf(e.date)));
  const left = g.padX;
  const axisEnd = width - g.padX - (hasUndated ? g.undatedWidth : 0);
  const undatedX = hasUndated ? width - g.padX - g.undatedWidth / 2 : undefined;
  const days = events.flatMap((e) => (e.date !== undefined && !Number.isNaN(dayOf(e.date)) ? [dayOf(e.date)] : []));
  const first = Math.min(...days);
  const last = Math.max(...days);
  const xOf = (e: ProvenanceEvent): number => {
    if (e.date === undefined || Number.isNaN(dayOf(e.date))) return undatedX!;
    if (last === first) return (left + axisEnd) / 2;
    return left + ((dayOf(e.date) - first) / (last - first)) * (axisEnd - left);
  };
  const placed: PlacedEvent[] = [];
  for (const lane of lanes) {
    const inLane = events.filter((e) => e.lane === lane.id).map((event) => ({ event, x: xOf(event) }));
    inLane.sort((a, b) => a.x - b.x);
    // Dots of the same day would hide each other: push each one right of its neighbour, then pull the
    // row back inside the box if that ran past its right edge.
    for (let i = 1; i < inLane.length; i++) inLane[i]!.x = Math.max(inLane[i]!.x, inLane[i - 1]!.x + g.minGap);
    const right = width - g.padX;
    for (let i = inLane.length - 1; i >= 0; i--) {
      const limit = i === inLane.length - 1 ? right : inLane[i + 1]!.x - g.minGap;
      inLane[i]!.x = Math.max(left, Math.min(inLane[i]!.x, limit));
    }
    for (const p of inLane) placed.push({ event: p.event, x: p.x, y: lane.lineY });
  }
  const ticks: { x: number; date: string }[] = [];
  if (days.length > 0) {
    const iso = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
    if (last === first) ticks.push({ x: (left + axisEnd) / 2, date: iso(first) });
    else ticks.push({ x: left, date: iso(first) }, { x: axisEnd, date: iso(last) });
  }
  return {
    width,
    height: lanes.length * g.laneHeight + g.axisHeight,
    lanes,
    placed,
    ticks,
    axisEnd,
    ...(undatedX !== undefined && { undatedX }),
  };
}
