/**
 * The pages Bitbucket embeds in its iframes (workspace overview, repository graphs, profile contributions,
 * settings): verified by their page JWT, handed a context token for the read API, served with a
 * Content-Security-Policy fit for the iframe, and their scripts, styles and ECharts served from the WAR.
 */
package com.bitgraphs.web.pages;
