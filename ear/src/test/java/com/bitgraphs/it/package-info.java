/**
 * Integration tests: the EAR and the health deployment on the provisioned WildFly, started by Arquillian,
 * against a real PostgreSQL (embedded unless {@code BITGRAPHS_DB_URL} names one), over real HTTP and JDBC.
 */
package com.bitgraphs.it;
