// Numbers and dates as people read them, in the browser's language.
const numbers = new Intl.NumberFormat(undefined);
const compactNumbers = new Intl.NumberFormat(undefined, {notation: 'compact', maximumFractionDigits: 1});
const oneDecimal = new Intl.NumberFormat(undefined, {maximumFractionDigits: 1});
const day = new Intl.DateTimeFormat(undefined, {day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC'});
const month = new Intl.DateTimeFormat(undefined, {month: 'short', year: 'numeric', timeZone: 'UTC'});

export const formatNumber = value => value === null || value === undefined ? '–' : numbers.format(value);
export const formatCompact = value => compactNumbers.format(value);
export const formatHours = value => value === null || value === undefined ? '–' : oneDecimal.format(value) + ' h';

/** A period label: "2026-01" is a month, "2026-01-05" a day or the Monday of a week. */
export function formatPeriod(period, groupBy) {
    if (/^\d{4}-\d{2}$/.test(period)) {
        return month.format(new Date(period + '-01T00:00:00Z'));
    }
    if (/^\d{4}$/.test(period)) {
        return period;
    }
    const date = new Date(period.substring(0, 10) + 'T00:00:00Z');
    if (Number.isNaN(date.getTime())) {
        return period;
    }
    if (groupBy === 'month') {
        return month.format(date);
    }
    return (groupBy === 'week' ? 'Week of ' : '') + day.format(date);
}

export const formatDate = iso => iso ? day.format(new Date(iso)) : '–';

/** An ISO date (yyyy-mm-dd) of a Date, in UTC. */
export const isoDate = date => date.toISOString().substring(0, 10);
