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

import static io.github.fpkit.model.testing.ModelGenerators.arbitraryRegisters;
import static io.github.fpkit.model.testing.ModelGenerators.consistentRegisters;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.Birth;
import io.github.fpkit.model.BirthOutcome;
import io.github.fpkit.model.ContraceptiveEpisode;
import io.github.fpkit.model.ContraceptiveMethod;
import io.github.fpkit.model.Household;
import io.github.fpkit.model.MaritalStatus;
import io.github.fpkit.model.Sex;
import io.github.fpkit.model.Woman;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RegisterTest {
    private static final AreaCode VILLAGE = AreaCode.of("990101001001");
    private static final LocalDate R = LocalDate.of(2009, 9, 30);

    private static Woman woman(String id, String household) {
        Woman.Builder b = Woman.builder().id(id).areaCode(VILLAGE).birthDate(LocalDate.of(1980, 1, 1))
                .maritalStatus(MaritalStatus.MARRIED);
        if (household != null) {
            b.householdId(household);
        }
        return b.build();
    }

    private static Birth live(String id, String mother, LocalDate date, int order, Sex sex) {
        return Birth.builder().id(id).motherId(mother).birthDate(date).sex(sex).birthOrder(order).build();
    }

    private static Birth still(String id, String mother, LocalDate date) {
        return Birth.builder().id(id).motherId(mother).birthDate(date).sex(Sex.MALE)
                .outcome(BirthOutcome.STILLBIRTH).build();
    }

    private static ContraceptiveEpisode episode(String woman, ContraceptiveMethod method, LocalDate start, LocalDate end) {
        ContraceptiveEpisode.Builder b = ContraceptiveEpisode.builder().womanId(woman).method(method).startDate(start);
        if (end != null) {
            b.endDate(end);
        }
        return b.build();
    }

    private static List<String> ids(List<Birth> births) {
        return births.stream().map(Birth::id).collect(Collectors.toList());
    }

    @Test
    void birthsOf_areInDateOrderWithStillbirths() {
        Register register = Register.builder().add(woman("W1", null))
                .add(live("B3", "W1", LocalDate.of(2010, 5, 1), 2, Sex.MALE))
                .add(still("B2", "W1", LocalDate.of(2007, 1, 1)))
                .add(live("B1", "W1", LocalDate.of(2005, 5, 1), 1, Sex.FEMALE))
                .build();
        assertEquals(List.of("B1", "B2", "B3"), ids(register.birthsOf("W1")));
        assertEquals(List.of(), register.birthsOf("W9"));
    }

    @Test
    void birthsOf_ordersTwinsByBirthOrder() {
        LocalDate day = LocalDate.of(2006, 6, 6);
        Register register = Register.builder().add(woman("W1", null))
                .add(live("B2", "W1", day, 2, Sex.MALE)).add(live("B1", "W1", day, 1, Sex.FEMALE)).build();
        assertEquals(List.of("B1", "B2"), ids(register.birthsOf("W1")));
        assertEquals(List.of(), register.check());
    }

    @Test
    void womenOf_areTheWomenOfTheHousehold_inRegisterOrder() {
        Register register = Register.builder()
                .add(Household.builder().id("H1").areaCode(VILLAGE).build())
                .add(Household.builder().id("H2").areaCode(VILLAGE).build())
                .add(woman("W1", "H1")).add(woman("W2", "H1")).add(woman("W3", "H2")).add(woman("W4", null))
                .add(live("B1", "W1", LocalDate.of(2004, 1, 1), 1, Sex.MALE))
                .add(live("B2", "W2", LocalDate.of(2003, 1, 1), 1, Sex.FEMALE))
                .add(still("B3", "W2", LocalDate.of(2005, 1, 1)))
                .add(live("B4", "W2", LocalDate.of(2010, 1, 1), 2, Sex.FEMALE))
                .add(live("B5", "W3", LocalDate.of(2006, 1, 1), 1, Sex.MALE))
                .add(live("B6", "W4", LocalDate.of(2006, 1, 1), 1, Sex.MALE))
                .build();
        assertEquals(List.of(), register.womenOf("H3"));
        assertEquals(List.of("W1", "W2"), register.womenOf("H1").stream().map(Woman::id).collect(Collectors.toList()));
    }

    @Test
    void woman_findsTheFirstOfADuplicatedId() {
        Woman first = woman("W1", "H1");
        Register register = Register.builder().add(first).add(woman("W1", null)).build();
        assertEquals(Optional.of(first), register.woman("W1"));
        assertEquals(Optional.empty(), register.woman("W2"));
    }

    @Test
    void tables_alwaysIncludeWomenAndEveryTableRecordsWereAddedTo() {
        assertEquals(EnumSet.of(RegisterTable.WOMEN), Register.builder().build().tables());
        Register register = Register.builder().withTable(RegisterTable.AREAS)
                .add(episode("W1", ContraceptiveMethod.IUD, R, null)).build();
        assertEquals(EnumSet.of(RegisterTable.WOMEN, RegisterTable.AREAS, RegisterTable.CONTRACEPTION), register.tables());
        assertTrue(register.has(RegisterTable.AREAS));
        assertEquals(0, register.areas().count());
    }

    @Test
    void builder_rejectsNullRecord() {
        assertThrows(NullPointerException.class, () -> Register.builder().add((Woman) null));
    }

    @Test
    void copyOf_aRegisterEqualsItInContent() {
        qt().withExamples(50).forAll(arbitraryRegisters()).check(register -> sameContent(register, Register.copyOf(register)));
        qt().withExamples(50).forAll(consistentRegisters()).check(register -> sameContent(register, Register.copyOf(register)));
    }

    @Test
    void copyOf_closesEveryStreamOfTheSource() {
        Register register = Register.builder().add(woman("W1", null)).build();
        Set<String> closed = new java.util.HashSet<>();
        RegisterSource source = new RegisterSource() {
            private <T> Stream<T> tracked(String name, Stream<T> s) {
                return s.onClose(() -> closed.add(name));
            }

            @Override
            public Set<RegisterTable> tables() {
                return register.tables();
            }

            @Override
            public Stream<io.github.fpkit.model.Area> areas() {
                return tracked("areas", register.areas());
            }

            @Override
            public Stream<io.github.fpkit.model.PopulationCount> populationCounts() {
                return tracked("population", register.populationCounts());
            }

            @Override
            public Stream<Woman> women() {
                return tracked("women", register.women());
            }

            @Override
            public Stream<Birth> births() {
                return tracked("births", register.births());
            }

            @Override
            public Stream<io.github.fpkit.model.Death> deaths() {
                return tracked("deaths", register.deaths());
            }

            @Override
            public Stream<ContraceptiveEpisode> contraceptiveEpisodes() {
                return tracked("contraception", register.contraceptiveEpisodes());
            }

            @Override
            public Stream<io.github.fpkit.model.Pregnancy> pregnancies() {
                return tracked("pregnancies", register.pregnancies());
            }

            @Override
            public Stream<io.github.fpkit.model.Procedure> procedures() {
                return tracked("procedures", register.procedures());
            }

            @Override
            public Stream<io.github.fpkit.model.HealthCheck> healthChecks() {
                return tracked("health_checks", register.healthChecks());
            }

            @Override
            public Stream<Household> households() {
                return tracked("households", register.households());
            }

            @Override
            public Stream<io.github.fpkit.model.Distribution> distributions() {
                return tracked("distributions", register.distributions());
            }
        };
        assertTrue(sameContent(register, Register.copyOf(source)));
        assertEquals(11, closed.size(), closed.toString());
    }

    @Test
    void check_neverThrowsAndNamesKnownRules() {
        Set<String> rules = Set.of("REF_DUPLICATE_ID", "REF_DUPLICATE_RESIDENT_ID", "REF_UNKNOWN_WOMAN", "REF_UNKNOWN_AREA",
                "REF_UNKNOWN_PARENT_AREA", "REF_UNKNOWN_HOUSEHOLD", "REF_MOTHER_AGE", "REF_BIRTH_ORDER");
        Set<String> seen = new java.util.HashSet<>();
        qt().forAll(arbitraryRegisters()).check(register -> register.check().stream()
                .peek(f -> seen.add(f.rule()))
                .allMatch(f -> rules.contains(f.rule()) && !f.recordId().isBlank() && !f.message().isBlank()));
        // The generator must break every rule somewhere, or the property says little.
        assertEquals(rules, seen);
    }

    @Test
    void check_findsNothingInAConsistentRegister() {
        Set<RegisterTable> seen = EnumSet.noneOf(RegisterTable.class);
        java.util.concurrent.atomic.AtomicInteger stillbirths = new java.util.concurrent.atomic.AtomicInteger();
        qt().forAll(consistentRegisters()).check(register -> {
            seen.addAll(register.tables());
            stillbirths.addAndGet((int) register.births().filter(b -> !b.isLive()).count());
            return register.check().isEmpty();
        });
        // The generator must fill every table, stillbirths included, or the property says little.
        assertEquals(EnumSet.allOf(RegisterTable.class), seen);
        assertTrue(stillbirths.get() > 0);
    }

    @Test
    void check_findsNothingInAnEmptyRegister() {
        assertEquals(List.of(), Register.builder().build().check());
    }

    static boolean sameContent(Register a, Register b) {
        return a.tables().equals(b.tables())
                && same(a.areas(), b.areas())
                && same(a.populationCounts(), b.populationCounts())
                && same(a.women(), b.women())
                && same(a.births(), b.births())
                && same(a.deaths(), b.deaths())
                && same(a.contraceptiveEpisodes(), b.contraceptiveEpisodes())
                && same(a.pregnancies(), b.pregnancies())
                && same(a.procedures(), b.procedures())
                && same(a.healthChecks(), b.healthChecks())
                && same(a.households(), b.households())
                && same(a.distributions(), b.distributions());
    }

    private static <T> boolean same(Stream<T> a, Stream<T> b) {
        return a.collect(Collectors.toList()).equals(b.collect(Collectors.toList()));
    }
}
