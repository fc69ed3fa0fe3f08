package com.bitgraphs.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Base of the black-box integration tests: deploys the built EAR and the health deployment exactly as an
 * operator would, and gives tests the server's URLs and JDBC connections as the owner and as the
 * application role.
 */
public abstract class DeployedApplication {

    private static final Path DEPLOYMENTS = Path.of(System.getProperty("bitgraphs.it.deployments", "target/deployments"));

    @Deployment(name = "bitgraphs", order = 1, testable = false)
    public static EnterpriseArchive application() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, DEPLOYMENTS.resolve("bitgraphs.ear").toFile());
    }

    @Deployment(name = "health", order = 2, testable = false)
    public static WebArchive health() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, DEPLOYMENTS.resolve("bitgraphs-health.war").toFile());
    }

    protected static URI app(String path) {
        return URI.create("http://127.0.0.1:" + System.getProperty("bitgraphs.it.http.port") + "/bitgraphs" + path);
    }

    protected static URI management(String path) {
        return URI.create("http://127.0.0.1:" + System.getProperty("bitgraphs.it.management.port") + path);
    }

    protected static Connection asOwner() throws SQLException {
        return DriverManager.getConnection(System.getenv("BITGRAPHS_DB_URL"),
                System.getenv("BITGRAPHS_DB_OWNER_USER"), System.getenv("BITGRAPHS_DB_OWNER_PASSWORD"));
    }

    protected static Connection asApp() throws SQLException {
        return DriverManager.getConnection(System.getenv("BITGRAPHS_DB_URL"),
                System.getenv("BITGRAPHS_DB_USER"), System.getenv("BITGRAPHS_DB_PASSWORD"));
    }

    protected static String appRole() {
        return System.getenv("BITGRAPHS_DB_USER");
    }
}
