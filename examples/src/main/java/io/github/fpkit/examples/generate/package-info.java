/**
 * A deterministic generator of synthetic family-planning registers: every table of the
 * register format, for any number of women, streamed record by record into a
 * {@link io.github.fpkit.examples.generate.RegisterSink} so that millions of women fit in
 * bounded memory.
 *
 * <p>Entry points: {@link io.github.fpkit.examples.generate.GeneratorSettings} (what to
 * generate), {@link io.github.fpkit.examples.generate.RegisterGenerator} (generates),
 * {@link io.github.fpkit.examples.generate.InMemoryRegisterSink} (collects into a
 * {@link io.github.fpkit.model.register.Register}) and
 * {@link io.github.fpkit.examples.generate.DemoRegister} (the bundled demo township).
 *
 * <pre>{@code
 * GeneratorSettings settings = GeneratorSettings.builder().women(5_000).seed(42).build();
 * Register register = RegisterGenerator.of(settings).toRegister();
 * register.check(); // empty
 * }</pre>
 */
package io.github.fpkit.examples.generate;
