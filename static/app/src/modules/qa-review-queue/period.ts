import { addDays, todayIn } from '../project-page/format';

/** The last `days` days including today, as whole local dates (the resolvers read them in `timeZone`). */
export const recentDays = (days: number, timeZone: string, now: number = Date.now()) => {
  const today = todayIn(timeZone, now);
  return { from: addDays(today, 1 - days), to: addDays(today, 1), timeZone };
};

/** The last `days` complete days (today left out): a sampling period that stays the same all day. */
export const completeDays = (days: number, timeZone: string, now: number = Date.now()) => {
  const today = todayIn(timeZone, now);
  return { from: addDays(today, -days), to: today, timeZone };
};

/** What every view of the QA tab reads: the project, its time zone and the period picked above the tabs. */
export interface PeriodViewProps {
  projectKey: string;
  timeZone: string;
  days: number;
}
