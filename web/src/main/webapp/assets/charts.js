// ECharts options for each report: labelled axes, tooltips with formatted numbers, one colour per meaning.
import {formatCompact, formatNumber, formatPeriod} from './format.js';

export const COLOURS = {
    commits: '#0C66E4', added: '#22A06B', removed: '#C9372C', total: '#6E5DC6',
    created: '#0C66E4', merged: '#6E5DC6', declined: '#C9372C', grid: '#DCDFE4', text: '#44546F'
};
const HEAT = ['#EBEDF0', '#9BE9A8', '#40C463', '#30A14E', '#216E39'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
/** A person's name, or what to call them when it was removed. */
export const personName = person => person.name ?? `Person ${person.id}`;

const PERIOD_NAMES = {day: 'Day', week: 'Week (starting Monday)', month: 'Month', year: 'Year'};

const base = () => ({
    textStyle: {fontFamily: 'inherit', color: COLOURS.text},
    grid: {left: 64, right: 64, top: 48, bottom: 64, containLabel: false},
    legend: {top: 0},
    tooltip: {trigger: 'axis', valueFormatter: formatNumber, confine: true},
    animation: false
});

const periodAxis = (periods, groupBy) => ({
    type: 'category', data: periods, name: PERIOD_NAMES[groupBy] || 'Period', nameLocation: 'middle', nameGap: 36,
    axisLabel: {formatter: value => formatPeriod(value, groupBy), hideOverlap: true}
});

const valueAxis = (name, extra = {}) => ({
    type: 'value', name, nameLocation: 'middle', nameGap: 48, minInterval: 1,
    axisLabel: {formatter: formatCompact}, splitLine: {lineStyle: {color: COLOURS.grid}}, ...extra
});

/** activity: commits as bars, lines added and removed as lines on their own axis. */
export function activityOption(json) {
    const series = json.series;
    const few = series.length <= 12;
    return {
        ...base(),
        xAxis: periodAxis(series.map(p => p.period), json.groupBy),
        yAxis: [valueAxis('Commits'), valueAxis('Lines', {splitLine: {show: false}})],
        dataZoom: [{type: 'inside'}],
        series: [
            {name: 'Commits', type: 'bar', barMaxWidth: 48, color: COLOURS.commits, data: series.map(p => p.commits)},
            {name: 'Lines added', type: 'line', yAxisIndex: 1, color: COLOURS.added, showSymbol: few, symbolSize: 8, data: series.map(p => p.lines_added)},
            {name: 'Lines removed', type: 'line', yAxisIndex: 1, color: COLOURS.removed, showSymbol: few, symbolSize: 8, data: series.map(p => p.lines_removed)}
        ]
    };
}

/** contributors: the top people by commits, biggest on top. */
export function contributorsOption(json, top = 15) {
    const people = json.contributors.slice(0, top).reverse();
    return {
        ...base(),
        grid: {left: 160, right: 32, top: 32, bottom: 56},
        legend: {show: false},
        tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}, valueFormatter: formatNumber, confine: true},
        xAxis: valueAxis('Commits', {nameGap: 32}),
        yAxis: {type: 'category', data: people.map(c => personName(c.author)), name: 'Person',
            axisLabel: {width: 140, overflow: 'truncate'}},
        series: [{name: 'Commits', type: 'bar', barMaxWidth: 48, color: COLOURS.commits, data: people.map(c => c.commits)}]
    };
}

/** pull-requests: created, merged and declined per period as bars, the cumulative counts as lines. */
export function pullRequestsOption(json, groupBy) {
    const series = json.series;
    const few = series.length <= 12;
    return {
        ...base(),
        xAxis: periodAxis(series.map(p => p.period), json.groupBy || groupBy),
        yAxis: [valueAxis('Pull requests per period'), valueAxis('Cumulative', {splitLine: {show: false}})],
        series: [
            {name: 'Created', type: 'bar', barMaxWidth: 48, color: COLOURS.created, data: series.map(p => p.created)},
            {name: 'Merged', type: 'bar', barMaxWidth: 48, color: COLOURS.merged, data: series.map(p => p.merged)},
            {name: 'Declined', type: 'bar', barMaxWidth: 48, color: COLOURS.declined, data: series.map(p => p.declined)},
            {name: 'Created (cumulative)', type: 'line', yAxisIndex: 1, color: COLOURS.created, showSymbol: few, symbolSize: 8,
                lineStyle: {type: 'dashed'}, data: series.map(p => p.cumulative_created)},
            {name: 'Merged (cumulative)', type: 'line', yAxisIndex: 1, color: COLOURS.merged, showSymbol: few, symbolSize: 8,
                lineStyle: {type: 'dashed'}, data: series.map(p => p.cumulative_merged)}
        ]
    };
}

/** code-frequency: lines added up, removed down, per week; the running total of lines on its own axis. */
export function codeFrequencyOption(json) {
    const weeks = json.weeks;
    const few = weeks.length <= 12;
    return {
        ...base(),
        xAxis: periodAxis(weeks.map(w => w.week), 'week'),
        yAxis: [valueAxis('Lines added (+) and removed (−)'), valueAxis('Total lines', {splitLine: {show: false}})],
        tooltip: {trigger: 'axis', valueFormatter: value => formatNumber(Math.abs(value)), confine: true},
        series: [
            {name: 'Lines added', type: 'bar', barMaxWidth: 48, stack: 'lines', color: COLOURS.added, data: weeks.map(w => w.lines_added)},
            {name: 'Lines removed', type: 'bar', barMaxWidth: 48, stack: 'lines', color: COLOURS.removed, data: weeks.map(w => -w.lines_removed)},
            {name: 'Total lines', type: 'line', yAxisIndex: 1, color: COLOURS.total, showSymbol: few, symbolSize: 8, data: weeks.map(w => w.total_lines)}
        ]
    };
}

/** punch-card: a circle per weekday and hour, its area proportional to the commits. */
export function punchCardOption(json, timeZone) {
    const max = Math.max(1, ...json.cells.map(c => c.commits));
    return {
        ...base(),
        grid: {left: 96, right: 32, top: 24, bottom: 56},
        legend: {show: false},
        tooltip: {trigger: 'item', confine: true, formatter: item =>
            `${WEEKDAYS[item.value[1]]} ${String(item.value[0]).padStart(2, '0')}:00–${String(item.value[0]).padStart(2, '0')}:59: `
            + `${formatNumber(item.value[2])} commits`},
        xAxis: {type: 'category', name: 'Hour of day (' + timeZone + ')', nameLocation: 'middle', nameGap: 32,
            data: Array.from({length: 24}, (_, h) => String(h)), splitLine: {show: true, lineStyle: {color: COLOURS.grid}}},
        yAxis: {type: 'category', data: WEEKDAYS, inverse: true},
        series: [{name: 'Commits', type: 'scatter', color: COLOURS.commits,
            symbolSize: value => value[2] === 0 ? 0 : 4 + 28 * Math.sqrt(value[2] / max),
            data: json.cells.map(c => [c.hour, c.weekday - 1, c.commits])}]
    };
}

const range = (from, to) => from === to ? formatNumber(from) : `${formatNumber(from)}–${formatNumber(to)}`;

/** users/{user}/contributions: a calendar of days coloured by commits plus pull requests. */
export function contributionsOption(json) {
    const values = json.days.map(d => d.commits + d.pull_requests);
    const max = Math.max(4, ...values);
    const step = Math.ceil(max / 4);
    return {
        ...base(),
        legend: {show: false},
        tooltip: {trigger: 'item', confine: true, formatter: item => {
            const day = json.days[item.dataIndex];
            return `${new Intl.DateTimeFormat(undefined, {dateStyle: 'full', timeZone: 'UTC'}).format(new Date(day.date + 'T00:00:00Z'))}`
                + `<br>${formatNumber(day.commits)} commits, ${formatNumber(day.pull_requests)} pull requests`;
        }},
        visualMap: {type: 'piecewise', orient: 'horizontal', left: 'center', bottom: 0, itemSymbol: 'rect',
            pieces: [{value: 0, color: HEAT[0], label: 'None'},
                {min: 1, max: step, color: HEAT[1], label: range(1, step)},
                {min: step + 1, max: 2 * step, color: HEAT[2], label: range(step + 1, 2 * step)},
                {min: 2 * step + 1, max: 3 * step, color: HEAT[3], label: range(2 * step + 1, 3 * step)},
                {min: 3 * step + 1, color: HEAT[4], label: formatNumber(3 * step + 1) + ' or more'}]},
        // A short span keeps square cells; a year stretches to the card's width
        calendar: {range: [json.since, json.until], top: 32, left: 48, right: 16,
            cellSize: [(Date.parse(json.until) - Date.parse(json.since)) / 86400000 < 140 ? 14 : 'auto', 14],
            dayLabel: {firstDay: 1, nameMap: 'en'}, yearLabel: {show: false},
            itemStyle: {borderColor: '#fff', borderWidth: 2}, splitLine: {show: false}},
        series: [{name: 'Contributions', type: 'heatmap', coordinateSystem: 'calendar',
            data: json.days.map((d, i) => [d.date, values[i]])}]
    };
}
