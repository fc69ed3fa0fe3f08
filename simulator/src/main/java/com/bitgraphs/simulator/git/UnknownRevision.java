package com.bitgraphs.simulator.git;

import com.bitgraphs.simulator.http.ApiProblem;

/**
 * A revision (branch, tag or hash) that does not name a commit of the repository; the API answers 404, as Bitbucket.
 */
public class UnknownRevision extends ApiProblem {
    private static final long serialVersionUID = 1L;

    public UnknownRevision(String revision) {
        super(404, "Commit not found: " + revision);
    }
}
