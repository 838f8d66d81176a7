package org.emotionworkbench.cli;

import org.emotionworkbench.run.Provenance;
import org.emotionworkbench.run.WorkbenchVersion;
import picocli.CommandLine;

final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[]{"Emotion Workbench " + WorkbenchVersion.get() + " (DL4J " + Provenance.DL4J_VERSION
                + ", Java " + System.getProperty("java.version") + ")"};
    }
}
