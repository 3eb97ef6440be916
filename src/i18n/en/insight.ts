// English texts of ../insight.ts. Only in the lang-en chunk, which ../catalog.ts loads on demand.
import type { insightNl } from '../insight';
import { ENGLISH_MARKS } from '../outputMarks';

export const insightEn: Record<keyof typeof insightNl, string> = {
  'insight.abc.title': 'Computed ABC limits',
  'insight.abc.advice': 'Your data suggests A ≈ the top {aShare} of clients (from {limitA}) and B ≈ the next {bShare} (from {limitB}).',
  'insight.abc.adviceNoA': 'By the computed limits no client clearly stands out; B ≈ the top {bShare} of clients (from {limitB}).',

  'insight.concentration.title': 'Concentration',
  'insight.concentration.largest': 'Share of the largest client',
  'insight.concentration.top3': 'Share of the top 3',
  'insight.concentration.herfindahl': 'Herfindahl index',
  'insight.concentration.equivalent': 'Revenue is spread as if you had {count} equally large clients.',
  'insight.concentration.warning': 'Note: {name} brings in {share} of revenue, more than {limit}. Do you depend too much on one client?',

  'insight.col.cost': 'Costs',
  'insight.col.margin': ENGLISH_MARKS['insight.col.margin'],
  'insight.col.marginPercent': 'Margin %',
  'insight.col.revenuePerHour': ENGLISH_MARKS['insight.col.revenuePerHour'],
  'insight.profit.title': 'Profitability',
  'insight.profit.lossMaking': '{count} clients are loss-making.',

  'insight.col.clientType': ENGLISH_MARKS['insight.col.clientType'],
  'insight.type.title': 'Client types',
  'insight.type.strategic': 'Strategic',
  'insight.type.large': 'Large',
  'insight.type.development': 'Development',
  'insight.type.transactional': 'Transactional',
  'insight.type.strategic.strategy':
    'Invest in the relationship: a partner as fixed contact, look ahead together and help shape their strategy.',
  'insight.type.large.strategy': 'Keep and protect: excellent service and firm agreements; watch how much you depend on this client.',
  'insight.type.development.strategy': 'Grow: map needs and opportunities and make an action plan for additional services.',
  'insight.type.transactional.strategy': 'Serve efficiently: standardised service, digital where possible, at a fair price.',
  'insight.type.unknown': 'unknown (value or potential missing)',

  'insight.col.shift': ENGLISH_MARKS['insight.col.shift'],
  'insight.shift.up': '↑',
  'insight.shift.down': '↓',
  'insight.shift.same': '=',
  'insight.shift.new': 'new',
  'insight.shift.unknown': '?',
  'insight.migration.title': 'Shifts since last year',
  'insight.migration.corner': 'Last year ↓ / now →',
  'insight.migration.new': 'New',
  'insight.migration.summary': '{up} moved up, {down} moved down, {same} stayed, {new} new.',
  'insight.migration.rest':
    'Also {other} with a class last year that this classification does not have and {none} without a class this year; {total} clients in all.',

  'insight.abc.basisScore': 'Computed on the client score.',
  'insight.abc.basisColumn': 'Computed on column "{column}".',
  'insight.concentration.line':
    'Concentration: largest client {name} with {share} of revenue, top 3 together {top3}, Herfindahl index {herfindahl}.',
  'insight.pyramid.title': 'Class pyramid',
  'insight.pareto.limit': 'Limit {from}/{to}',
  'insight.type.axes':
    'Value: {value} (high from {valueLimit}); potential: column "{potential}" (high from {potentialLimit}). The limits are the median of your clients.',
  'insight.type.value.revenue': 'revenue',
  'insight.type.value.score': 'client score',
  'insight.profit.rate': 'Hours count as costs at {rate} per hour (field "hourlyCost" in the model).',
  'insight.profit.noRate': 'The model gives no cost per hour (field "hourlyCost"): the hours give revenue per hour, not a margin.',
  'insight.profit.clients': 'Over {count} clients with a known margin.',
  'insight.tableGrowthBlocked':
    'Table "{table}" has columns of its own right of the result columns ({cells}); there is no room for {columns} new result column(s). Move those columns left of the results or remove the results first.',
};
