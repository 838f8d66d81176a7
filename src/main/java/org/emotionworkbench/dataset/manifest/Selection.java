package org.emotionworkbench.dataset.manifest;

import java.util.List;

/** The result of a seeded draw: the manifest drawn and every class where the source had too few images. */
public record Selection(Manifest manifest, List<Shortfall> shortfalls) {
    public Selection {
        shortfalls = List.copyOf(shortfalls);
    }

    public boolean complete() {
        return shortfalls.isEmpty();
    }
}
