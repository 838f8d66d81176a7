package org.emotionworkbench.ui.model;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.emotionworkbench.model.NetworkLayer;
import org.emotionworkbench.run.RunNetwork;
import org.emotionworkbench.ui.WorkbenchContext;
import org.emotionworkbench.ui.common.BackgroundTask;
import org.emotionworkbench.ui.common.ErrorLog;
import org.emotionworkbench.ui.workspace.RunEntry;

import java.util.Objects;

/**
 * The Model screen's "Selected run" tab: the network of the run selected anywhere in the workbench as it is (a trained,
 * imported or fine-tuned run), layer by layer with the layers transfer learning froze marked, the trainable and
 * non-trainable totals as Keras counts them, and where the network came from. The model is read off the UI thread, and
 * only while the tab is showing ({@link #activeProperty()}): selecting runs elsewhere opens no model.
 */
public final class RunNetworkViewModel {
    private final WorkbenchContext context;
    private final ObservableList<NetworkLayer> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper origin = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper totals = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final BooleanProperty active = new SimpleBooleanProperty(false);
    private RunEntry shown;
    private BackgroundTask<RunNetwork> loading;

    public RunNetworkViewModel(WorkbenchContext context) {
        this.context = Objects.requireNonNull(context, "context");
        context.selectedRunProperty().addListener((o, a, run) -> refresh());
        active.addListener((o, a, now) -> refresh());
        clear("Select a run (on the Evaluation or Compare screen, or above) to see its network.");
    }

    /** Shows the selected run's network if the tab is showing and it is not shown yet. */
    private void refresh() {
        if (!active.get()) {
            return;
        }
        RunEntry run = context.selectedRunProperty().get();
        if (Objects.equals(run, shown)) {
            return;
        }
        shown = run;
        if (loading != null) {
            loading.cancel();
            loading = null;
        }
        if (run == null) {
            clear("Select a run (on the Evaluation or Compare screen, or above) to see its network.");
            return;
        }
        if (!run.hasModel()) {
            clear(run.label() + " has no model.zip (training did not finish, or it was deleted).");
            return;
        }
        clear("Reading the network of " + run.label() + " …");
        BackgroundTask<RunNetwork> task = BackgroundTask.of("Reading the network of " + run.label(),
                p -> RunNetwork.of(run.folder()));
        loading = task;
        context.tasks().submit(task
                .onSuccess(n -> {
                    if (loading == task) {
                        show(run, n);
                    }
                })
                .onFailure(t -> {
                    if (loading == task) {
                        clear("Cannot read the network of " + run.label() + ": " + ErrorLog.describe(t));
                        context.tasks().errors().report("Reading the network of " + run.label(), t);
                    }
                }));
    }

    private void show(RunEntry run, RunNetwork n) {
        loading = null;
        rows.setAll(n.summary().layers());
        title.set(run.label());
        origin.set(n.origin());
        totals.set(n.summary().totals());
        summary.set(n.summary().render(run.name()));
        message.set("");
    }

    private void clear(String why) {
        rows.clear();
        title.set("");
        origin.set("");
        totals.set("");
        summary.set("");
        message.set(why);
    }

    /** Whether the tab is showing; the network is read only then. */
    public BooleanProperty activeProperty() {
        return active;
    }

    /** The layers of the network shown, in the order DL4J runs them. */
    public ObservableList<NetworkLayer> rows() {
        return rows;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Where the network came from: trained here, imported, or fine-tuned from a parent. */
    public ReadOnlyStringProperty originProperty() {
        return origin.getReadOnlyProperty();
    }

    /** "Total params: … · trainable … · non-trainable … (n frozen layers)". */
    public ReadOnlyStringProperty totalsProperty() {
        return totals.getReadOnlyProperty();
    }

    /** The Keras-like text summary, with its "Frozen" column. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Why nothing is shown (no run, no model, reading, a failure); empty while a network is shown. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
