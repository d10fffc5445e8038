import { LocalDateResolver } from 'graphql-scalars';

/** Calendar date without time or zone (YYYY-MM-DD): birth dates, founding dates, agreement periods. */
export const LocalDate = LocalDateResolver;
