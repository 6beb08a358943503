import { it } from 'node:test';
import assert from 'node:assert/strict';
import { compareVersions } from '../../../src/core/pack/version.ts';

it('orders pack versions by their numbers, dates included, and equal versions as equal', () => {
  assert.equal(compareVersions('2026.11.25', '2026.12.01'), -1);
  assert.equal(compareVersions('1.10', '1.9'), 1);
  assert.equal(compareVersions('2', '10'), -1);
  assert.equal(compareVersions('2024-01-01', '2024-01-01'), 0);
  assert.equal(compareVersions('1', '1.1'), -1);
});
