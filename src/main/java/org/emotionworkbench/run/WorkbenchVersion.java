package org.emotionworkbench.run;

/** The workbench's own version, from the jar manifest (or "dev" when run from classes). */
public final class WorkbenchVersion {
    private WorkbenchVersion() {
    }

    public static String get() {
        String v = WorkbenchVersion.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
