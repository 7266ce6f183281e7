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

/** Checks shared by the record types' {@code @Value.Check} methods. */
final class Records {
    private Records() {
    }

    static void requireId(String field, String id) {
        if (id.isBlank()) {
            throw new InvalidValueException(field, ResidentId.maskIfNumber(id), "must not be blank");
        }
        if (!id.strip().equals(id)) {
            throw new InvalidValueException(field, ResidentId.maskIfNumber(id), "must not start or end with whitespace");
        }
    }

    static void requireNotBefore(String field, java.time.LocalDate date, String otherField, java.time.LocalDate other) {
        if (date.isBefore(other)) {
            throw new InvalidValueException(field, date.toString(), "is before " + otherField + " " + other);
        }
    }
}
