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
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.ContraceptiveEpisode;
import io.github.fpkit.model.ContraceptiveMethod;
import io.github.fpkit.model.MaritalStatus;
import io.github.fpkit.model.Woman;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** An in-memory register keeps every record it is given, in order, and says so to its readers. */
class RegisterAsSourceTest {
    private static final AreaCode VILLAGE = AreaCode.of("990101001001");

    private static Woman woman(String id) {
        return Woman.builder().id(id).areaCode(VILLAGE).birthDate(LocalDate.of(1980, 1, 1)).maritalStatus(MaritalStatus.MARRIED)
                .build();
    }

    private static ContraceptiveEpisode episode(String woman, ContraceptiveMethod method, int year) {
        return ContraceptiveEpisode.builder().womanId(woman).method(method).startDate(LocalDate.of(year, 1, 1)).build();
    }

    @Test
    void test_episodesOf_areTheWomansEpisodes_inRegisterOrder() {
        ContraceptiveEpisode second = episode("W1", ContraceptiveMethod.IUD, 2005);
        ContraceptiveEpisode first = episode("W1", ContraceptiveMethod.CONDOM, 2001);
        Register register = Register.builder().add(woman("W1")).add(woman("W2")).add(second)
                .add(episode("W2", ContraceptiveMethod.ORAL_PILL, 2003)).add(first).build();
        assertEquals(List.of(second, first), register.episodesOf("W1"));
        assertEquals(List.of(), register.episodesOf("W3"));
    }

    @Test
    void test_repeatedKeys_areKept_soTheRegisterDoesNotClaimToRejectThem() {
        Register register = Register.builder().add(woman("W1")).add(woman("W1")).build();
        assertEquals(2, register.women().collect(Collectors.toList()).size());
        assertFalse(register.rejectsDuplicates());
    }
}
