/** The read API of a workspace under {@code /api/v1/workspaces/{workspace}}. */
package com.bitgraphs.web.workspace;
