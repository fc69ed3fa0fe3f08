package com.bitgraphs.simulator.http;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The JDK HTTP server the simulator listens with, on a bounded pool: hanging "timeout" faults hold a thread each,
 * so a fixed number of threads with a long (but bounded) queue keeps a flood of them from growing without end.
 */
public final class HttpHost implements AutoCloseable {
    private static final int THREADS = 16;
    private static final int QUEUE = 10_000;
    private final HttpServer server;
    private final ThreadPoolExecutor executor;

    static {
        // Without TCP_NODELAY a kept-alive connection stalls ~40 ms per answer (Nagle meets delayed ACK): 22
        // diffstats a second instead of hundreds. Read once per JVM, before the first server is created.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    /** Binds at once, so that {@link #baseUrl()} is known before the handler is. */
    public HttpHost(String host, int port) {
        try {
            server = HttpServer.create(new InetSocketAddress(host, port), 128);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot listen on " + host + ":" + port, e);
        }
        executor = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE));
        server.setExecutor(executor);
    }

    /** The URL clients use; a wildcard address (listening on all interfaces) is reached as localhost. */
    public String baseUrl() {
        InetSocketAddress address = server.getAddress();
        String host = address.getAddress().isAnyLocalAddress() ? "localhost" : address.getHostString();
        return "http://" + host + ":" + address.getPort();
    }

    public void start(Handler handler) {
        server.createContext("/", new HttpFront(handler));
        server.start();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
