package org.emotionworkbench.training;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import org.deeplearning4j.ui.VertxUIServer;

/**
 * DL4J's training UI server, deployed by us (not through {@code UIServer.getInstance()}, which binds all interfaces
 * on port 9000 and adds a JVM shutdown hook): its Vert.x instance is wrapped so that the HTTP server listens on
 * {@code host:port} only. DL4J's own code (routes, modules, stats routing) runs unchanged.
 */
final class LoopbackUiServer extends VertxUIServer {
    private final String host;
    private final int port;

    LoopbackUiServer(String host, int port) {
        this.host = host;
        this.port = port;
    }

    @Override
    public void init(Vertx vertx, Context context) {
        super.init(LoopbackVertx.wrap(vertx, host, port), context);
    }
}
