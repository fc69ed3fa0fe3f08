/**
 * Graphs and reports: the rollups ingestion keeps up to date as data arrives (commits per repository, identity
 * and UTC day or quarter hour; facts and phase times per pull request), the report queries that read only those
 * rollups, the streamed exports, and the workspace settings that shape them (file exclusions per repository,
 * excluded people).
 */
package com.bitgraphs.graphs;
