/**
 * The reports API under {@code /api/v1/workspaces/{workspace}/}: thin resources that validate their query
 * parameters ({@link com.bitgraphs.web.report.ReportParameters}), ask the {@code graphs} component and answer
 * JSON, or RFC 4180 CSV on {@code Accept: text/csv} or {@code ?format=csv}; exports are streamed.
 */
package com.bitgraphs.web.report;
