package org.emotionworkbench.cli;

import org.emotionworkbench.run.AboutFacts;
import picocli.CommandLine;

/** {@code --version}: the same facts as the workbench's Help → About. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return AboutFacts.current().lines().toArray(String[]::new);
    }
}
