package org.emotionworkbench.ui.model.edit;

/** Changes the model's name (the old one is taken when it executes). */
public final class RenameModelCommand implements EditCommand {
    private final ModelDocument document;
    private String before;
    private final String after;

    public RenameModelCommand(ModelDocument document, String after) {
        this.document = document;
        this.before = document.name();
        this.after = after == null || after.isBlank() ? "model" : after.strip();
    }

    @Override
    public void execute() {
        before = document.name();
        document.rename(after);
    }

    @Override
    public void undo() {
        document.rename(before);
    }

    @Override
    public String description() {
        return "rename the model to \"" + after + "\"";
    }
}
