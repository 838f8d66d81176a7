package org.emotionworkbench.training;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import org.deeplearning4j.ui.model.stats.StatsListener;
import org.deeplearning4j.ui.model.storage.InMemoryStatsStorage;

import java.net.InetAddress;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * DL4J's own training UI (charts of score, updates, parameters, per layer) for runs started here, served on the
 * loopback interface only (127.0.0.1, never the network) on a free port. Nothing starts until {@link #start()};
 * {@link #close()} stops the server and its Vert.x threads (non-daemon: a server left running keeps the JVM alive).
 *
 * <p>Why not {@code UIServer.getInstance()}: DL4J 1.0.0-M2.1 listens on all interfaces, port 9000 (or the system
 * property {@code org.deeplearning4j.ui.port}), with no host setting, because Vert.x 3.9's
 * {@code HttpServer.listen(int, Handler)} always binds {@code 0.0.0.0}. {@link LoopbackUiServer} deploys DL4J's
 * server itself on a Vert.x wrapper that turns every {@code listen} into {@code listen(port, "127.0.0.1", ...)}.
 *
 * <pre>{@code
 * Dl4jTrainingUi ui = new Dl4jTrainingUi();      // nothing running yet
 * String url = ui.start();                       // http://127.0.0.1:<port>/train
 * new RunExecutor(...).networkListener(ui.recorder("my-run")).execute(...);
 * ui.close();
 * }</pre>
 */
public final class Dl4jTrainingUi implements AutoCloseable {
    public static final String HOST = "127.0.0.1";
    private static final long START_SECONDS = 60;

    private final int requestedPort;
    private final InMemoryStatsStorage storage = new InMemoryStatsStorage();
    private Vertx vertx;
    private LoopbackUiServer server;

    /** A UI server that will listen on a free loopback port. */
    public Dl4jTrainingUi() {
        this(0);
    }

    /** A UI server that will listen on {@code port} of the loopback interface (0: a free port). */
    public Dl4jTrainingUi(int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be in 0..65535, got " + port);
        }
        this.requestedPort = port;
    }

    /** Starts the server if it is not running (takes a second or two) and returns the training page's address. */
    public synchronized String start() {
        if (server == null) {
            Vertx v = Vertx.vertx(new VertxOptions().setWorkerPoolSize(2).setEventLoopPoolSize(1));
            LoopbackUiServer s = new LoopbackUiServer(HOST, requestedPort);
            CompletableFuture<String> deployed = new CompletableFuture<>();
            v.deployVerticle(s, ar -> {
                if (ar.succeeded()) {
                    deployed.complete(ar.result());
                } else {
                    deployed.completeExceptionally(ar.cause());
                }
            });
            try {
                deployed.get(START_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                closeQuietly(v);
                throw new IllegalStateException("interrupted while starting the DL4J training UI", e);
            } catch (ExecutionException | TimeoutException e) {
                closeQuietly(v);
                Throwable why = e instanceof ExecutionException ? e.getCause() : e;
                throw new IllegalStateException("the DL4J training UI could not start on " + HOST + ":"
                        + requestedPort + ": " + why, why);
            }
            s.attach(storage);
            vertx = v;
            server = s;
        }
        return url();
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    /** The port listened on; -1 when not running. */
    public synchronized int port() {
        return server == null ? -1 : server.getPort();
    }

    /** The address listened on (always the loopback address); null when not running. */
    public synchronized InetAddress address() {
        try {
            return server == null ? null : InetAddress.getByName(HOST);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The training overview page; null when not running. */
    public synchronized String url() {
        return server == null ? null : "http://" + HOST + ":" + server.getPort() + "/train/overview";
    }

    /**
     * A DL4J listener that records a training session (named {@code sessionId}) into this UI's storage: attach it
     * with {@link Trainer#networkListener} before training. Recording works whether or not the server runs yet.
     */
    public org.deeplearning4j.optimize.api.TrainingListener recorder(String sessionId) {
        Objects.requireNonNull(sessionId, "sessionId");
        return new StatsListener(storage, 1, sessionId);
    }

    /** The recorded sessions, for tests and logs. */
    public java.util.List<String> sessions() {
        return storage.listSessionIDs();
    }

    /** Stops the server and its threads and frees the port; safe to call more than once, or when never started. */
    @Override
    public synchronized void close() {
        if (server == null) {
            return;
        }
        try {
            server.detach(storage);
            server.stop(); // closes its Vert.x instance and waits for it
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closeQuietly(vertx);
            server = null;
            vertx = null;
        }
    }

    private static void closeQuietly(Vertx v) {
        CompletableFuture<Void> closed = new CompletableFuture<>();
        try {
            v.close(ar -> closed.complete(null));
            closed.get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException | IllegalStateException e) {
            // already closed, or closing: nothing more to do
        }
    }
}
