package org.emotionworkbench.dataset.labelmap;

import org.emotionworkbench.dataset.Emotion;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A small built-in dictionary of class-folder names (English synonyms, dataset codes such as KDEF's {@code AN}, and
 * translations: Indonesian, Spanish, Portuguese, French, German, Italian, Dutch, Turkish, Chinese) that suggests what
 * a folder holds. It only suggests: the label-map editor shows every suggestion for the user to confirm.
 *
 * <p>A name matches as a whole (lower-case, accents removed), else by its words ({@code 03_sedih}, {@code very-happy}):
 * when the words it knows agree on one class, that class is suggested.
 */
public final class ClassNameDictionary {
    /** What a name suggests: a class, or {@link #skip()} (a class outside the seven, e.g. contempt). */
    public record Suggestion(Emotion emotion, String matchedWord) {
        public boolean skip() {
            return emotion == null;
        }

        /** The class label, or {@code skip}. */
        public String label() {
            return emotion == null ? LabelMap.SKIP : emotion.label();
        }
    }

    private static final String RESOURCE = "class-names.txt";
    private static final ClassNameDictionary BUILT_IN = load();

    /** Normalised word → class; a null value means skip. */
    private final Map<String, Emotion> words;

    private ClassNameDictionary(Map<String, Emotion> words) {
        this.words = Collections.unmodifiableMap(words);
    }

    public static ClassNameDictionary builtIn() {
        return BUILT_IN;
    }

    /** What a folder name suggests, or empty when the dictionary does not know it (or its words disagree). */
    public Optional<Suggestion> suggest(String folderName) {
        String whole = normalise(folderName);
        if (whole.isEmpty()) {
            return Optional.empty();
        }
        if (words.containsKey(whole)) {
            return Optional.of(new Suggestion(words.get(whole), whole));
        }
        Suggestion found = null;
        for (String word : whole.split("[^\\p{L}']+")) {
            if (word.length() < 3 || !words.containsKey(word)) {
                continue;
            }
            Emotion e = words.get(word);
            if (found != null && found.emotion() != e) {
                return Optional.empty();
            }
            found = new Suggestion(e, word);
        }
        return Optional.ofNullable(found);
    }

    /** Number of names known, for tests and the editor's hint. */
    public int size() {
        return words.size();
    }

    /** Lower-case, accents removed (é → e, ü → u, ı → i), surrounding blanks trimmed. */
    static String normalise(String name) {
        String s = Normalizer.normalize(name.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        return s.replace('ı', 'i').replace('ß', 's');
    }

    private static ClassNameDictionary load() {
        Map<String, Emotion> m = new HashMap<>();
        try (InputStream in = ClassNameDictionary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("built-in resource " + RESOURCE + " is missing from the jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                if (parts.length != 2) {
                    throw new IllegalStateException(RESOURCE + " line " + no + ": expected 'name<TAB>class'");
                }
                String cls = parts[1].strip();
                Emotion e = cls.equals(LabelMap.SKIP) ? null : Emotion.fromName(cls)
                        .orElseThrow(() -> new IllegalStateException(RESOURCE + ": unknown class " + cls));
                m.put(normalise(parts[0]), e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ClassNameDictionary(m);
    }
}
