/**
 * People: the identities (commit emails, Bitbucket users) that count as one person in reports, from the merges
 * a workspace admin makes and the workspace's {@code .mailmap}.
 */
package com.bitgraphs.people;
