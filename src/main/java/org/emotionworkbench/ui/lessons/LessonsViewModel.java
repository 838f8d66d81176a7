package org.emotionworkbench.ui.lessons;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.emotionworkbench.lesson.DataNeed;
import org.emotionworkbench.lesson.Lesson;
import org.emotionworkbench.lesson.Lessons;
import org.emotionworkbench.lesson.PreparedLesson;
import org.emotionworkbench.ui.WorkbenchContext;
import org.emotionworkbench.ui.common.BackgroundTask;
import org.emotionworkbench.ui.common.ErrorLog;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Help → Lessons: the built-in lessons, the datasets folder they are looked for in, the selected lesson's instructor
 * text and data, and Prepare (in the background) into {@code <workspace>/lessons/<name>}; what is prepared is handed to
 * {@code onPrepared} (the window runs it in the Study pane).
 */
public final class LessonsViewModel {
    /** Lessons are prepared under this folder of the workspace. */
    public static final String LESSONS_FOLDER = "lessons";

    private final WorkbenchContext context;
    private final Consumer<PreparedLesson> onPrepared;
    private final ObservableList<LessonItem> lessons = FXCollections.observableArrayList();
    private final ObjectProperty<LessonItem> selected = new SimpleObjectProperty<>();
    private final StringProperty datasetsRoot = new SimpleStringProperty(Lessons.defaultDatasetsRoot().toString());
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper data = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper preparing = new ReadOnlyBooleanWrapper(false);
    private final javafx.beans.property.ReadOnlyObjectWrapper<PreparedLesson> prepared =
            new javafx.beans.property.ReadOnlyObjectWrapper<>();

    public LessonsViewModel(WorkbenchContext context, Consumer<PreparedLesson> onPrepared) {
        this.context = context;
        this.onPrepared = onPrepared;
        refresh();
        selected.addListener((o, a, item) -> show(item));
        datasetsRoot.addListener((o, a, b) -> refresh());
        selected.set(lessons.get(0));
    }

    private Optional<Path> root() {
        try {
            String t = datasetsRoot.get() == null ? "" : datasetsRoot.get().strip();
            return t.isEmpty() ? Optional.empty() : Optional.of(Path.of(t).toAbsolutePath().normalize());
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    private void refresh() {
        Lesson keep = selected.get() == null ? null : selected.get().lesson();
        Path root = root().orElse(Path.of("."));
        lessons.setAll(Lessons.all().stream().map(l -> new LessonItem(l, Lessons.missingData(l, root).isEmpty())).toList());
        lessons.stream().filter(i -> i.lesson() == keep).findFirst().ifPresent(selected::set);
        show(selected.get());
    }

    private void show(LessonItem item) {
        if (item == null) {
            text.set("");
            data.set("");
            return;
        }
        text.set(LessonText.forDisplay(Lessons.instructorText(item.lesson())));
        Path root = root().orElse(Path.of("."));
        if (item.lesson().needs().isEmpty()) {
            data.set("Needs no data: the faces are generated.");
        } else {
            StringBuilder sb = new StringBuilder();
            for (DataNeed n : item.lesson().needs()) {
                sb.append(n.presentUnder(root) ? "✓ " : "✗ ").append(n.name()).append(": ").append(n.resolve(root));
                if (!n.presentUnder(root)) {
                    sb.append(" — not found. ").append(n.whereToGet());
                }
                sb.append('\n');
            }
            data.set(sb.toString().strip());
        }
        message.set("");
    }

    /** Where the selected lesson is prepared and run. */
    public Path outFolder(Lesson lesson) {
        return context.workspace().root().resolve(LESSONS_FOLDER).resolve(lesson.name());
    }

    /** Prepares the selected lesson in the background; null (with a message) when it cannot start. */
    public BackgroundTask<PreparedLesson> prepare() {
        LessonItem item = selected.get();
        if (item == null) {
            message.set("Choose a lesson.");
            return null;
        }
        Optional<Path> root = root();
        if (root.isEmpty()) {
            message.set("Enter the folder that holds the datasets (fer2013/, synthetic/, real/).");
            return null;
        }
        Optional<String> missing = Lessons.missingData(item.lesson(), root.get());
        if (missing.isPresent()) {
            message.set(missing.get());
            return null;
        }
        Lesson lesson = item.lesson();
        Path out = outFolder(lesson);
        if (!context.workspaceUsable()) {
            message.set("The workspace " + context.workspace().root() + " cannot be used, so the lesson has nowhere to be"
                    + " prepared: choose another folder with File → Change workspace….");
            return null;
        }
        preparing.set(true);
        message.set("Preparing " + lesson.title() + " in " + out + " …");
        return context.tasks().submit(BackgroundTask.of("Preparing lesson " + lesson.name(),
                        p -> PreparedLesson.prepare(lesson, root.get(), out))
                .onSuccess(prepared -> {
                    message.set("Prepared in " + out + ". The study runs on the Compare screen's Study tab.");
                    this.prepared.set(prepared);
                    onPrepared.accept(prepared);
                })
                .onFailure(t -> {
                    message.set("Could not prepare the lesson: " + ErrorLog.describe(t));
                    context.errors().report("Preparing lesson " + lesson.name(), t);
                })
                .onFinally(() -> preparing.set(false)));
    }

    public ObservableList<LessonItem> lessons() {
        return lessons;
    }

    public ObjectProperty<LessonItem> selectedProperty() {
        return selected;
    }

    public StringProperty datasetsRootProperty() {
        return datasetsRoot;
    }

    /** The selected lesson's instructor text, as plain wrapping text (the Markdown file is in the lesson folder). */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** The data the selected lesson needs, each found or not, with where to get what is missing. */
    public ReadOnlyStringProperty dataProperty() {
        return data.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The lesson prepared last (the window closes when it is set). */
    public javafx.beans.property.ReadOnlyObjectProperty<PreparedLesson> preparedProperty() {
        return prepared.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty preparingProperty() {
        return preparing.getReadOnlyProperty();
    }
}
