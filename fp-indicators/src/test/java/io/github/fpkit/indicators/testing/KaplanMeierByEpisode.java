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
package io.github.fpkit.indicators.testing;

import java.util.List;

/**
 * A second, independent life table for the tests: Kaplan–Meier and the Aalen–Johansen
 * cumulative incidence computed episode by episode — at each month the risk set is counted
 * afresh from the episodes' exit months, with no counts carried from month to month — against
 * which the engine's {@code LifeTable} over a tally's counts is checked.
 *
 * <pre>{@code
 * List<KaplanMeierByEpisode.Episode> e = List.of(new Episode(3, Exit.OTHER), new Episode(13, Exit.CENSORED));
 * KaplanMeierByEpisode.discontinuation(e); // 0.5
 * }</pre>
 */
public final class KaplanMeierByEpisode {
    private static final int MONTHS = 12;

    private KaplanMeierByEpisode() {
    }

    /** How an episode leaves the table. */
    public enum Exit {
        /** A pregnancy during use. */
        FAILURE,
        /** Stopped for another reason. */
        OTHER,
        /** Still in use when last seen. */
        CENSORED
    }

    /**
     * @param month the month of use of the exit, 1 or more (13 or more: lasted 12 months)
     * @param exit how it left
     */
    public record Episode(int month, Exit exit) {
    }

    /** @return 1 − S(12), as a proportion; NaN when undefined */
    public static double discontinuation(List<Episode> episodes) {
        return incidence(episodes, true);
    }

    /** @return the cumulative incidence of failure by 12 months, as a proportion; NaN when undefined */
    public static double failure(List<Episode> episodes) {
        return incidence(episodes, false);
    }

    /** @return Greenwood's variance of S(12); NaN when undefined */
    public static double greenwoodVariance(List<Episode> episodes) {
        double s = 1;
        double sum = 0;
        for (int t = 1; t <= MONTHS; t++) {
            int atRisk = atRisk(episodes, t);
            int d = exits(episodes, t, true);
            if (atRisk == 0) {
                return s > 0 ? Double.NaN : 0;
            }
            s *= 1 - (double) d / atRisk;
            if (d > 0 && d < atRisk) {
                sum += (double) d / ((double) atRisk * (atRisk - d));
            }
        }
        return s * s * sum;
    }

    private static double incidence(List<Episode> episodes, boolean anyCause) {
        if (episodes.isEmpty()) {
            return Double.NaN;
        }
        double s = 1;
        double f = 0;
        for (int t = 1; t <= MONTHS; t++) {
            int atRisk = atRisk(episodes, t);
            if (atRisk == 0) {
                return s > 0 ? Double.NaN : f;
            }
            int cause = exits(episodes, t, anyCause);
            int all = exits(episodes, t, true);
            f += s * cause / atRisk;
            s *= 1 - (double) all / atRisk;
        }
        return f;
    }

    /** Exits and censoring in month t come after the month: everyone whose exit month is t or later is at risk in t. */
    private static int atRisk(List<Episode> episodes, int t) {
        return (int) episodes.stream().filter(e -> e.month() >= t).count();
    }

    private static int exits(List<Episode> episodes, int t, boolean anyCause) {
        return (int) episodes.stream().filter(e -> e.month() == t
                && (e.exit() == Exit.FAILURE || anyCause && e.exit() == Exit.OTHER)).count();
    }
}
