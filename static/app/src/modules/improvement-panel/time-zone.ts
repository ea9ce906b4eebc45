import { createContext, useContext } from 'react';

/** The user's time zone (from the Forge context), so dates read as the user's local day. */
export const TimeZoneContext = createContext<string>('UTC');

/** The user's time zone. */
export const useTimeZone = (): string => useContext(TimeZoneContext);
