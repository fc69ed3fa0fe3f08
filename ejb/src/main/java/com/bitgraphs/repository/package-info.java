/** The Bitbucket repositories of a workspace, as Bitgraphs knows them. */
package com.bitgraphs.repository;
