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
package io.github.fpkit.model.register;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RegisterTableTest {
    @Test
    void fileNames_areThoseOfTheRegisterFormat() {
        assertEquals(List.of("areas.csv", "population.csv", "women.csv", "births.csv", "deaths.csv",
                "contraception.csv", "pregnancies.csv", "procedures.csv", "health_checks.csv", "households.csv",
                "distributions.csv"),
                Arrays.stream(RegisterTable.values()).map(RegisterTable::fileName).collect(Collectors.toList()));
    }

    @Test
    void isRequired_onlyForWomen() {
        assertEquals(List.of(RegisterTable.WOMEN),
                Arrays.stream(RegisterTable.values()).filter(RegisterTable::isRequired).collect(Collectors.toList()));
    }
}
