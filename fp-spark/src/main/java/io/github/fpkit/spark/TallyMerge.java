package io.github.fpkit.spark;

import io.github.fpkit.indicators.RegisterTally;
import org.apache.spark.api.java.function.ReduceFunction;

/** Merges two tallies in their compact form ({@link RegisterTally#toBytes()}): Spark's reduction by area. */
final class TallyMerge implements ReduceFunction<byte[]> {
    private static final long serialVersionUID = 1L;

    @Override
    public byte[] call(byte[] a, byte[] b) {
        return RegisterTally.fromBytes(a).merge(RegisterTally.fromBytes(b)).toBytes();
    }
}
