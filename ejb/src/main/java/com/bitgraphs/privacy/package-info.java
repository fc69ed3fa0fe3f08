/**
 * Personal-data removal: one person's names, emails and Bitbucket account ids replaced across the tenant by a
 * stable pseudonym, their identity merges dropped, their numbers kept; tombstones (keyed hashes, never the
 * values) keep them removed when a later sync meets the same email or account again.
 */
package com.bitgraphs.privacy;
