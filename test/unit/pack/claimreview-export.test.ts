// ClaimReview export: faithful fact-check reviews that round-trip, or Recoupe's derived status on request.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { exportClaimReview } from '../../../src/core/pack/claimreview.ts';
import type { Pack } from '../../../src/core/pack/types.ts';
import { factCheckToolsExample, imported, schemaOrgExample } from '../../fixtures/claimreview/samples.ts';

/** The parts of an exported ClaimReview these tests look at. */
interface Review {
  '@context': string;
  '@type': string;
  claimReviewed: string;
  author: { '@type': string; name: string };
  reviewRating: { '@type': string; alternateName: string };
  reviewBody?: string;
  itemReviewed: { '@type': string; author?: unknown; appearance?: Array<{ url?: string }> };
}

describe('exportClaimReview', () => {
  it('round-trips the documented ClaimReview example through import, export and import', () => {
    const pack = imported(schemaOrgExample);
    const exported = exportClaimReview(pack);
    assert.equal(exported.length, 1);
    assert.deepEqual(imported(exported), pack);
  });

  it('round-trips several reviews of one claim, including unread ratings', () => {
    const second = { ...schemaOrgExample, url: 'https://checker.example.org/flat', author: { '@type': 'Organization', name: 'Other Checker' }, reviewRating: { '@type': 'Rating', alternateName: 'Misleading' } };
    const pack = imported([schemaOrgExample, second]);
    assert.deepEqual(imported(exportClaimReview(pack)), pack);
  });

  it('keeps claims, sources, relations, ratings, dates and urls of a Fact Check Tools feed through a round trip', () => {
    const pack = imported(factCheckToolsExample);
    const again = imported(exportClaimReview(pack));
    const essentials = (p: Pack) =>
      p.claims.map((c) => [c.id, c.claimant, c.date, c.text, c.evidence.map((e) => [e.source, e.relation, e.date, e.url, e.rating])]);
    assert.deepEqual(essentials(again), essentials(pack));
  });

  it('writes the documented ClaimReview fields', () => {
    const [review] = exportClaimReview(imported(schemaOrgExample)) as Review[];
    assert.equal(review?.['@context'], 'https://schema.org');
    assert.equal(review?.['@type'], 'ClaimReview');
    assert.equal(review?.claimReviewed, 'The world is flat');
    assert.deepEqual(review?.author, { '@type': 'Organization', name: 'Example.com science watch' });
    assert.deepEqual(review?.reviewRating, { '@type': 'Rating', alternateName: 'False' });
    assert.equal(review?.itemReviewed['@type'], 'Claim');
    assert.deepEqual(review?.itemReviewed.author, { '@type': 'Organization', name: 'Square World Society' });
    assert.equal(review?.itemReviewed.appearance?.[0]?.url, 'https://example.com/news/a122121');
  });

  it('exports only fact-checkers’ reviews by default, and one derived-status review per claim on request', () => {
    const pack: Pack = {
      format: 'recoupe-pack/1',
      id: 'derived-test',
      name: { en: 'Derived test (fictional)' },
      version: '1',
      entities: [
        { id: 'ministry', name: { en: 'Ministry' }, kind: 'ministry' },
        { id: 'wire', name: { en: 'Wire' }, kind: 'news-agency' },
      ],
      claims: [
        {
          id: 'c1',
          claimant: 'ministry',
          date: '2015-10-08',
          text: { fr: 'Soixante cibles.', en: 'Sixty targets.' },
          evidence: [{ source: 'wire', relation: 'repeats', date: '2015-10-08', summary: { en: 'Relayed it.' } }],
        },
      ],
    };
    assert.deepEqual(exportClaimReview(pack), []);
    const [review] = exportClaimReview(pack, { mode: 'derived' }) as Review[];
    assert.equal(review?.claimReviewed, 'Sixty targets.');
    assert.deepEqual(review?.reviewRating, { '@type': 'Rating', alternateName: 'Unverified' });
    assert.equal(review?.author.name, 'Recoupe pack “Derived test (fictional)”');
    assert.match(review?.reviewBody ?? '', /no independent source confirmed or disputed it/);
  });
});
