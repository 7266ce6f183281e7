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
package io.github.fpkit.io.csv;

import java.util.Locale;

/**
 * The control characters no cell of the register format may hold — those below the space
 * but tab, and DEL (0x7F) — and how a row error shows them: as {@code \x08}, never as the
 * character itself, which would break or hide the line of a message. Line ends are the one
 * exception inside a cell: RFC 4180 lets a quoted cell hold them as text. Thread-safe.
 */
final class ControlCharacters {
    /** The characters of a cell a row error shows; the rest is cut, as a damaged cell may be long. */
    static final int SHOWN_LENGTH = 60;

    private ControlCharacters() {
    }

    /** @return true if {@code c} is a control character that no cell may hold: below the space but tab, line ends, or DEL */
    static boolean isForbidden(char c) {
        return c == 0x7F || (c < ' ' && c != '\t' && c != '\n' && c != '\r');
    }

    /**
     * @param text a cell's text, not null
     * @return the index of its first {@linkplain #isForbidden forbidden} character, or -1
     */
    static int firstForbidden(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (isForbidden(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * @param c a control character, 0 to 0x1F or 0x7F
     * @return why a cell holding it is rejected, naming it as {@code \x08}
     */
    static String reason(int c) {
        return "holds the control character " + escaped(c) + ", which no cell may hold (is the file damaged?)";
    }

    /**
     * @param text a cell's text (masked already if personal), not null
     * @return the text as a message shows it: every character below the space and DEL written
     *     as {@code \x08}, and only its first {@value #SHOWN_LENGTH} characters, then {@code …}
     */
    static String shown(String text) {
        int length = Math.min(text.length(), SHOWN_LENGTH);
        if (length < text.length() && Character.isHighSurrogate(text.charAt(length - 1))) {
            length--;
        }
        StringBuilder shown = new StringBuilder(length + 8);
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < ' ' || c == 0x7F) {
                shown.append(escaped(c));
            } else {
                shown.append(c);
            }
        }
        return length < text.length() ? shown.append('…').toString() : shown.toString();
    }

    private static String escaped(int c) {
        return String.format(Locale.ROOT, "\\x%02X", c);
    }
}
