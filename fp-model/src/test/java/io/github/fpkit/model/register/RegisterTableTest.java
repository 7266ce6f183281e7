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
                "contraception.csv", "pregnancies.csv", "procedures.csv", "health_checks.csv", "households.csv"),
                Arrays.stream(RegisterTable.values()).map(RegisterTable::fileName).collect(Collectors.toList()));
    }

    @Test
    void isRequired_onlyForWomen() {
        assertEquals(List.of(RegisterTable.WOMEN),
                Arrays.stream(RegisterTable.values()).filter(RegisterTable::isRequired).collect(Collectors.toList()));
    }
}
