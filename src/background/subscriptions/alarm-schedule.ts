// Subscription schedules as browser alarms, one per subscription ("recoupe-sub:<id>"). Alarms wake a
// stopped service worker (Chromium) or event page (Firefox), which then runs the update.
import { browser } from '../../shared/browser.ts';
import type { Schedule } from './subscriptions.ts';

const PREFIX = 'recoupe-sub:';

export const alarmSchedule: Schedule = {
  async set(id, periodMinutes, firstAt) {
    await browser.alarms.create(PREFIX + id, { when: firstAt, periodInMinutes: periodMinutes });
  },
  async clear(id) {
    await browser.alarms.clear(PREFIX + id);
  },
  async scheduled() {
    return (await browser.alarms.getAll()).map((a) => a.name).filter((n) => n.startsWith(PREFIX)).map((n) => n.slice(PREFIX.length));
  },
};

/** The subscription id an alarm is for, or undefined for any other alarm. */
export function subscriptionOfAlarm(name: string): string | undefined {
  return name.startsWith(PREFIX) ? name.slice(PREFIX.length) : undefined;
}
