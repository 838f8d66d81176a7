package org.emotionworkbench.ui.training;

import org.emotionworkbench.ui.common.Stylesheet;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.emotionworkbench.dataset.LoadOptions;
import org.emotionworkbench.model.Presets;
import org.emotionworkbench.ui.MainView;
import org.emotionworkbench.ui.Screen;
import org.emotionworkbench.ui.WorkbenchContext;
import org.emotionworkbench.ui.workspace.Workspace;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Benchmark, not a test: opens the whole workbench window, trains a model on a dataset from the Training screen and
 * records the gaps between JavaFX pulses ({@link AnimationTimer} frames) while it trains. The FX thread is
 * responsive when the longest gap stays well under 50 ms. Optionally saves a screenshot of the window at the end.
 *
 * <pre>
 * args: [--data sample-data] [--model tiny] [--epochs 30] [--batch 64] [--screenshot out.png] [--record-dl4j-ui]
 *       [--warmup 5] (seconds the window is shown before measuring) [--idle S] (measure S seconds, no training)
 *       [--detached] (train the same run on a plain thread, no events to the window: the cost of the CPU alone)
 *       [--worst] (print the five longest gaps, when they came and the UI threads' CPU time in them)
 *       [--profile-start] (sample the FX thread for 0.4 s after Start and print where it spent its time)
 *       [--profile-seconds S] (sample for S seconds instead of 0.4)
 *       [--count-nodes] (nodes in the scene, per tab) [--axis-sizes] (the charts' axis sizes at the end)
 *       [--tab-switch] (after the run: CSS + layout time of opening each tab, twice)
 * </pre>
 * See docs/BENCHMARKS.md, "GUI responsiveness", for the command line (Monocle headless, like the tests).
 */
public final class TrainingPulseBenchmark {
    private static final long[] UPDATES = new long[3]; // count, total nanos, max nanos
    /** Per runnable origin: count, total nanos, max nanos, when the longest one ended. */
    private static final java.util.Map<String, long[]> BY_ORIGIN = new java.util.HashMap<>();

    public static void main(String[] args) throws Exception {
        String data = arg(args, "--data", "sample-data");
        String model = arg(args, "--model", "tiny");
        String epochs = arg(args, "--epochs", "30");
        String batch = arg(args, "--batch", "64");
        String screenshot = arg(args, "--screenshot", null);
        boolean record = Arrays.asList(args).contains("--record-dl4j-ui");
        double idle = Double.parseDouble(arg(args, "--idle", "0"));
        double warmup = Double.parseDouble(arg(args, "--warmup", "5"));
        boolean detached = Arrays.asList(args).contains("--detached");
        Path ws = Files.createTempDirectory("ew-bench-ws");

        // Monocle's headless screen is 1280x800 unless told otherwise: a bigger window overflows its framebuffer and
        // every repainted frame then throws (and prints) a BufferOverflowException on the FX thread
        if (System.getProperty("headless.geometry") == null) {
            System.setProperty("headless.geometry", "1400x900-32");
        }
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        WorkbenchContext[] ctx = new WorkbenchContext[1];
        MainView[] main = new MainView[1];
        Stage[] stage = new Stage[1];
        Platform.runLater(() -> {
            ctx[0] = new WorkbenchContext(r -> Platform.runLater(() -> { // times the view-model updates
                long t0 = System.nanoTime();
                r.run();
                long t = System.nanoTime() - t0;
                synchronized (UPDATES) {
                    UPDATES[0]++;
                    UPDATES[1] += t;
                    UPDATES[2] = Math.max(UPDATES[2], t);
                    // by origin: the runnable's class (a lambda's hidden class names the class that wrote it)
                    String origin = r.getClass().getName().replaceAll("/0x[0-9a-f]+$", "");
                    long[] s = BY_ORIGIN.computeIfAbsent(origin, k -> new long[4]);
                    s[0]++;
                    s[1] += t;
                    if (t > s[2]) {
                        s[2] = t;
                        s[3] = System.nanoTime();
                    }
                }
            }), ws.resolve("settings.json"), new Workspace(ws), LoadOptions.defaults());
            ctx[0].datasetSpecProperty().set(Path.of(data).toAbsolutePath().normalize().toString());
            ctx[0].modelProperty().set(Presets.get(model));
            main[0] = new MainView(ctx[0]);
            Scene scene = new Scene(main[0], 1400, 900);
            scene.getStylesheets().add(Stylesheet.WORKBENCH.url());
            stage[0] = new Stage();
            stage[0].setScene(scene);
            stage[0].show();
            ctx[0].screenProperty().set(Screen.TRAINING);
        });
        waitFx();
        TrainingView view = (TrainingView) main[0].tabs().getSelectionModel().getSelectedItem().getContent();
        if (Arrays.asList(args).contains("--count-nodes")) { // how big the scene graph is that every pulse walks
            Platform.runLater(() -> {
                System.out.println("nodes in the scene: " + countNodes(stage[0].getScene().getRoot()));
                for (var tab : main[0].tabs().getTabs()) {
                    System.out.println("  tab " + tab.getText() + ": " + countNodes(tab.getContent()) + " nodes");
                }
            });
            waitFx();
        }
        TrainingViewModel vm = view.viewModel();

        long[] gaps = new long[1 << 20];
        long[] busy = new long[1 << 20]; // CPU time of the FX and render threads between two frames
        long[] at = new long[1 << 20]; // when each frame came
        int[] n = {0};
        long[] last = {0};
        long[] lastCpu = {0};
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long renderer = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("QuantumRenderer")).mapToLong(Thread::getId).findFirst().orElse(-1);
        boolean[] measuring = {false};
        AnimationTimer timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                long cpu = mx.getCurrentThreadCpuTime() + (renderer < 0 ? 0 : Math.max(0, mx.getThreadCpuTime(renderer)));
                if (measuring[0] && last[0] != 0 && n[0] < gaps.length) {
                    busy[n[0]] = cpu - lastCpu[0];
                    at[n[0]] = now;
                    gaps[n[0]++] = now - last[0];
                }
                last[0] = now;
                lastCpu[0] = cpu;
            }
        };
        Platform.runLater(timer::start);
        Thread.sleep((long) (warmup * 1000)); // the window is drawn and its code compiled before measuring
        CountDownLatch done = new CountDownLatch(1);
        long[] wall = new long[2];
        if (Arrays.asList(args).contains("--profile-start")) { // samples the FX thread for 0.4 s after Start
            Thread fx = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().equals("JavaFX Application Thread")).findFirst().orElseThrow();
            new Thread(() -> {
                java.util.Map<String, Integer> hits = new java.util.TreeMap<>();
                long end = System.nanoTime() + (long) (Double.parseDouble(arg(args, "--profile-seconds", "0.4")) * 1e9);
                while (System.nanoTime() < end) {
                    StackTraceElement[] st = fx.getStackTrace();
                    if (st.length > 0 && fx.getState() == Thread.State.RUNNABLE) {
                        for (StackTraceElement e : st) {
                            if (e.getClassName().startsWith("org.emotionworkbench")) {
                                hits.merge(e.getClassName() + "." + e.getMethodName(), 1, Integer::sum);
                                break;
                            }
                        }
                        String phase = "other";
                        for (StackTraceElement e : st) {
                            String m = e.getClassName() + "." + e.getMethodName();
                            if (m.contains("doCSSPass") || m.contains("doLayoutPass") || m.contains("synchronizeSceneNodes")
                                    || m.contains("waitForRenderingToComplete") || m.contains("ListView") || m.contains("VirtualFlow")
                                    || m.contains("XYChart") || m.contains("LineChart") || m.contains("Axis.") || m.contains("ProgressBar")) {
                                phase = m;
                                break;
                            }
                        }
                        hits.merge("(phase) " + phase, 1, Integer::sum);
                        String ours = "-"; // which of our frames (innermost) and which pulse phase it ran under
                        String under = "-";
                        for (StackTraceElement e : st) {
                            String m = e.getClassName() + "." + e.getMethodName();
                            if (ours.equals("-") && e.getClassName().startsWith("org.emotionworkbench")
                                    && !e.getClassName().contains("TrainingPulseBenchmark")) {
                                ours = m;
                            }
                            if (m.contains("doCSSPass") || m.contains("doLayoutPass") || m.contains("updateBounds")
                                    || m.contains("synchronizeSceneNodes") || m.contains("AnimationTimer")) {
                                under = m;
                                break;
                            }
                        }
                        hits.merge("(where) " + ours + " | " + under, 1, Integer::sum);
                        for (StackTraceElement e : st) { // the innermost JavaFX scene-graph frame
                            if (e.getClassName().startsWith("javafx.")) {
                                hits.merge("(fx) " + e.getClassName() + "." + e.getMethodName(), 1, Integer::sum);
                                break;
                            }
                        }
                        hits.merge("(running samples)", 1, Integer::sum);
                        java.util.Set<String> seen = new java.util.HashSet<>(); // inclusive: every method on the stack
                        for (StackTraceElement e : st) {
                            String m = e.getClassName() + "." + e.getMethodName();
                            if (seen.add(m) && (m.contains("layoutChildren") || m.contains("computePref")
                                    || m.contains("updateBounds") || m.contains("processCSS") || m.contains("lambda$")
                                    || m.contains("dataItem") || m.contains("seriesAdded") || m.contains("seriesRemoved")
                                    || m.contains("invalidate") || m.contains("requestLayout") || m.contains("Pass"))) {
                                hits.merge("(incl) " + m, 1, Integer::sum);
                            }
                        }
                    }
                    try {
                        Thread.sleep(1);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                hits.entrySet().stream().filter(e -> e.getValue() > 0)
                        .sorted((a, b) -> b.getValue() - a.getValue()).limit(90)
                        .forEach(e -> System.out.println("  FX samples " + e.getValue() + "  " + e.getKey()));
            }, "profile-start").start();
        }
        // the form is filled first and given a second to settle, as a user fills it before pressing Start: until
        // 2026-12-06 this happened in the same FX turn as the press, so the measured Start frames also paid for
        // re-styling and re-laying out the settings form (the early-stopping fields greying out)
        Platform.runLater(() -> {
            vm.settings().epochsProperty().set(epochs);
            vm.settings().batchSizeProperty().set(batch);
            vm.settings().earlyStoppingProperty().set(false);
            vm.recordForDl4jUiProperty().set(record);
        });
        waitFx();
        Thread.sleep(1000);
        waitFx();
        Platform.runLater(() -> {
            vm.runningProperty().addListener((o, was, is) -> {
                if (!is) {
                    measuring[0] = false;
                    wall[1] = System.nanoTime();
                    done.countDown();
                }
            });
            measuring[0] = true;
            wall[0] = System.nanoTime();
            if (detached) { // control: the same training on a plain thread, nothing reaches the window
                TrainingRequest req = vm.request();
                new Thread(() -> {
                    try {
                        new org.emotionworkbench.run.RunExecutor(LoadOptions.defaults()).execute(req.model(),
                                req.options(), req.data(), org.emotionworkbench.run.RunFolder.createNew(req.runDir(), false));
                    } catch (Exception e) {
                        e.printStackTrace();
                    }
                    Platform.runLater(() -> {
                        measuring[0] = false;
                        wall[1] = System.nanoTime();
                        done.countDown();
                    });
                }, "detached-training").start();
                return;
            }
            if (idle > 0) { // baseline: the same window, nothing training
                new Thread(() -> {
                    try {
                        Thread.sleep((long) (idle * 1000));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    Platform.runLater(() -> {
                        measuring[0] = false;
                        wall[1] = System.nanoTime();
                        done.countDown();
                    });
                }).start();
                return;
            }
            view.lookup("#start-training").getClass(); // the button is there
            long pressed = System.nanoTime();
            ((javafx.scene.control.Button) view.lookup("#start-training")).fire();
            System.out.printf(Locale.ROOT, "Start button handler on the FX thread: %.1f ms%n",
                    (System.nanoTime() - pressed) / 1e6);
        });
        if (!done.await(2, TimeUnit.HOURS)) {
            throw new IllegalStateException("training did not finish");
        }
        Thread.sleep(500);
        waitFx();
        Platform.runLater(timer::stop);

        long[] g = Arrays.copyOf(gaps, n[0]);
        Arrays.sort(g);
        double seconds = (wall[1] - wall[0]) / 1e9;
        String what = idle > 0 ? "idle window (no training), " + model
                : detached ? model + " trained off-screen (window idle)" : model;
        System.out.printf(Locale.ROOT, "GUI responsiveness: %s on %s, %s epochs, batch %s%s: %.1f s of training, "
                        + "%d frames (%.1f per second); pulse gap median %.1f ms, p99 %.1f ms, p99.9 %.1f ms, max %.1f ms; "
                        + "gaps over 50 ms: %d%n",
                what, data, epochs, batch, record ? ", recording for the DL4J UI" : "", seconds, g.length,
                g.length / seconds, ms(pct(g, 0.5)), ms(pct(g, 0.99)), ms(pct(g, 0.999)),
                ms(g.length == 0 ? 0 : g[g.length - 1]), Arrays.stream(g).filter(x -> x > 50_000_000L).count());
        if (Arrays.asList(args).contains("--worst")) { // the five longest gaps: when, and how busy the UI was
            Integer[] idx = new Integer[n[0]];
            for (int i = 0; i < n[0]; i++) {
                idx[i] = i;
            }
            Arrays.sort(idx, (x, y) -> Long.compare(gaps[y], gaps[x]));
            long t0 = n[0] == 0 ? 0 : at[0];
            for (int i = 0; i < Math.min(5, idx.length); i++) {
                System.out.printf(Locale.ROOT, "  gap %.1f ms at %.2f s, UI threads' CPU in it %.1f ms%n",
                        ms(gaps[idx[i]]), (at[idx[i]] - t0) / 1e9, ms(busy[idx[i]]));
            }
        }
        long[] cpuPerFrame = Arrays.copyOf(busy, n[0]);
        Arrays.sort(cpuPerFrame);
        System.out.printf(Locale.ROOT, "CPU time of the FX + render threads between frames (the UI's own work, "
                        + "independent of other load): median %.1f ms, p99 %.1f ms, p99.9 %.1f ms, max %.1f ms, total %.0f ms%n",
                ms(pct(cpuPerFrame, 0.5)), ms(pct(cpuPerFrame, 0.99)), ms(pct(cpuPerFrame, 0.999)), ms(cpuPerFrame.length == 0 ? 0 : cpuPerFrame[cpuPerFrame.length - 1]),
                ms(Arrays.stream(cpuPerFrame).sum()));
        synchronized (UPDATES) {
            System.out.printf(Locale.ROOT, "view-model updates on the FX thread: %d, mean %.2f ms, max %.1f ms%n",
                    UPDATES[0], UPDATES[0] == 0 ? 0 : UPDATES[1] / 1e6 / UPDATES[0], UPDATES[2] / 1e6);
            BY_ORIGIN.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[2], a.getValue()[2])).limit(8)
                    .forEach(e -> System.out.printf(Locale.ROOT, "  hand-overs from %s: %d, mean %.2f ms, max %.1f ms"
                                    + " (at %.2f s)%n", e.getKey(), e.getValue()[0], e.getValue()[1] / 1e6 / e.getValue()[0],
                            e.getValue()[2] / 1e6, (e.getValue()[3] - wall[0]) / 1e9));
        }
        System.out.println("machine: " + Runtime.getRuntime().availableProcessors() + " cores, load average "
                + java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        String outcome = vm.outcomeProperty().get();
        System.out.println("outcome: " + outcome.replace('\n', ' '));
        System.out.println("batch-loss points: " + vm.progress().batchLoss().size() + ", log lines: "
                + vm.progress().log().size());

        if (record) { // what DL4J's UI server answers about the recorded session
            String url = vm.dl4jUiUrlProperty().get();
            String base = url.substring(0, url.indexOf("/train"));
            var c = (java.net.HttpURLConnection) java.net.URI.create(base + "/train/sessions/info").toURL().openConnection();
            String body = new String(c.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            System.out.println("DL4J UI " + url + ": HTTP " + c.getResponseCode() + ", sessions/info: "
                    + body.substring(0, Math.min(300, body.length())));
        }
        if (Arrays.asList(args).contains("--tab-switch")) { // CSS + layout on the FX thread when a tab is opened
            for (int round = 0; round < 2; round++) {
                for (Screen s : Screen.values()) {
                    int r = round;
                    Platform.runLater(() -> {
                        long t0 = System.nanoTime();
                        ctx[0].screenProperty().set(s);
                        stage[0].getScene().getRoot().applyCss();
                        stage[0].getScene().getRoot().layout();
                        System.out.printf(Locale.ROOT, "  open %s (round %d): %.1f ms of CSS + layout%n", s, r + 1,
                                (System.nanoTime() - t0) / 1e6);
                    });
                    waitFx();
                    Thread.sleep(300);
                }
            }
        }
        if (Arrays.asList(args).contains("--axis-sizes")) { // what the charts' axes measure themselves at
            Platform.runLater(() -> view.lookupAll(".chart").forEach(c -> {
                var xy = (javafx.scene.chart.XYChart<?, ?>) c;
                System.out.printf(Locale.ROOT, "  %s: y axis %.0f wide (pref %.0f), x axis %.0f high (pref %.0f)%n", c.getId(),
                        xy.getYAxis().getWidth(), xy.getYAxis().prefWidth(-1), xy.getXAxis().getHeight(),
                        xy.getXAxis().prefHeight(-1));
            }));
            waitFx();
        }
        if (screenshot != null) {
            CountDownLatch shot = new CountDownLatch(1);
            Platform.runLater(() -> {
                try {
                    var img = stage[0].getScene().getRoot().snapshot(null, null);
                    Path out = Path.of(screenshot).toAbsolutePath();
                    Files.createDirectories(out.getParent());
                    ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", out.toFile());
                    System.out.println("screenshot: " + out);
                    String formShot = arg(args, "--form-screenshot", null);
                    if (formShot != null) { // the whole settings column, beyond what the scroll pane shows
                        var content = ((javafx.scene.control.ScrollPane) view.lookup("#training-settings-scroll")).getContent();
                        ImageIO.write(SwingFXUtils.fromFXImage(content.snapshot(null, null), null), "png",
                                Path.of(formShot).toFile());
                    }
                } catch (Exception e) {
                    e.printStackTrace();
                } finally {
                    shot.countDown();
                }
            });
            shot.await();
        }
        Platform.runLater(() -> {
            stage[0].close();
            ctx[0].close();
            Platform.exit();
        });
    }

    private static int countNodes(javafx.scene.Node n) {
        if (n == null) { // a tab not shown holds no view (MainView keeps it out of the scene)
            return 0;
        }
        int c = 1;
        if (n instanceof javafx.scene.Parent p) {
            for (javafx.scene.Node k : p.getChildrenUnmodifiable()) {
                c += countNodes(k);
            }
        }
        return c;
    }

    private static double pct(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.floor(p * sorted.length))];
    }

    private static double ms(double nanos) {
        return nanos / 1e6;
    }

    private static void waitFx() throws InterruptedException {
        CountDownLatch l = new CountDownLatch(1);
        Platform.runLater(l::countDown);
        l.await();
    }

    private static String arg(String[] args, String name, String def) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return def;
    }
}
