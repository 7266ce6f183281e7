/**
 * fpkit synthetic registers: a deterministic generator of realistic registers of a rural
 * county in every table of the register format, streamed into memory or into a folder of
 * CSV files, for demos, tests and benchmarks.
 *
 * <p>{@link io.github.fpkit.synthetic.RegisterGenerator} generates from
 * {@link io.github.fpkit.synthetic.GeneratorSettings};
 * {@link io.github.fpkit.synthetic.CsvFileSink} writes the files with fp-io's CSV writers.
 */
module io.github.fpkit.synthetic {
    requires transitive io.github.fpkit.model;
    requires transitive io.github.fpkit.io;

    exports io.github.fpkit.synthetic;
}
