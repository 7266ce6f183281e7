/*
 * Copyright 2026 the fpkit authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
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
