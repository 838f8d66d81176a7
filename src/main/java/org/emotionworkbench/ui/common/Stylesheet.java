package org.emotionworkbench.ui.common;

import java.net.URL;

/**
 * The workbench's stylesheets. One convention: all live in the top-level {@code assets/styles/}, which Maven puts on
 * the classpath as {@code /assets/styles/} (pom.xml); none beside the screens' packages.
 */
public enum Stylesheet {
    WORKBENCH("workbench.css"),
    COMPARE("compare.css"),
    MODEL("model.css"),
    DATASETS("datasets.css"),
    TRAINING("training.css");

    /** The classpath folder of every stylesheet. */
    public static final String FOLDER = "/assets/styles/";

    private final String file;

    Stylesheet(String file) {
        this.file = file;
    }

    /** The file's name in {@code assets/styles/}. */
    public String file() {
        return file;
    }

    /** The classpath resource, e.g. {@code /assets/styles/workbench.css}. */
    public String resource() {
        return FOLDER + file;
    }

    /** The URL to add to a scene's or a node's stylesheets. */
    public String url() {
        URL url = Stylesheet.class.getResource(resource());
        if (url == null) {
            throw new IllegalStateException(resource() + " is missing from the classpath");
        }
        return url.toExternalForm();
    }
}
