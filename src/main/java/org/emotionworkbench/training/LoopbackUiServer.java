package org.emotionworkbench.training;

import io.vertx.core.Context;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import org.deeplearning4j.ui.VertxUIServer;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * DL4J's training UI server, deployed by us (not through {@code UIServer.getInstance()}, which binds all interfaces
 * on port 9000 and adds a JVM shutdown hook): its Vert.x instance is wrapped so that the HTTP server listens on
 * {@code host:port} only. DL4J's own code (routes, modules, stats routing) runs unchanged.
 * <p>
 * DL4J's {@code start} also makes an upload folder {@code DL4JUI_<millis>} in the temporary directory and never
 * removes it; the folders it made are removed again (when still empty) as the server stops.
 */
final class LoopbackUiServer extends VertxUIServer {
    private final String host;
    private final int port;
    private final List<Path> uploadFolders = new ArrayList<>();

    LoopbackUiServer(String host, int port) {
        this.host = host;
        this.port = port;
    }

    @Override
    public void init(Vertx vertx, Context context) {
        super.init(LoopbackVertx.wrap(vertx, host, port), context);
    }

    @Override
    public void start(Promise<Void> startCallback) throws Exception {
        long before = System.currentTimeMillis();
        super.start(startCallback);
        long after = System.currentTimeMillis();
        uploadFolders.addAll(uploadFoldersMadeBetween(Path.of(System.getProperty("java.io.tmpdir")), before, after));
    }

    @Override
    public void stop() throws InterruptedException {
        try {
            super.stop();
        } finally {
            for (Path dir : uploadFolders) {
                try {
                    Files.deleteIfExists(dir);
                } catch (IOException e) {
                    // not empty (someone uploaded a file) or already gone: leave it
                }
            }
            uploadFolders.clear();
        }
    }

    /** The {@code DL4JUI_<millis>} folders in {@code tmp} whose time lies in [from, to]. */
    static List<Path> uploadFoldersMadeBetween(Path tmp, long from, long to) {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(tmp, "DL4JUI_*")) {
            for (Path dir : dirs) {
                try {
                    long millis = Long.parseLong(dir.getFileName().toString().substring("DL4JUI_".length()));
                    if (millis >= from && millis <= to && Files.isDirectory(dir)) {
                        found.add(dir);
                    }
                } catch (NumberFormatException e) {
                    // someone else's folder
                }
            }
        } catch (IOException e) {
            // nothing to tidy
        }
        return found;
    }
}
