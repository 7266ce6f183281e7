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
