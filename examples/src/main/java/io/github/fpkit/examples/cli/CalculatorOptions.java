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
import io.github.fpkit.indicators.CypFactors;
import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.indicators.IndicatorCalculator;
import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code --cyp-factor} and {@code --fill-policy}: the settings of the indicator calculator
 * that every command computing indicators takes ({@code fp indicators}, {@code fp summary},
 * {@code fp report}, {@code fp quality}), and what the command says of them on stderr, since
 * the result records do not say which settings made them.
 */
final class CalculatorOptions {
    @Option(names = "--cyp-factor", paramLabel = "FACTOR=VALUE",
            description = "A conversion factor of couple-years of protection (CYP), repeatable: iud, implant, "
                    + "female_sterilization, male_sterilization (CYP per procedure), oral_pill, injectable, condom (units per CYP). "
                    + "Default: USAID's factors as they apply to China (iud=4.6, implant=3.2, sterilisations 10.3, oral_pill=15, "
                    + "injectable=4, condom=120); for example --cyp-factor female_sterilization=10 --cyp-factor male_sterilization=10. "
                    + "Factors other than the default are printed on stderr.")
    Map<String, Double> cypFactors;

    @Option(names = "--fill-policy",
            description = "POLICY_BIRTH_RATE counts, besides the births recorded policy=in, those recorded unknown that "
                    + "China's policy rules in force on their day judge in (one child, a second with birth_permit, before "
                    + "2016-01-01; two children from then; three from 2021-05-31; married mothers only). Default: off, the "
                    + "catalogue's definition over the recorded policy alone. Named on stderr when used.")
    boolean fillPolicy;

    /**
     * @param command the command line, for a usage error
     * @param builder a calculator's builder, not null
     * @return the builder, with the CYP factors and the fill of these options
     * @throws ParameterException if a CYP factor is unknown or not a finite number above 0
     */
    IndicatorCalculator.Builder apply(CommandLine command, IndicatorCalculator.Builder builder) {
        if (cypFactors != null && !cypFactors.isEmpty()) {
            try {
                builder.cypFactors(CypFactors.builder().set(cypFactors).build());
            } catch (IllegalArgumentException e) {
                throw new ParameterException(command, "--cyp-factor: " + e.getMessage());
            }
        }
        return builder.fillUnknownPolicy(fillPolicy);
    }

    /**
     * Says on stderr which settings other than the default made the results: the CYP
     * factors when a CYP indicator was computed, the fill when POLICY_BIRTH_RATE was.
     *
     * @param command the command's name, as stderr's lines start with it
     * @param calculator the calculator that computed, not null
     * @param computed what it computed, not null
     * @param err standard error
     */
    static void report(String command, IndicatorCalculator calculator, ComputedIndicators computed, PrintWriter err) {
        CypFactors factors = calculator.cypFactors();
        boolean coupleYears = calculator.indicators().stream().anyMatch(i -> i.isCoupleYears() && !computed.unavailable().contains(i));
        if (coupleYears && !factors.isStandard()) {
            err.println(command + ": couple-years of protection (CYP) computed with the factors " + factors + "; not the default: "
                    + factors.differences());
        }
        if (calculator.fillsUnknownPolicy() && calculator.indicators().contains(Indicator.POLICY_BIRTH_RATE)
                && !computed.unavailable().contains(Indicator.POLICY_BIRTH_RATE)) {
            err.println(command + ": POLICY_BIRTH_RATE counts the births recorded policy=unknown that the policy rules in force "
                    + "on their day judge in (--fill-policy); not the catalogue's definition");
        }
        err.flush();
    }
}
