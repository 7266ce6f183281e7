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

import io.github.fpkit.indicators.ComputedIndicators;
import io.github.fpkit.model.AreaCode;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code --area}: the area a report is about ({@code fp summary}, {@code fp report}), required;
 * a code of no area of the register is a usage error that lists the register's areas of its level.
 */
final class AreaOption {
    /** How many areas of the level a message about an unknown code lists. */
    private static final int LISTED_AREAS = 5;

    @Option(names = "--area", paramLabel = "CODE", required = true, converter = OptionTypes.Area.class,
            description = "The 12-digit code of the area (a township, county or village) the report is about.")
    AreaCode area;

    /**
     * Checks that the register has the area.
     *
     * @param command the command, for the usage error
     * @param area the area, of the option or (for {@code fp demo}) chosen by the command
     * @param computed the register's results
     * @throws ParameterException if the results have none of the area
     */
    static void requireIn(CommandLine command, AreaCode area, ComputedIndicators computed) {
        if (computed.resultsFor(area).isEmpty()) {
            throw new ParameterException(command, "--area '" + area + "': " + noSuchArea(area, computed));
        }
    }

    /** Names the level the code is of and the register's areas of that level, so that the user can pick one. */
    private static String noSuchArea(AreaCode area, ComputedIndicators computed) {
        String level = area.level().code();
        List<String> present = computed.results().stream().filter(r -> r.area().level() == area.level())
                .map(r -> r.area() + r.areaName().map(n -> " " + n).orElse("")).distinct().collect(Collectors.toList());
        if (present.isEmpty()) {
            return "the code is of a " + level + ", and the register has no " + level;
        }
        String listed = String.join(", ", present.subList(0, Math.min(present.size(), LISTED_AREAS)))
                + (present.size() > LISTED_AREAS ? ", … (" + present.size() + " in all)" : "");
        return "the register has no " + level + " with this code; its " + level + (present.size() == 1 ? "" : "s")
                + ": " + listed;
    }
}
