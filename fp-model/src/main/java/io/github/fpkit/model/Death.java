package io.github.fpkit.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A death in an area ({@code deaths.csv}, 死亡). Immutable and thread-safe.
 *
 * <pre>{@code
 * Death d = Death.builder().id("D1").areaCode(AreaCode.of("990101001001"))
 *     .deathDate(LocalDate.of(2009, 4, 30)).build();
 * }</pre>
 */
@Value.Immutable
public abstract class Death {
    Death() {
    }

    /** @return the record id, not blank */
    public abstract String id();

    /** @return the area the death is attributed to */
    public abstract AreaCode areaCode();

    /** @return the date of death */
    public abstract LocalDate deathDate();

    /** @return the sex, if recorded */
    public abstract Optional<Sex> sex();

    /** @return the birth date, if recorded; not after the death date */
    public abstract Optional<LocalDate> birthDate();

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Death}. */
    public static final class Builder extends ImmutableDeath.Builder {
        Builder() {
        }
    }

    @Value.Check
    void check() {
        Records.requireId("id", id());
        birthDate().ifPresent(b -> Records.requireNotBefore("death_date", deathDate(), "birth_date", b));
    }
}
