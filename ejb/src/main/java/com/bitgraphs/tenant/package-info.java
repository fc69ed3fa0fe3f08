/**
 * Tenants (one per connected Bitbucket workspace) and the tenant context that isolates them: every
 * transaction carries its tenant into PostgreSQL, where row-level security lets it see its own rows only.
 */
package com.bitgraphs.tenant;
