package org.emotionworkbench.ui.model.edit;

import org.emotionworkbench.model.LayerSpec;
import org.emotionworkbench.model.ModelSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The model being edited, as plain data (a name and a mutable layer stack), knowing nothing of controls. Only
 * {@link EditCommand}s change it, so every change can be undone; listeners hear of each change.
 */
public final class ModelDocument {
    private String name;
    private final List<LayerSpec> layers = new ArrayList<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public ModelDocument(ModelSpec spec) {
        Objects.requireNonNull(spec, "spec");
        this.name = spec.name();
        this.layers.addAll(spec.layers());
    }

    /** An immutable snapshot of the document. */
    public ModelSpec spec() {
        return new ModelSpec(name, layers);
    }

    public String name() {
        return name;
    }

    public int size() {
        return layers.size();
    }

    public LayerSpec layer(int index) {
        return layers.get(index);
    }

    public void addListener(Runnable listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    void insert(int index, LayerSpec layer) {
        layers.add(index, Objects.requireNonNull(layer, "layer"));
        changed();
    }

    LayerSpec remove(int index) {
        LayerSpec removed = layers.remove(index);
        changed();
        return removed;
    }

    void move(int from, int to) {
        layers.add(to, layers.remove(from));
        changed();
    }

    LayerSpec set(int index, LayerSpec layer) {
        LayerSpec old = layers.set(index, Objects.requireNonNull(layer, "layer"));
        changed();
        return old;
    }

    void rename(String newName) {
        this.name = newName;
        changed();
    }

    /** Replaces everything (a preset, a file); returns what was there. */
    ModelSpec replace(ModelSpec spec) {
        ModelSpec old = spec();
        this.name = spec.name();
        layers.clear();
        layers.addAll(spec.layers());
        changed();
        return old;
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }
}
