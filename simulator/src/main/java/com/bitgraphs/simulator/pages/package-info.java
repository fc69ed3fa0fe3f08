/**
 * A page host like bitbucket.org: workspace, repository and user pages that embed the installed apps' modules in
 * iframes, each loaded with a fresh page JWT, so a person can click through the app as in Bitbucket.
 */
package com.bitgraphs.simulator.pages;
