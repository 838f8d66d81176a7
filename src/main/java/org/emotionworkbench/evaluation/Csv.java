package org.emotionworkbench.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * Minimal RFC-4180 CSV: fields containing a comma, a double quote, CR or LF are enclosed in double quotes and
 * embedded quotes are doubled. Records are written with {@code \n}; {@code \r\n} is accepted when reading.
 */
final class Csv {

    private Csv() {
    }

    static String field(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0
                && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    static String row(List<String> fields) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(field(fields.get(i)));
        }
        return sb.append('\n').toString();
    }

    /** Parses all records; a trailing newline does not produce an empty record. */
    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int i = 0;
        int n = text.length();
        if (n > 0 && text.charAt(0) == '\uFEFF') {
            i = 1; // tolerate a UTF-8 BOM
        }
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        cur.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                if (cur.length() > 0) {
                    throw new IllegalArgumentException("quote inside unquoted field at record " + (rows.size() + 1));
                }
                quoted = true;
                fieldStarted = true;
            } else if (c == ',') {
                row.add(cur.toString());
                cur.setLength(0);
                fieldStarted = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cur.toString());
                rows.add(row);
                row = new ArrayList<>();
                cur.setLength(0);
                fieldStarted = false;
            } else {
                cur.append(c);
                fieldStarted = true;
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("unterminated quoted field at record " + (rows.size() + 1));
        }
        if (fieldStarted || !row.isEmpty()) {
            row.add(cur.toString());
            rows.add(row);
        }
        return rows;
    }
}
