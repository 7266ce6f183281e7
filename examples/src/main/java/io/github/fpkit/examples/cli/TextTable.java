/*
 * Copyright 2026 the fpkit authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.fpkit.examples.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A table of text printed with aligned columns, counting Chinese characters as two
 * columns wide; numeric columns are right-aligned. A table fits the width it is printed
 * in ({@link #DEFAULT_WIDTH} unless {@code --wide}): the columns declared {@link #wrapped}
 * (names, messages) are narrowed, the widest first, down to their narrowest, and their
 * cells wrapped onto as many lines as they need ({@link #wrap}). The other columns keep
 * their width.
 *
 * <pre>{@code
 * TextTable table = new TextTable().left("rule").right("line").wrapped("message", 30);
 * table.add("REF_UNKNOWN_WOMAN", "12", "births.csv B7: mother_id W9 is not in women.csv");
 * table.print(out, TextTable.DEFAULT_WIDTH);
 * }</pre>
 */
final class TextTable {
    /** The width of a table unless {@code --wide}: a terminal of 120 columns. */
    static final int DEFAULT_WIDTH = 120;
    /** The width of a table with {@code --wide}: every cell on one line. */
    static final int UNLIMITED = Integer.MAX_VALUE;

    private static final String GAP = "  ";

    private final List<String> headers = new ArrayList<>();
    private final List<Boolean> rightAligned = new ArrayList<>();
    /** Per column, the narrowest it may be wrapped to, or 0 if it is never wrapped. */
    private final List<Integer> narrowest = new ArrayList<>();
    private final List<List<String>> rows = new ArrayList<>();

    /** @return this table with a left-aligned column that keeps its width */
    TextTable left(String header) {
        return column(header, false, 0);
    }

    /** @return this table with a right-aligned column (numbers) that keeps its width */
    TextTable right(String header) {
        return column(header, true, 0);
    }

    /**
     * @param header the column's header
     * @param narrowestWidth the fewest terminal columns it may be narrowed to, 1 or more
     * @return this table with a left-aligned column that is wrapped when the table is too wide
     */
    TextTable wrapped(String header, int narrowestWidth) {
        if (narrowestWidth < 1) {
            throw new IllegalArgumentException("bug: a wrapped column must keep 1 column or more, not " + narrowestWidth);
        }
        return column(header, false, narrowestWidth);
    }

    private TextTable column(String header, boolean right, int narrowestWidth) {
        if (!rows.isEmpty()) {
            throw new IllegalStateException("bug: column '" + header + "' declared after the first row");
        }
        headers.add(header);
        rightAligned.add(right);
        narrowest.add(narrowestWidth);
        return this;
    }

    void add(String... row) {
        add(List.of(row));
    }

    void add(List<String> row) {
        if (row.size() != headers.size()) {
            throw new IllegalArgumentException("bug: " + row.size() + " cells for " + headers.size() + " columns");
        }
        rows.add(List.copyOf(row));
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    /**
     * @param out where to print
     * @param width the most terminal columns a line may take ({@link #DEFAULT_WIDTH} or
     *        {@link #UNLIMITED}); a table whose narrowest form is wider still is printed in that form
     */
    void print(PrintWriter out, int width) {
        int[] widths = fit(width);
        printRow(out, headers, widths);
        StringBuilder rule = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            rule.append(c == 0 ? "" : GAP).append("-".repeat(widths[c]));
        }
        out.println(rule);
        rows.forEach(row -> printRow(out, row, widths));
    }

    /** The natural width of each column, the wrapped ones narrowed, widest first, until the table fits. */
    private int[] fit(int width) {
        int[] widths = new int[headers.size()];
        long total = (long) GAP.length() * (widths.length - 1);
        for (int c = 0; c < widths.length; c++) {
            widths[c] = DisplayWidth.of(headers.get(c));
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], DisplayWidth.of(row.get(c)));
            }
            total += widths[c];
        }
        for (long excess = total - width; excess > 0; excess--) {
            int widest = -1;
            for (int c = 0; c < widths.length; c++) {
                if (narrowest.get(c) > 0 && widths[c] > narrowest.get(c) && (widest < 0 || widths[c] > widths[widest])) {
                    widest = c;
                }
            }
            if (widest < 0) {
                break;
            }
            widths[widest]--;
        }
        return widths;
    }

    private void printRow(PrintWriter out, List<String> row, int[] widths) {
        List<List<String>> cells = new ArrayList<>();
        int lines = 1;
        for (int c = 0; c < widths.length; c++) {
            List<String> wrappedCell = wrap(row.get(c), widths[c]);
            cells.add(wrappedCell);
            lines = Math.max(lines, wrappedCell.size());
        }
        for (int l = 0; l < lines; l++) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < widths.length; c++) {
                String cell = l < cells.get(c).size() ? cells.get(c).get(l) : "";
                line.append(c == 0 ? "" : GAP)
                        .append(rightAligned.get(c) ? DisplayWidth.padLeft(cell, widths[c]) : DisplayWidth.padRight(cell, widths[c]));
            }
            out.println(line.toString().stripTrailing());
        }
    }

    /**
     * Breaks text into lines of at most {@code width} terminal columns: at spaces, between
     * Chinese characters, after {@code _} and {@code /} (rule ids, periods) and after a dot
     * before a letter (field paths), and inside a word only where the word alone is wider.
     */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        if (DisplayWidth.of(text) <= width) {
            lines.add(text);
            return lines;
        }
        StringBuilder line = new StringBuilder();
        int lineWidth = 0;
        int i = 0;
        while (i < text.length()) {
            boolean spaced = false;
            while (i < text.length() && text.charAt(i) == ' ') {
                spaced = true;
                i++;
            }
            if (i == text.length()) {
                break;
            }
            int start = i;
            if (DisplayWidth.isWide(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            } else {
                while (i < text.length() && text.charAt(i) != ' ' && !DisplayWidth.isWide(text.codePointAt(i))) {
                    char c = text.charAt(i);
                    i += Character.charCount(text.codePointAt(i));
                    // After a dot only before a letter (field paths), so that no number is broken at its decimal point.
                    if (c == '_' || c == '/' || c == '.' && i < text.length() && Character.isLetter(text.charAt(i))) {
                        break;
                    }
                }
            }
            String word = text.substring(start, i);
            int gap = spaced && lineWidth > 0 ? 1 : 0;
            if (lineWidth > 0 && lineWidth + gap + DisplayWidth.of(word) > width) {
                lines.add(line.toString());
                line.setLength(0);
                lineWidth = 0;
                gap = 0;
            }
            line.append(" ".repeat(gap));
            lineWidth += gap;
            for (int j = 0; j < word.length(); ) {
                int cp = word.codePointAt(j);
                int w = DisplayWidth.isWide(cp) ? 2 : 1;
                if (lineWidth > 0 && lineWidth + w > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                    lineWidth = 0;
                }
                line.appendCodePoint(cp);
                lineWidth += w;
                j += Character.charCount(cp);
            }
        }
        if (lineWidth > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
