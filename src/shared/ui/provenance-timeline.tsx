// The provenance picture: the claim's path on a small SVG time line, one lane per kind of source.
// Each dot is a link to its evidence (https only, opened with noopener noreferrer) named for screen
// readers, and a hidden paragraph says the whole picture in words.
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t } from '../browser.ts';
import { pick, type ClaimView } from '../claim-view.ts';
import { layoutTimeline, provenanceEvents, GEOMETRY, type DotMark, type LaneId, type ProvenanceEvent } from './provenance-layout.ts';

const LANE_LABEL: Record<LaneId, string> = {
  statement: 'timelineLaneStatement',
  relays: 'timelineLaneRelays',
  independent: 'timelineLaneIndependent',
  'same-side': 'timelineLaneSameSide',
  interested: 'timelineLaneInterested',
};

/** Reasons with their own words; any later one reads "not counted as independent". */
const KNOWN_REASONS = new Set(['same-organisation', 'aligned', 'interested-party', 'claimant-itself']);

let nextId = 0;

export function ProvenanceTimeline({ claim, uiLang }: { claim: ClaimView; uiLang: 'fr' | 'en' }) {
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(300);
  const ids = useMemo(() => `recoupe-prov-${++nextId}`, []);
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = () => {
      const w = Math.floor(element.clientWidth);
      if (w > 0) setWidth(Math.max(200, w));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const events = useMemo(() => provenanceEvents(claim), [claim]);
  const layout = layoutTimeline(events, width);
  const labels = events.map((e) => dotLabel(e, uiLang));
  const labelOf = new Map(events.map((e, i) => [e, labels[i]!]));
  const summary = layout.lanes
    .map((lane) => `${t(LANE_LABEL[lane.id])}: ${events.filter((e) => e.lane === lane.id).map((e) => labelOf.get(e)).join('; ')}.`)
    .join(' ');
  return (
    <figure class="provenance" data-testid="provenance">
      <figcaption id={`${ids}-title`}>{t('timelineTitle')}</figcaption>
      <div class="provenance-box" ref={box}>
        <svg
          width={layout.width}
          height={layout.height}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          role="group"
          aria-labelledby={`${ids}-title`}
          aria-describedby={`${ids}-summary`}
        >
          {layout.lanes.map((lane) => (
            <g key={lane.id} class={`lane lane-${lane.id}`} data-lane={lane.id}>
              <text class="lane-label" x={GEOMETRY.padX} y={lane.top + GEOMETRY.labelBaseline} aria-hidden="true">
                {t(LANE_LABEL[lane.id])}
              </text>
              <line class="lane-line" x1={GEOMETRY.padX} x2={layout.width - GEOMETRY.padX} y1={lane.lineY} y2={lane.lineY} />
            </g>
          ))}
          {layout.undatedX !== undefined && (
            <line class="undated-rule" x1={layout.axisEnd + 6} x2={layout.axisEnd + 6} y1={0} y2={layout.height - GEOMETRY.axisHeight} />
          )}
          {layout.placed.map((p, i) => (
            <Dot key={i} event={p.event} x={p.x} y={p.y} label={labelOf.get(p.event)!} />
          ))}
          <g class="axis" aria-hidden="true">
            {layout.ticks.map((tick, i) => (
              <text
                key={tick.date}
                x={tick.x}
                y={layout.height - 5}
                text-anchor={layout.ticks.length === 1 ? 'middle' : i === 0 ? 'start' : 'end'}
              >
                {formatShortDate(tick.date, uiLang)}
              </text>
            ))}
            {layout.undatedX !== undefined && (
              <text x={layout.width - GEOMETRY.padX} y={layout.height - 5} text-anchor="end">
                {t('timelineUndated')}
              </text>
            )}
          </g>
        </svg>
      </div>
      <Legend marks={[...new Set(events.map((e) => e.mark))]} />
      <p class="sr-only" id={`${ids}-summary`}>
        {summary}
      </p>
    </figure>
  );
}

function Dot({ event, x, y, label }: { event: ProvenanceEvent; x: number; y: number; label: string }) {
  const shape = (
    <>
      <circle class="focus-ring" cx={x} cy={y} r={10} />
      <Shape mark={event.mark} x={x} y={y} />
    </>
  );
  if (event.url) {
    return (
      <a class="dot" data-mark={event.mark} data-lane={event.lane} href={event.url} target="_blank" rel="noopener noreferrer" aria-label={label}>
        <title>{label}</title>
        {shape}
      </a>
    );
  }
  return (
    <g class="dot" data-mark={event.mark} data-lane={event.lane} role="img" aria-label={label}>
      <title>{label}</title>
      {shape}
    </g>
  );
}

/** What each shape means, for the marks in this picture; in HTML so it wraps in a narrow card. */
function Legend({ marks }: { marks: readonly DotMark[] }) {
  return (
    <p class="provenance-legend" aria-hidden="true">
      {MARK_ORDER.filter((m) => marks.includes(m)).map((mark) => (
        <span key={mark} class="legend-item">
          <svg class="legend-dot" data-mark={mark} width={14} height={14} viewBox="0 0 14 14">
            <Shape mark={mark} x={7} y={7} />
          </svg>
          {t(mark === 'not-counted' ? 'timelineWhy_other' : `timelineMark_${mark}`)}
        </span>
      ))}
    </p>
  );
}

const MARK_ORDER: readonly DotMark[] = ['statement', 'relay', 'confirms', 'partly', 'disputes', 'rated', 'not-counted'];

/** A distinct shape per mark: square, dashed ring, disc, half disc, triangle, ring, diamond. */
function Shape({ mark, x, y }: { mark: DotMark; x: number; y: number }) {
  switch (mark) {
    case 'statement':
      return <rect class="shape" x={x - 5.5} y={y - 5.5} width={11} height={11} />;
    case 'relay':
      return <circle class="shape" cx={x} cy={y} r={5} />;
    case 'confirms':
      return <circle class="shape" cx={x} cy={y} r={6} />;
    case 'partly':
      return (
        <>
          <circle class="shape-ring" cx={x} cy={y} r={5.5} />
          <path class="shape" d={`M ${x} ${y - 5.5} A 5.5 5.5 0 0 0 ${x} ${y + 5.5} Z`} />
        </>
      );
    case 'disputes':
      return <path class="shape" d={`M ${x - 6.5} ${y - 5} L ${x + 6.5} ${y - 5} L ${x} ${y + 6} Z`} />;
    case 'rated':
      return <circle class="shape" cx={x} cy={y} r={5} />;
    case 'not-counted':
      return <path class="shape" d={`M ${x} ${y - 6.5} L ${x + 6.5} ${y} L ${x} ${y + 6.5} L ${x - 6.5} ${y} Z`} />;
  }
}

function dotLabel(e: ProvenanceEvent, uiLang: 'fr' | 'en'): string {
  const when = e.date ? formatLongDate(e.date, uiLang) : t('timelineUndated');
  const what =
    e.mark === 'not-counted'
      ? `${t(`timelineMark_${e.relation ?? 'confirms'}`)}, ${t(`timelineWhy_${(KNOWN_REASONS.has(e.reason ?? '') ? e.reason! : 'other').replace(/-/g, '_')}`)}`
      : t(`timelineMark_${e.mark}`);
  return `${pick(e.source, uiLang)}, ${when}: ${what}`;
}

function formatShortDate(iso: string, lang: string): string {
  const date = new Date(`${iso}T12:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
}

function formatLongDate(iso: string, lang: string): string {
  const date = new Date(`${iso}T12:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}
