package io.github.fpkit.examples.cli;

import io.github.fpkit.model.AreaLevel;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** {@code --level}: one area level, or {@code all} for every area at every level present. */
enum AreaLevelChoice {
    /** Villages 村. */
    VILLAGE(EnumSet.of(AreaLevel.VILLAGE)),
    /** Townships 乡镇. */
    TOWNSHIP(EnumSet.of(AreaLevel.TOWNSHIP)),
    /** Counties 县. */
    COUNTY(EnumSet.of(AreaLevel.COUNTY)),
    /** Every level. */
    ALL(EnumSet.allOf(AreaLevel.class));

    private final Set<AreaLevel> levels;

    AreaLevelChoice(Set<AreaLevel> levels) {
        this.levels = levels;
    }

    /** @return the levels computed */
    Set<AreaLevel> levels() {
        return EnumSet.copyOf(levels);
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
