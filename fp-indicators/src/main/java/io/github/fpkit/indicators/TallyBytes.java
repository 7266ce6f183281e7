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
package io.github.fpkit.indicators;

import java.io.ByteArrayOutputStream;
import java.io.ObjectStreamException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The compact forms of {@link AreaTally} and {@link RegisterTally}, and their Java
 * serialisation through them. The building blocks, all big-endian:
 *
 * <ul>
 *   <li>a <b>number</b> is a variable-length zig-zag long: 7 bits per byte, low bits first,
 *     the high bit set on every byte but the last (as Protocol Buffers' {@code sint64});</li>
 *   <li>a <b>text</b> is a number of bytes, then that many bytes of UTF-8;</li>
 *   <li>a <b>decimal</b> is its scale (a number), then its unscaled value as a text-like
 *     run: a number of bytes, then the two's-complement bytes;</li>
 *   <li>a <b>tally</b> is the number of counts n, then n numbers in {@link Count} order,
 *     then 0 (population unknown) or 1 and the population as a decimal.</li>
 * </ul>
 *
 * <p>An {@link AreaTally}'s form is the version byte {@value #VERSION} and a tally. A
 * {@link RegisterTally}'s is described there.
 */
final class TallyBytes {
    /** The version of the forms this class writes and reads. */
    static final int VERSION = 1;
    /** No form may claim more than this many items of anything: a bound against corrupt input. */
    private static final int MAX_ITEMS = 1 << 28;

    private TallyBytes() {
    }

    /** Writes a form; not thread-safe. */
    static final class Writer {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Writer() {
            out.write(VERSION);
        }

        void number(long value) {
            long v = (value << 1) ^ (value >> 63);
            while ((v & ~0x7FL) != 0) {
                out.write((int) ((v & 0x7F) | 0x80));
                v >>>= 7;
            }
            out.write((int) v);
        }

        void text(String s) {
            bytes(s.getBytes(StandardCharsets.UTF_8));
        }

        private void bytes(byte[] b) {
            number(b.length);
            out.write(b, 0, b.length);
        }

        void decimal(BigDecimal d) {
            number(d.scale());
            bytes(d.unscaledValue().toByteArray());
        }

        void tally(AreaTally t) {
            long[] counts = t.counts();
            number(counts.length);
            for (long c : counts) {
                number(c);
            }
            BigDecimal population = t.populationOrNull();
            number(population == null ? 0 : 1);
            if (population != null) {
                decimal(population);
            }
        }

        byte[] toByteArray() {
            return out.toByteArray();
        }
    }

    /** Reads a form, failing with {@link IllegalArgumentException} on anything else; not thread-safe. */
    static final class Reader {
        private final byte[] in;
        private int at;

        Reader(byte[] bytes) {
            this.in = bytes.clone();
            int version = next();
            if (version != VERSION) {
                throw new IllegalArgumentException("not a tally of version " + VERSION + ": first byte " + version);
            }
        }

        private int next() {
            if (at >= in.length) {
                throw new IllegalArgumentException("tally bytes end early, at byte " + at);
            }
            return in[at++] & 0xFF;
        }

        long number() {
            long v = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                int b = next();
                v |= (long) (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return (v >>> 1) ^ -(v & 1);
                }
            }
            throw new IllegalArgumentException("a number of the tally bytes is longer than 10 bytes, at byte " + at);
        }

        /** @return a number of items, 0 to {@link #MAX_ITEMS} */
        int items() {
            long n = number();
            if (n < 0 || n > MAX_ITEMS) {
                throw new IllegalArgumentException("impossible item count " + n + " in tally bytes, at byte " + at);
            }
            return (int) n;
        }

        private byte[] bytes() {
            int n = items();
            if (n > in.length - at) {
                throw new IllegalArgumentException("tally bytes end early, at byte " + at);
            }
            byte[] b = Arrays.copyOfRange(in, at, at + n);
            at += n;
            return b;
        }

        String text() {
            return new String(bytes(), StandardCharsets.UTF_8);
        }

        BigDecimal decimal() {
            long scale = number();
            if (scale < Integer.MIN_VALUE || scale > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("impossible decimal scale " + scale + " in tally bytes");
            }
            byte[] unscaled = bytes();
            if (unscaled.length == 0) {
                throw new IllegalArgumentException("empty decimal in tally bytes, at byte " + at);
            }
            return new BigDecimal(new BigInteger(unscaled), (int) scale);
        }

        AreaTally tally() {
            int n = items();
            int known = Count.values().length;
            if (n > known) {
                throw new IllegalArgumentException("tally bytes hold " + n + " counts; this version knows " + known);
            }
            long[] counts = new long[known];
            for (int i = 0; i < n; i++) {
                counts[i] = number();
            }
            long flag = number();
            if (flag != 0 && flag != 1) {
                throw new IllegalArgumentException("bad population flag " + flag + " in tally bytes");
            }
            BigDecimal population = flag == 1 ? decimal() : null;
            if (population != null && population.signum() < 0) {
                throw new IllegalArgumentException("negative population " + population + " in tally bytes");
            }
            return AreaTally.wrap(counts, population);
        }

        void end() {
            if (at != in.length) {
                throw new IllegalArgumentException("tally bytes continue after the tally, at byte " + at);
            }
        }
    }

    /** What Java serialisation writes for a tally: its compact form. */
    static final class SerialForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private final byte[] bytes;
        private final boolean register;

        SerialForm(byte[] bytes, boolean register) {
            this.bytes = bytes;
            this.register = register;
        }

        private Object readResolve() throws ObjectStreamException {
            try {
                return register ? RegisterTally.fromBytes(bytes) : AreaTally.fromBytes(bytes);
            } catch (IllegalArgumentException e) {
                java.io.InvalidObjectException x = new java.io.InvalidObjectException(e.getMessage());
                x.initCause(e);
                throw x;
            }
        }
    }
}
