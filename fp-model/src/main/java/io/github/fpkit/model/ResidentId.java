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
package io.github.fpkit.model;

import io.github.fpkit.model.internal.DateProblem;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A resident identity number 公民身份号码 (GB 11643): six digits of area, eight of birth
 * date, three of sequence (the last odd for men, even for women) and a check character
 * computed by ISO 7064 MOD 11-2.
 *
 * <p>The number is personal data: {@link #toString()} and every exception message show
 * only its first six and last four characters. {@link #fullNumber()} gives it whole, for
 * the register's own files only.
 *
 * <pre>{@code
 * ResidentId id = ResidentId.parse("11010519491231002X");
 * id.birthDate();   // 1949-12-31
 * id.sex();         // FEMALE
 * id.toString();    // "110105********002X"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ResidentId {
    private static final String FIELD = "resident_id";
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    /** The shape of a resident identity number: 17 digits and a check character, or a legacy 15 digits. */
    private static final Pattern NUMBER_SHAPE = Pattern.compile("\\s*(?:[0-9]{17}[0-9Xx]|[0-9]{15})\\s*");

    private final String number;

    private ResidentId(String number) {
        this.number = number;
    }

    /**
     * Parses an 18-character number, or a legacy 15-digit one (YYMMDD birth date in the
     * 1900s, no check character), which is converted to 18 characters.
     *
     * @param text the number, surrounding whitespace ignored, a final {@code x} accepted, not null
     * @return the identity number
     * @throws InvalidValueException if the length, digits, birth date or check character is wrong;
     *     the message shows the value masked
     */
    public static ResidentId parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = upperCase(text.toString().trim());
        if (s.length() == 15) {
            requireDigits(s, 15);
            String body = s.substring(0, 6) + "19" + s.substring(6);
            requireBirthDate(body, s);
            return new ResidentId(body + checkCharacter(body));
        }
        if (s.length() != 18) {
            throw invalid(s, "expected 18 characters (or a legacy 15-digit number), found " + s.length());
        }
        requireDigits(s, 17);
        char last = s.charAt(17);
        if ((last < '0' || last > '9') && last != 'X') {
            throw invalid(s, "the check character must be a digit or X");
        }
        requireBirthDate(s, s);
        char expected = checkCharacter(s);
        if (last != expected) {
            throw invalid(s, "wrong check character (ISO 7064 MOD 11-2)");
        }
        return new ResidentId(s);
    }

    /**
     * Creates the number of a person from its parts, computing the check character.
     *
     * @param areaPrefix the six-digit area of registration, not null
     * @param birthDate the birth date, year 1800 to 9999, not null
     * @param sequence the sequence number, 0 to 999; odd for men, even for women
     * @return the identity number
     * @throws InvalidValueException if a part is out of range
     */
    public static ResidentId of(String areaPrefix, LocalDate birthDate, int sequence) {
        Objects.requireNonNull(areaPrefix, "areaPrefix");
        Objects.requireNonNull(birthDate, "birthDate");
        if (areaPrefix.length() != 6 || !areaPrefix.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidValueException("area_prefix", areaPrefix, "expected 6 digits");
        }
        if (birthDate.getYear() < 1800 || birthDate.getYear() > 9999) {
            throw new InvalidValueException("birth_date", birthDate.toString(), "year must be 1800 to 9999");
        }
        if (sequence < 0 || sequence > 999) {
            throw new InvalidValueException("sequence", Integer.toString(sequence), "expected 0 to 999");
        }
        String body = areaPrefix + String.format("%04d%02d%02d%03d",
                birthDate.getYear(), birthDate.getMonthValue(), birthDate.getDayOfMonth(), sequence);
        return new ResidentId(body + checkCharacter(body));
    }

    /**
     * Masks a possibly invalid identity number for display: the first six and last four
     * characters stay, the others become {@code *}; text of ten characters or fewer is
     * masked whole.
     *
     * @param text the text, not null
     * @return the masked text, of the same length
     */
    public static String mask(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString();
        if (s.length() <= 10) {
            return "*".repeat(s.length());
        }
        return s.substring(0, 6) + "*".repeat(s.length() - 10) + s.substring(s.length() - 4);
    }

    /**
     * Masks an id of the register if it could be a resident identity number, as
     * {@link #mask(CharSequence)} does, and returns any other id unchanged. Some registers key
     * their women (and so their births' mothers, their households, their records) by the
     * number, so every id a finding, an error or a listing shows passes through here: 17
     * digits and a check character ({@code X} in either case), or a legacy 15 digits,
     * surrounding whitespace allowed; the check character and the embedded date are not
     * checked, since a mistyped number is as personal as a valid one. Idempotent: a masked
     * id is returned unchanged.
     *
     * <pre>{@code
     * ResidentId.maskIfNumber("11010519491231002X"); // "110105********002X"
     * ResidentId.maskIfNumber("W000123");            // "W000123"
     * }</pre>
     *
     * @param id an id, not null
     * @return the id, masked if it has the shape of a resident identity number
     */
    public static String maskIfNumber(CharSequence id) {
        Objects.requireNonNull(id, "id");
        return NUMBER_SHAPE.matcher(id).matches() ? mask(id) : id.toString();
    }

    /** @return the birth date embedded in the number */
    public LocalDate birthDate() {
        return LocalDate.of(Integer.parseInt(number.substring(6, 10)),
                Integer.parseInt(number.substring(10, 12)), Integer.parseInt(number.substring(12, 14)));
    }

    /** @return the sex embedded in the 17th digit: odd for male */
    public Sex sex() {
        return (number.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    /** @return the six-digit area of registration */
    public String areaPrefix() {
        return number.substring(0, 6);
    }

    /**
     * Returns the whole number. It is personal data: write it only to the register's own
     * files, never to logs or messages.
     *
     * @return the 18 characters
     */
    public String fullNumber() {
        return number;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResidentId && ((ResidentId) o).number.equals(number);
    }

    @Override
    public int hashCode() {
        return number.hashCode();
    }

    /** @return the masked number: first six and last four characters, for example {@code 110105********002X} */
    @Override
    public String toString() {
        return mask(number);
    }

    /**
     * Upper-cases only a text that needs it: registers hold digits and at most a final
     * {@code X}, and a number read per row should not pay for a copy.
     */
    private static String upperCase(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 || (c >= 'a' && c <= 'z')) {
                return s.toUpperCase(java.util.Locale.ROOT);
            }
        }
        return s;
    }

    /** @param digits a text whose first 17 characters are digits (any characters after them are ignored) */
    private static char checkCharacter(String digits) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (digits.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    private static void requireDigits(String s, int count) {
        for (int i = 0; i < count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw invalid(s, "expected a digit at position " + (i + 1));
            }
        }
    }

    /** Checks the embedded date (digits 7 to 14, already checked to be digits) without making it: every woman's row has one. */
    private static void requireBirthDate(String body, String original) {
        if (DateProblem.of(number(body, 6, 10), number(body, 10, 12), number(body, 12, 14)).isPresent()) {
            throw invalid(original, "the embedded birth date is not a real date");
        }
    }

    private static int number(String digits, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (digits.charAt(i) - '0');
        }
        return value;
    }

    private static InvalidValueException invalid(String text, String reason) {
        return new InvalidValueException(FIELD, mask(text), reason);
    }
}
