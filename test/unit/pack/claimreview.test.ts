// ClaimReview JSON-LD and Fact Check Tools import (samples in test/fixtures/claimreview/samples.ts).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { importClaimReview } from '../../../src/core/pack/claimreview.ts';
import { relationForRating } from '../../../src/core/pack/claimreview-ratings.ts';
import { compilePacks } from '../../../src/core/pack/compile.ts';
import type { PackResult } from '../../../src/core/pack/validate.ts';
import { factCheckToolsExample, imported, options, schemaOrgExample } from '../../fixtures/claimreview/samples.ts';

function errorPaths(result: PackResult): string[] {
  assert.equal(result.ok, false);
  return result.ok ? [] : result.errors.map((e) => e.path);
}

describe('importClaimReview from schema.org JSON-LD', () => {
  it('maps the documented example to a claim, its claimant, the fact-checker and the appearance', () => {
    const pack = imported(schemaOrgExample);
    assert.deepEqual(pack.entities, [
      { id: 'square-world-society', name: { en: 'Square World Society' }, kind: 'other' },
      { id: 'example-com-science-watch', name: { en: 'Example.com science watch' }, kind: 'fact-checker' },
      { id: 'skeptical-news', name: { en: 'Skeptical News' }, kind: 'outlet' },
    ]);
    assert.deepEqual(pack.claims, [
      {
        id: 'the-world-is-flat',
        claimant: 'square-world-society',
        date: '2016-06-20',
        text: { en: 'The world is flat' },
        appearances: [
          { source: 'skeptical-news', date: '2016-06-22', url: 'https://example.com/news/a122121', title: 'Square Earth - Flat earthers for the Internet age' },
        ],
        evidence: [
          {
            source: 'example-com-science-watch',
            relation: 'disputes',
            date: '2016-06-22',
            summary: { en: 'Rated “False” by Example.com science watch.' },
            url: 'https://example.com/news/science/worldisflat.html',
            rating: 'False',
          },
        ],
      },
    ]);
    assert.equal(pack.format, 'recoupe-pack/1');
    assert.equal(compilePacks([pack]).claims[0]?.status, 'disputed');
  });

  it('accepts an array of ClaimReviews and merges reviews of the same claim', () => {
    const second = { ...schemaOrgExample, author: { '@type': 'Organization', name: 'Other Checker' }, reviewRating: { '@type': 'Rating', alternateName: 'Pants on Fire!' } };
    const pack = imported([schemaOrgExample, second]);
    assert.equal(pack.claims.length, 1);
    assert.deepEqual(pack.claims[0]?.evidence.map((e) => [e.source, e.relation, e.rating]), [
      ['example-com-science-watch', 'disputes', 'False'],
      ['other-checker', 'disputes', 'Pants on Fire!'],
    ]);
    assert.equal(pack.claims[0]?.appearances?.length, 1);
  });

  it('reads a @graph, following @id references and skipping other node types', () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebPage', '@id': 'https://factcheck.example.org/#page' },
        { '@type': 'Organization', '@id': '#checker', name: 'Example Fact Check', url: 'https://factcheck.example.org/' },
        {
          '@type': ['ClaimReview'],
          claimReviewed: 'La Terre est plate (fictif)',
          inLanguage: 'fr',
          datePublished: '2020-03-01T09:30:00+01:00',
          author: { '@id': '#checker' },
          itemReviewed: { '@type': 'Claim', author: { '@type': 'Person', name: 'Jean Exemple' }, datePublished: '2020-02-28' },
          reviewRating: { '@type': 'Rating', alternateName: 'Trompeur' },
        },
      ],
    };
    const pack = imported(graph);
    assert.deepEqual(pack.entities.map((e) => [e.id, e.kind, e.url]), [
      ['jean-exemple', 'person', undefined],
      ['example-fact-check', 'fact-checker', 'https://factcheck.example.org/'],
    ]);
    const evidence = pack.claims[0]?.evidence[0];
    assert.equal(pack.claims[0]?.text.fr, 'La Terre est plate (fictif)');
    assert.deepEqual([evidence?.relation, evidence?.rating, evidence?.date], ['rated', 'Trompeur', '2020-03-01']);
    assert.equal(compilePacks([pack]).claims[0]?.status, 'unverified');
  });

  it('uses a shared anonymous entity when no claimant is named, and the review date when the claim has none', () => {
    const { itemReviewed: _dropped, ...bare } = schemaOrgExample;
    const pack = imported(bare);
    assert.deepEqual(pack.entities[0], { id: 'unknown-claimant', name: { en: 'Unknown claimant', fr: 'Auteur inconnu' }, kind: 'anonymous-source' });
    assert.equal(pack.claims[0]?.date, '2016-06-22');
  });

  it('keeps a numeric-only rating verbatim and does not interpret it', () => {
    const pack = imported({ ...schemaOrgExample, reviewRating: { '@type': 'Rating', ratingValue: 1, bestRating: 5, worstRating: 1 } });
    assert.deepEqual([pack.claims[0]?.evidence[0]?.relation, pack.claims[0]?.evidence[0]?.rating], ['rated', '1/5']);
  });

  it('reports every unreadable field with its JSON path, and imports nothing', () => {
    const broken = [
      schemaOrgExample,
      { ...schemaOrgExample, claimReviewed: undefined, url: 'http://example.com/x', datePublished: '2016-02-30' },
      { ...schemaOrgExample, author: undefined, reviewRating: undefined, inLanguage: 'French!' },
      { '@type': 'WebPage' },
    ];
    const result = importClaimReview(broken, options);
    assert.deepEqual(errorPaths(result), [
      '$[3]',
      '$[1].claimReviewed',
      '$[1].datePublished',
      '$[1].url',
      '$[2].inLanguage',
      '$[2].author',
      '$[2].reviewRating',
    ]);
  });
});

describe('importClaimReview from Fact Check Tools API output', () => {
  it('maps claims and reviews, reading only unambiguous ratings', () => {
    const pack = imported(factCheckToolsExample);
    assert.deepEqual(pack.entities, [
      { id: 'john-doe', name: { en: 'John Doe' }, kind: 'other' },
      { id: 'example-fact-check', name: { en: 'Example Fact Check' }, kind: 'fact-checker' },
      { id: 'verif-example-fr', name: { fr: 'verif.example.fr' }, kind: 'fact-checker' },
    ]);
    const claim = pack.claims[0]!;
    assert.deepEqual([claim.id, claim.claimant, claim.date, claim.text], ['crime-has-doubled-in-the-last-2-years', 'john-doe', '2019-01-15', { en: 'Crime has doubled in the last 2 years.' }]);
    assert.deepEqual(claim.evidence, [
      {
        source: 'example-fact-check',
        relation: 'rated',
        date: '2019-01-20',
        summary: { en: 'Has crime doubled? (fictional)' },
        url: 'https://factcheck.example.org/crime-doubled',
        rating: 'Mostly False',
      },
      {
        source: 'verif-example-fr',
        relation: 'disputes',
        date: '2019-01-22',
        summary: { en: 'Rated “Faux” by verif.example.fr.' },
        url: 'https://verif.example.fr/crime',
        rating: 'Faux',
      },
    ]);
    assert.equal(compilePacks([pack]).claims[0]?.status, 'disputed');
  });

  it('reports missing and malformed review fields with their paths', () => {
    const result = importClaimReview(
      { claims: [{ claimant: 'John Doe', claimReview: [{ publisher: {}, reviewDate: 'yesterday', url: 'https://ok.example.org/' }] }] },
      options,
    );
    assert.deepEqual(errorPaths(result), [
      '$.claims[0].text',
      '$.claims[0].claimReview[0].publisher',
      '$.claims[0].claimReview[0].textualRating',
      '$.claims[0].claimReview[0].reviewDate',
    ]);
  });

  it('refuses a claim with no date at all rather than inventing one', () => {
    assert.deepEqual(errorPaths(importClaimReview({ claims: [{ text: 'Undated (fictional).' }] }, options)), ['$.claims[0]']);
  });
});

describe('importClaimReview robustness', () => {
  it('explains what it expected when given something else', () => {
    const result = importClaimReview({ hello: 'world' }, options);
    assert.ok(!result.ok && /expected ClaimReview JSON-LD/.test(result.errors[0]!.message));
    assert.deepEqual(errorPaths(importClaimReview({ claims: [] }, options)), ['$']);
  });

  it('never throws on junk', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        importClaimReview(value, options);
        importClaimReview({ claims: [value] }, options);
        importClaimReview([{ ...schemaOrgExample, itemReviewed: value }], options);
        importClaimReview({ ...schemaOrgExample, reviewRating: value, author: value }, options);
      }),
      { numRuns: 300 },
    );
  });
});

describe('relationForRating', () => {
  it('maps only ratings whose words are unambiguous', () => {
    const cases: Array<[string, string]> = [
      ['True', 'confirms'],
      ['Vrai', 'confirms'],
      ['FALSE', 'disputes'],
      ['Pants on Fire!', 'disputes'],
      ['faux', 'disputes'],
      ['Half-True', 'partly'],
      ['Mostly true', 'partly'],
      ['Partiellement faux', 'partly'],
      ['Mostly False', 'rated'],
      ['Misleading', 'rated'],
      ['Four Pinocchios', 'rated'],
      ['Not the whole story', 'rated'],
      ['3/5', 'rated'],
    ];
    for (const [rating, relation] of cases) assert.equal(relationForRating(rating), relation, rating);
  });
});
