package com.bitgraphs.simulator.connect;

import com.bitgraphs.simulator.http.ApiProblem;

/**
 * A descriptor Bitbucket would not install; the admin API answers 400 with the reason.
 */
public class DescriptorRefused extends ApiProblem {
    private static final long serialVersionUID = 1L;

    public DescriptorRefused(String reason) {
        super(400, reason);
    }
}
