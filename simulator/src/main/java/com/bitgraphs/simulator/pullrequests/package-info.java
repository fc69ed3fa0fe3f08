/**
 * Pull requests, derived deterministically from the served history (merge commits whose message names a pull
 * request or a branch become MERGED ones) plus OPEN and DECLINED ones from an optional
 * {@code bitgraphs-pullrequests.json} file. Same repository, same seed: same pull requests.
 */
package com.bitgraphs.simulator.pullrequests;
