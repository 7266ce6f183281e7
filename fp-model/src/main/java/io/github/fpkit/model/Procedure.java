package io.github.fpkit.model;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A family-planning surgery ({@code procedures.csv}, 节育手术, the "four surgeries").
 *
 * <pre>{@code
 * Procedure p = Procedure.of("W1", ProcedureType.IUD_INSERTION, LocalDate.of(2009, 5, 5));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Procedure {
    Procedure() {
    }

    /** @return the woman's {@link Woman#id()} */
    public abstract String womanId();

    /** @return the type of surgery */
    public abstract ProcedureType type();

    /** @return the date of the surgery */
    public abstract LocalDate date();

    /**
     * @param womanId the woman's id, not blank
     * @param type the type, not null
     * @param date the date, not null
     * @return the procedure
     */
    public static Procedure of(String womanId, ProcedureType type, LocalDate date) {
        return builder().womanId(womanId).type(type).date(date).build();
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Procedure}. */
    public static final class Builder extends ImmutableProcedure.Builder {
        Builder() {
        }
    }

    @Value.Check
    void check() {
        Records.requireId("woman_id", womanId());
    }
}
