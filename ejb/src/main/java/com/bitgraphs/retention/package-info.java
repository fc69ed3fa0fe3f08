/**
 * Data retention: a daily sweep that purges every tenant uninstalled for longer than the retention period
 * (every row of every tenant table, its batch job records, its secrets and its audit trail but the fact of
 * the purge), run as the maintenance database role; and its dry run for operators.
 */
package com.bitgraphs.retention;
