// Reads Google Fact Check Tools API claims:search output:
// { "claims": [ { "text", "claimant", "claimDate", "claimReview": [ { "publisher": { "name", "site" },
//   "url", "title", "reviewDate", "textualRating", "languageCode" } ] } ], "nextPageToken"? }
import type { Issues, Obj } from './validate-fields.ts';
import { own } from './validate-fields.ts';
import { describe, isRecord, pathKey } from './rules.ts';
import { day, httpsUrl, language, text, type ReadReview, type ReviewedClaim } from './claimreview-read.ts';

export function readFactCheckTools(data: Obj, issues: Issues): ReviewedClaim[] {
  const claims = own(data, 'claims');
  if (!Array.isArray(claims)) {
    issues.add('$.claims', `expected an array of claims, got ${describe(claims)}`);
    return [];
  }
  return claims.flatMap((claim, i) => readClaim(claim, `$.claims[${i}]`, issues) ?? []);
}

function readClaim(value: unknown, path: string, issues: Issues): ReviewedClaim | undefined {
  if (!isRecord(value)) {
    issues.add(path, `expected a claim object, got ${describe(value)}`);
    return undefined;
  }
  const before = issues.errors.length;
  const claimText = text(value, 'text', path, issues, true);
  const claimant = text(value, 'claimant', path, issues);
  const date = day(value, 'claimDate', path, issues);
  const rawReviews = own(value, 'claimReview');
  const reviewsPath = pathKey(path, 'claimReview');
  const reviews: ReadReview[] = [];
  if (Array.isArray(rawReviews)) {
    rawReviews.forEach((review, i) => {
      const read = readReview(review, pathKey(reviewsPath, i), issues);
      if (read) reviews.push(read);
    });
  } else if (rawReviews !== undefined) {
    issues.add(reviewsPath, `expected an array of reviews, got ${describe(rawReviews)}`);
  }
  if (issues.errors.length > before || claimText === undefined) return undefined;
  return {
    path,
    text: claimText,
    // The API gives no language for the claim itself; its reviews are normally in the same language.
    lang: reviews[0]?.lang ?? 'en',
    ...(claimant ? { claimant: { name: claimant, person: false } } : {}),
    ...(date ? { date } : {}),
    appearances: [],
    reviews,
  };
}

function readReview(value: unknown, path: string, issues: Issues): ReadReview | undefined {
  if (!isRecord(value)) {
    issues.add(path, `expected a claim review object, got ${describe(value)}`);
    return undefined;
  }
  const before = issues.errors.length;
  const publisherPath = pathKey(path, 'publisher');
  const publisher = own(value, 'publisher');
  let name: string | undefined;
  if (isRecord(publisher)) {
    // "site" is the publisher's domain; it names the publisher when "name" is absent.
    name = text(publisher, 'name', publisherPath, issues) ?? text(publisher, 'site', publisherPath, issues);
    if (name === undefined) issues.add(publisherPath, 'has neither "name" nor "site"');
  } else {
    issues.add(publisherPath, publisher === undefined ? 'is required but missing' : `expected an object, got ${describe(publisher)}`);
  }
  const rating = text(value, 'textualRating', path, issues, true);
  const date = day(value, 'reviewDate', path, issues, true);
  const url = httpsUrl(value, 'url', path, issues);
  const title = text(value, 'title', path, issues);
  const code = text(value, 'languageCode', path, issues);
  const lang = code === undefined ? 'en' : language(code, pathKey(path, 'languageCode'), issues);
  if (issues.errors.length > before || !name || !rating || !date || !lang) return undefined;
  return { publisher: { name, person: false }, rating, date, lang, ...(url ? { url } : {}), ...(title ? { title } : {}) };
}
