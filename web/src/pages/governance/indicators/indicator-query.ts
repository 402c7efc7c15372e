import { INDICATOR_GROUPINGS, type IndicatorGrouping, type IndicatorQuery } from '../../../api/governance.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The indicators asked for by the page's address (`?groupBy=unit&from=…&to=…`), so that a view can be shared or
 * bookmarked. Without a valid period none is asked for: the server counts its last 30 days, by its own clock
 * (which a rehearsal may have moved on), and says which days those were.
 */
export function readIndicatorQuery(params: URLSearchParams): IndicatorQuery {
  const groupBy = params.get('groupBy');
  const from = params.get('from');
  const to = params.get('to');
  const valid = from && to && DATE.test(from) && DATE.test(to) && from <= to;
  return {
    groupBy: INDICATOR_GROUPINGS.includes(groupBy as IndicatorGrouping)
      ? (groupBy as IndicatorGrouping)
      : 'street',
    ...(valid ? { from, to } : {}),
  };
}

/** The address parameters of a query (what `readIndicatorQuery` reads back). */
export const indicatorParams = (query: IndicatorQuery): Record<string, string> => ({
  groupBy: query.groupBy,
  ...(query.from && query.to ? { from: query.from, to: query.to } : {}),
});
