/** The entry points of the reports: queries, exports and settings, each inside the caller's tenant. */
package com.bitgraphs.graphs.boundary;
