/** Lookups of a tenant's repositories for the boundary of other components, such as the pages. */
package com.bitgraphs.repository.boundary;
