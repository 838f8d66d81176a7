package org.emotionworkbench.training;

import org.emotionworkbench.model.Presets;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class Dl4jTrainingUiTest {

    @Test
    void nothingRunsUntilStarted() {
        try (Dl4jTrainingUi ui = new Dl4jTrainingUi()) {
            assertFalse(ui.isRunning());
            assertEquals(-1, ui.port());
            assertNull(ui.url());
        }
    }

    @Test
    void stoppingRemovesTheUploadFolderDl4jMakesInTheTemporaryDirectory(@org.junit.jupiter.api.io.TempDir Path tmp)
            throws Exception {
        String saved = System.getProperty("java.io.tmpdir");
        System.setProperty("java.io.tmpdir", tmp.toString());
        try {
            Dl4jTrainingUi ui = new Dl4jTrainingUi();
            try {
                ui.start();
                try (var listing = Files.list(tmp)) {
                    assertTrue(listing.anyMatch(p -> p.getFileName().toString().startsWith("DL4JUI_")),
                            "DL4J made its upload folder in java.io.tmpdir");
                }
            } finally {
                ui.close();
            }
            try (var listing = Files.list(tmp)) {
                assertEquals(List.of(), listing.map(p -> p.getFileName().toString())
                        .filter(n -> n.startsWith("DL4JUI_")).toList());
            }
        } finally {
            System.setProperty("java.io.tmpdir", saved);
        }
    }

    @Test
    void serverListensOnLoopbackOnlyAndStopFreesThePort() throws Exception {
        Dl4jTrainingUi ui = new Dl4jTrainingUi();
        int port;
        try {
            String url = ui.start();
            port = ui.port();
            assertTrue(port > 0, "a free port was chosen: " + port);
            assertEquals("http://127.0.0.1:" + port + "/train/overview", url);
            assertTrue(ui.address().isLoopbackAddress());
            assertEquals(url, ui.start(), "a second start reuses the running server");

            // it answers HTTP on 127.0.0.1 (DL4J's own pages)
            HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
            c.setConnectTimeout(5000);
            c.setReadTimeout(10000);
            assertEquals(200, c.getResponseCode());
            c.disconnect();

            // the kernel's table of listening sockets: this port is bound to 127.0.0.1 and nothing else
            if (Files.isReadable(Path.of("/proc/net/tcp"))) {
                List<String> bound = new ArrayList<>(listeningAddresses(Path.of("/proc/net/tcp"), port));
                bound.addAll(listeningAddresses(Path.of("/proc/net/tcp6"), port));
                // 127.0.0.1 as an IPv4 socket, or IPv4-mapped (::ffff:127.0.0.1) on a dual-stack one
                assertEquals(1, bound.size(), "one listening socket: " + bound);
                assertTrue(bound.get(0).equals("0100007F") || bound.get(0).equals("0000000000000000FFFF00000100007F"),
                        "bound to 127.0.0.1, not " + bound.get(0));
            }
            // no other address of this machine accepts connections on the port
            for (InetAddress other : nonLoopbackIpv4Addresses()) {
                assertFalse(connects(other, port), "reachable on " + other);
            }
            // on Linux all of 127/8 is loopback: a wildcard bind would answer on 127.0.0.2 too, ours does not
            if (System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux")) {
                assertFalse(connects(InetAddress.getByName("127.0.0.2"), port), "reachable on 127.0.0.2");
            }
        } finally {
            ui.close();
        }
        assertFalse(ui.isRunning());
        assertFalse(connects(InetAddress.getByName("127.0.0.1"), port), "still listening after close");
        try (ServerSocket again = new ServerSocket()) {
            again.setReuseAddress(true);
            again.bind(new InetSocketAddress("127.0.0.1", port)); // throws if the port were still held
        }
        ui.close(); // a second close is harmless
        assertTrue(waitForNoLiveVertxThreads(10_000), "Vert.x threads left running: " + vertxThreads());
    }

    @Test
    void recorderRecordsATrainingSessionThroughTheTrainerHook() {
        try (Dl4jTrainingUi ui = new Dl4jTrainingUi()) {
            List<Integer> iterations = new ArrayList<>();
            Trainer trainer = new Trainer(TrainingOptions.of(1, 16, 1e-3, 5))
                    .networkListener(ui.recorder("run-a"))
                    .networkListener(new org.deeplearning4j.optimize.api.BaseTrainingListener() {
                        @Override
                        public void iterationDone(org.deeplearning4j.nn.api.Model model, int iteration, int epoch) {
                            iterations.add(iteration);
                        }
                    });
            TrainingData data = new TrainingData(SpotFaces.make(8, 1), SpotFaces.make(2, 2));
            trainer.train(Presets.get("tiny"), data).network().close();
            assertEquals(4, iterations.size(), "56 images in batches of 16: every iteration is seen");
            assertEquals(List.of("run-a"), ui.sessions());
            assertFalse(ui.isRunning(), "recording does not start the server");
        }
    }

    @Test
    void invalidPortIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Dl4jTrainingUi(70000));
    }

    /** Local addresses (hex, as the kernel writes them) of sockets in LISTEN state on {@code port}. */
    static List<String> listeningAddresses(Path table, int port) throws IOException {
        if (!Files.isReadable(table)) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        String hexPort = String.format(Locale.ROOT, "%04X", port);
        for (String line : Files.readAllLines(table).subList(1, Files.readAllLines(table).size())) {
            String[] f = line.trim().split("\\s+");
            String[] local = f[1].split(":");
            if (local[1].equals(hexPort) && f[3].equals("0A")) {
                found.add(local[0]);
            }
        }
        return found;
    }

    private static List<InetAddress> nonLoopbackIpv4Addresses() throws IOException {
        List<InetAddress> out = new ArrayList<>();
        for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress a : Collections.list(ni.getInetAddresses())) {
                if (a instanceof Inet4Address && !a.isLoopbackAddress()) {
                    out.add(a);
                }
            }
        }
        return out;
    }

    private static boolean connects(InetAddress address, int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(address, port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static List<String> vertxThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && !t.isDaemon() && t.getName().startsWith("vert.x-"))
                .map(Thread::getName).toList();
    }

    private static boolean waitForNoLiveVertxThreads(long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if (vertxThreads().isEmpty()) {
                return true;
            }
            Thread.sleep(100);
        }
        return vertxThreads().isEmpty();
    }
}
