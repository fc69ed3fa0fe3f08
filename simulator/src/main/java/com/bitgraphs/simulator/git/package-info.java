/**
 * Reading the served git repositories with JGit: refs, the commit list, commit details and diffstats. Refs are read
 * anew on every call so that a repository gaining commits is seen; per-commit results are cached by hash because a
 * commit never changes.
 */
package com.bitgraphs.simulator.git;
