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
package io.github.fpkit.synthetic;

/**
 * Running counts per village, gathered while the women are generated and used at the end
 * for the village's deaths and population: a few numbers per village, never records.
 * Not thread-safe.
 */
final class VillageTally {
    final int[] women;
    final int[] adultWomen;
    final int[] childrenUnder15;
    final int[] liveBirthsInYear;
    final int[] deathsInYear;
    final int[] deathsInPreviousYear;

    VillageTally(int villages) {
        women = new int[villages];
        adultWomen = new int[villages];
        childrenUnder15 = new int[villages];
        liveBirthsInYear = new int[villages];
        deathsInYear = new int[villages];
        deathsInPreviousYear = new int[villages];
    }
}
