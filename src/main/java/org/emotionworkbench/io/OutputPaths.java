package org.emotionworkbench.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Where names taken from a file (a study spec's source and evaluation names, a manifest's file names, ...) become
 * paths the workbench writes to: each name must be a plain file or folder name, and the result must stay inside the
 * output folder it was given, also through symbolic links already there. Reading from anywhere is not this class's
 * business; only writing is confined.
 */
public final class OutputPaths {

    private OutputPaths() {
    }

    /**
     * {@code root/names[0]/names[1]/...}, each name a plain name.
     *
     * @param origin what the names came from, for the message (e.g. "the study spec /x/study.json")
     * @throws IllegalArgumentException naming the value and its origin when a name is empty, "." or "..", absolute,
     *                                  holds a path separator or NUL, or when the result (or the part of it that
     *                                  exists) leads outside {@code root} through a symbolic link
     */
    public static Path child(Path root, String origin, String... names) {
        Path p = root;
        for (String name : names) {
            requirePlainName(name, origin);
            p = p.resolve(name);
        }
        return contained(root, p, origin);
    }

    /** Refuses a name that is not one plain file or folder name. */
    public static String requirePlainName(String name, String origin) {
        String why = null;
        if (name == null || name.isEmpty()) {
            why = "is empty";
        } else if (name.equals(".") || name.equals("..")) {
            why = "is not a name but a reference to a folder";
        } else if (name.startsWith("/") || name.startsWith("\\") || (name.length() >= 2 && name.charAt(1) == ':')) {
            why = "is an absolute path";
        } else if (name.indexOf('/') >= 0 || name.indexOf('\\') >= 0) {
            why = "holds a path separator";
        } else if (name.indexOf('\0') >= 0) {
            why = "holds a NUL character";
        }
        if (why == null) {
            try {
                Path p = Path.of(name);
                if (p.isAbsolute() || p.getNameCount() != 1) {
                    why = "is not a plain name";
                }
            } catch (InvalidPathException e) {
                why = "is not a valid file name";
            }
        }
        if (why != null) {
            throw new IllegalArgumentException("refused to write outside the output folder: the name '" + name + "' "
                    + from(origin) + why + " (a plain file or folder name is needed)");
        }
        return name;
    }

    /**
     * {@code candidate} if it lies inside {@code root}: after normalising, and through the real path of its nearest
     * existing ancestor (or itself), so a symbolic link inside {@code root} that points elsewhere is refused.
     */
    public static Path contained(Path root, Path candidate, String origin) {
        Path absRoot = root.toAbsolutePath().normalize();
        Path abs = candidate.toAbsolutePath().normalize();
        if (!abs.startsWith(absRoot)) {
            throw new IllegalArgumentException("refused to write outside the output folder: " + candidate + " "
                    + from(origin) + "is not inside " + absRoot);
        }
        Path realRoot = realPathOf(absRoot);
        Path existing = abs;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        if (existing == null || !existing.startsWith(absRoot)) {
            return candidate; // nothing under root exists yet: there is no link to follow
        }
        if (Files.isSymbolicLink(existing) && !Files.exists(existing)) {
            throw new IllegalArgumentException("refused to write outside the output folder: " + existing + " "
                    + from(origin) + "is a symbolic link to " + linkTarget(existing));
        }
        Path real = realPathOf(existing);
        if (!real.startsWith(realRoot)) {
            throw new IllegalArgumentException("refused to write outside the output folder: " + existing + " "
                    + from(origin) + "leads through a symbolic link to " + real + ", outside " + absRoot);
        }
        return candidate;
    }

    private static String from(String origin) {
        return origin == null || origin.isBlank() ? "" : "(from " + origin + ") ";
    }

    private static Path realPathOf(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p; // not there (yet): nothing to follow
        }
    }

    private static String linkTarget(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            return "somewhere else";
        }
    }
}
