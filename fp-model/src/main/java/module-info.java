/**
 * The fpkit domain model: typed, immutable, validated records of the people and
 * events that family-planning offices keep, the area hierarchy, reporting periods
 * and ages, and the {@link io.github.fpkit.model.register.Register} that indexes them.
 *
 * <p>This module has no run-time dependency: Immutables is an annotation processor only.
 */
module io.github.fpkit.model {
    requires static org.immutables.value;

    exports io.github.fpkit.model;
    exports io.github.fpkit.model.register;
    exports io.github.fpkit.model.internal to io.github.fpkit.indicators, io.github.fpkit.io;
}
