package io.github.fpkit.model;

/** Checks shared by the record types' {@code @Value.Check} methods. */
final class Records {
    private Records() {
    }

    static void requireId(String field, String id) {
        if (id.isBlank()) {
            throw new InvalidValueException(field, id, "must not be blank");
        }
        if (!id.strip().equals(id)) {
            throw new InvalidValueException(field, id, "must not start or end with whitespace");
        }
    }

    static void requireNotBefore(String field, java.time.LocalDate date, String otherField, java.time.LocalDate other) {
        if (date.isBefore(other)) {
            throw new InvalidValueException(field, date.toString(), "is before " + otherField + " " + other);
        }
    }
}
