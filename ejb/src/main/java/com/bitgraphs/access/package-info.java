/**
 * Who may read what: workspace API tokens (created by admins, stored hashed) and what a Bitbucket user may see,
 * asked of Bitbucket's permission endpoints and remembered briefly.
 */
package com.bitgraphs.access;
