/**
 * Internals shared by fpkit's own modules only (exported to them, not to users): the
 * Immutables style of every fpkit value type.
 */
package io.github.fpkit.model.internal;
