package org.emotionworkbench.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines as {@link java.io.BufferedReader#readLine()} does (ended by \n, \r or \r\n), but never holds more than
 * {@code maxChars} characters of one: a longer line is read through to its end without being kept, and reported with
 * {@link LineTooLongException}; the next call reads the line after it. A file of one gigantic line therefore costs
 * time, not memory.
 */
public final class BoundedLineReader implements Closeable {
    private final Reader in;
    private final int maxChars;
    private final StringBuilder line = new StringBuilder();
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int end;
    private boolean skipLf;
    private long lineNumber;

    /** A line longer than the limit; the reader has moved past it. */
    public static final class LineTooLongException extends IOException {
        private final long lineNumber;
        private final int maxChars;

        LineTooLongException(long lineNumber, int maxChars) {
            super("line " + lineNumber + " is longer than " + (maxChars >= 1024 ? maxChars / 1024 + " KB" : maxChars
                    + " characters") + "; it was not read");
            this.lineNumber = lineNumber;
            this.maxChars = maxChars;
        }

        public long lineNumber() {
            return lineNumber;
        }

        public int maxChars() {
            return maxChars;
        }
    }

    public BoundedLineReader(Reader in, int maxChars) {
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be >= 1, got " + maxChars);
        }
        this.in = in;
        this.maxChars = maxChars;
    }

    /** The number (from 1) of the line the last call read or skipped. */
    public long lineNumber() {
        return lineNumber;
    }

    /**
     * @return the next line without its terminator, or null at the end of the input
     * @throws LineTooLongException if the line is longer than the limit (the reader is then past it)
     */
    public String readLine() throws IOException {
        line.setLength(0);
        boolean tooLong = false;
        boolean any = false;
        int c;
        while ((c = next()) >= 0) {
            if (skipLf) {
                skipLf = false;
                if (c == '\n') {
                    continue;
                }
            }
            any = true;
            if (c == '\n' || c == '\r') {
                skipLf = c == '\r';
                return finish(tooLong);
            }
            if (line.length() < maxChars) {
                line.append((char) c);
            } else {
                tooLong = true;
            }
        }
        return any ? finish(tooLong) : null;
    }

    private int next() throws IOException {
        if (pos == end) {
            int n;
            do {
                n = in.read(buf, 0, buf.length);
            } while (n == 0);
            if (n < 0) {
                return -1;
            }
            pos = 0;
            end = n;
        }
        return buf[pos++];
    }

    private String finish(boolean tooLong) throws LineTooLongException {
        lineNumber++;
        if (tooLong) {
            line.setLength(0);
            throw new LineTooLongException(lineNumber, maxChars);
        }
        return line.toString();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
