package org.emotionworkbench.ui.evaluation;

import org.emotionworkbench.platform.HostileFileCorpus;
import org.emotionworkbench.ui.common.UiExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The window's thumbnails come through the engine's decoder, so an image bomb is refused from its header. */
class ThumbnailLoaderTest {
    @Test
    void aTinyPngClaiming30000By30000PixelsGetsNoThumbnailButTheReason(@TempDir Path tmp) throws Exception {
        Path bomb = Files.write(tmp.resolve("bomb.png"), HostileFileCorpus.pngClaiming(30_000));
        assertTrue(Files.size(bomb) < 100, "a tiny file");
        try (ThumbnailLoader loader = new ThumbnailLoader(UiExecutor.DIRECT)) {
            CompletableFuture<ThumbnailLoader.Thumbnail> shown = new CompletableFuture<>();
            loader.load(bomb.toString(), () -> true, shown::complete);
            ThumbnailLoader.Thumbnail t = shown.get(30, TimeUnit.SECONDS); // a full decode would need 900 megapixels
            assertNull(t.image());
            assertTrue(t.problem().contains("30000×30000 pixels") && t.problem().contains("refused without decoding"),
                    t.problem());
            assertEquals(t, loader.cached(bomb.toString()), "the refusal is remembered, not retried");
        }
    }
}
