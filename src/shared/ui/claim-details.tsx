// The claim explained: who said it, when, its status in plain words and the evidence in two groups.
// One component for the in-page card and the popup, so both always tell the same story.
import type { ClaimView, EvidenceView } from '../claim-view.ts';
import { pick } from '../claim-view.ts';
import { t } from '../browser.ts';
import { STATUS_STYLES } from '../status-style.ts';
import { ProvenanceTimeline } from './provenance-timeline.tsx';
import { StatusBadge } from './status-badge.tsx';

interface Props {
  readonly claim: ClaimView;
  /** Language of the page: the claim is shown as the page would state it. */
  readonly claimLang: string;
  /** Language of the interface (labels, explanation). */
  readonly uiLang: 'fr' | 'en';
  /** Id for the claim text, so a dialog can point aria-labelledby at it. */
  readonly textId?: string;
}

export function ClaimDetails({ claim, claimLang, uiLang, textId }: Props) {
  const explanation = Object.hasOwn(claim.explanation, uiLang) ? claim.explanation[uiLang] : claim.explanation.en;
  const counted = claim.evidence.filter((e) => e.counted);
  const notCounted = claim.evidence.filter((e) => !e.counted);
  const affiliation = claim.claimant.affiliation.map((a) => pick(a, uiLang)).join(' › ');
  return (
    <div class="claim-details">
      <p class="claim-text" id={textId} lang={claimLang}>
        {pick(claim.text, claimLang)}
      </p>
      <dl class="facts">
        <dt>{t('cardClaimant')}</dt>
        <dd>
          <strong>{pick(claim.claimant.name, uiLang)}</strong>
          <span class="kind"> · {t(`kind_${claim.claimant.kind.replace(/-/g, '_')}`)}</span>
          {affiliation && <span class="affiliation"> · {affiliation}</span>}
          {claim.spokesperson && <span class="spokesperson"> · {t('cardSpokesperson', claim.spokesperson)}</span>}
        </dd>
        <dt>{t('cardDate')}</dt>
        <dd>
          <time dateTime={claim.date}>{formatDate(claim.date, uiLang)}</time>
        </dd>
        {claim.firstAppearance && (
          <>
            <dt>{t('cardFirstAppearance')}</dt>
            <dd>
              <SourceLink name={pick(claim.firstAppearance.source, uiLang)} url={claim.firstAppearance.url} />
              {claim.firstAppearance.date && <> · {formatDate(claim.firstAppearance.date, uiLang)}</>}
            </dd>
          </>
        )}
      </dl>
      <div class="status-block" style={{ borderColor: STATUS_STYLES[claim.status].colour }}>
        <StatusBadge status={claim.status} />
        <p class="headline">{explanation.headline}</p>
      </div>
      <ProvenanceTimeline claim={claim} uiLang={uiLang} />
      <EvidenceGroup title={t('cardCounted')} empty={t('cardCountedNone')} items={counted} uiLang={uiLang} />
      {notCounted.length > 0 && (
        <EvidenceGroup title={t('cardNotCounted')} empty="" items={notCounted} uiLang={uiLang} explained={explanation.notCounted} />
      )}
    </div>
  );
}

/**
 * Why an item did not count. An interested party needs more than a label: the explanation line says
 * in plain words which side the source belongs to ("Al-Manar belongs to Hezbollah, an ally of…").
 * `explained` is explanation.notCounted, in the same order as the not-counted items.
 */
function Reason(props: { item: EvidenceView; line: string | undefined; uiLang: 'fr' | 'en' }) {
  const { item, line } = props;
  if (item.reason === 'interested-party' && line) {
    return <div class="reason" data-explained="true">{line}</div>;
  }
  return (
    <div class="reason">
      {t(`reason_${item.reason.replace(/-/g, '_')}`)}
      {item.link && item.link.length > 0 && <> ({item.link.map((l) => pick(l, props.uiLang)).join(' ↔ ')})</>}
    </div>
  );
}

function EvidenceGroup(props: {
  title: string;
  empty: string;
  items: readonly EvidenceView[];
  uiLang: 'fr' | 'en';
  explained?: readonly string[];
}) {
  return (
    <section class="evidence-group">
      <h3>{props.title}</h3>
      {props.items.length === 0 ? (
        <p class="empty">{props.empty}</p>
      ) : (
        <ul>
          {props.items.map((e, i) => (
            <li key={i} data-relation={e.relation} data-reason={e.reason}>
              <span class="relation">{t(`relation_${e.relation}`)}</span>{' '}
              <SourceLink name={pick(e.source.name, props.uiLang)} url={e.url} /> · {formatDate(e.date, props.uiLang)}
              <div class="summary">{pick(e.summary, props.uiLang)}</div>
              {e.rating && <div class="rating">{t('cardRating', e.rating)}</div>}
              {!e.counted && <Reason item={e} line={props.explained?.[i]} uiLang={props.uiLang} />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function SourceLink({ name, url }: { name: string; url?: string | undefined }) {
  if (!url) return <span class="source">{name}</span>;
  return (
    <a class="source" href={url} target="_blank" rel="noopener noreferrer">
      {name}
    </a>
  );
}

function formatDate(iso: string, lang: string): string {
  const date = new Date(`${iso}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}
