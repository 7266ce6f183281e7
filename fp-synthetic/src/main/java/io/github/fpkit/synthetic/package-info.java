/**
 * A deterministic generator of synthetic family-planning registers: every table of the
 * register format, for any number of women, streamed record by record into a
 * {@link io.github.fpkit.synthetic.RegisterSink} so that millions of women fit in
 * bounded memory.
 *
 * <p>Entry points: {@link io.github.fpkit.synthetic.GeneratorSettings} (what to
 * generate), {@link io.github.fpkit.synthetic.RegisterGenerator} (generates),
 * {@link io.github.fpkit.synthetic.InMemoryRegisterSink} (collects into a
 * {@link io.github.fpkit.model.register.Register}) and
 * {@link io.github.fpkit.synthetic.CsvFileSink} (writes a register folder of CSV files).
 *
 * <pre>{@code
 * GeneratorSettings settings = GeneratorSettings.builder().women(5_000).seed(42).build();
 * Register register = RegisterGenerator.of(settings).toRegister();
 * register.check(); // empty
 * }</pre>
 */
package io.github.fpkit.synthetic;
