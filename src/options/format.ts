// Small display helpers for the options page.
import { t, uiLanguage } from '../shared/browser.ts';
import { pickText } from '../core/pack/localized.ts';
import type { PackFileFormat } from '../shared/pack-info.ts';

/** A pack name in the UI language, else English, else any. */
export function localName(name: Record<string, string>): string {
  return pickText(name, uiLanguage());
}

export function formatSize(bytes: number): string {
  const mb = bytes / 1024 / 1024;
  if (mb >= 1) return `${mb.toFixed(mb >= 10 ? 0 : 1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

export function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(uiLanguage(), { dateStyle: 'medium', timeStyle: 'short' });
}

export function formatName(format: PackFileFormat): string {
  return t(`optionsFormat_${format.replace(/-/g, '_')}`);
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
