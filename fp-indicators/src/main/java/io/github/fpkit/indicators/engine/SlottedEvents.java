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
package io.github.fpkit.indicators.engine;

import java.util.Arrays;

/**
 * The events of {@link ContraceptiveDynamics} that the index path gathers as the tables
 * stream past, each with the slot of its woman: a growable array of
 * {@link ContraceptiveDynamics#WIDTH} + 1 ints per event. Merging concatenates;
 * {@link #bySlot()} sorts the events by woman, so that each woman's come together whatever
 * order the parts were read in (the rules do not depend on the order of one woman's events).
 * Not thread-safe.
 */
final class SlottedEvents {
    private static final int STRIDE = ContraceptiveDynamics.WIDTH + 1;

    private int[] data = new int[STRIDE * 16];
    private int size;

    void add(int slot, int code, int first, int second) {
        if (data.length < (size + 1) * STRIDE) {
            data = Arrays.copyOf(data, data.length * 2);
        }
        int at = size * STRIDE;
        data[at] = slot;
        data[at + 1] = code;
        data[at + 2] = first;
        data[at + 3] = second;
        size++;
    }

    /** @return the events of both, this first; this and {@code other} are unchanged */
    SlottedEvents merge(SlottedEvents other) {
        SlottedEvents m = new SlottedEvents();
        m.data = Arrays.copyOf(data, Math.max(STRIDE, (size + other.size) * STRIDE));
        System.arraycopy(other.data, 0, m.data, size * STRIDE, other.size * STRIDE);
        m.size = size + other.size;
        return m;
    }

    /** @return the events sorted by slot */
    BySlot bySlot() {
        long[] keys = new long[size];
        for (int i = 0; i < size; i++) {
            keys[i] = (long) data[i * STRIDE] << 32 | i;
        }
        Arrays.sort(keys);
        int[] slots = new int[size];
        int[] events = new int[size * ContraceptiveDynamics.WIDTH];
        for (int i = 0; i < size; i++) {
            int at = (int) keys[i] * STRIDE;
            slots[i] = data[at];
            System.arraycopy(data, at + 1, events, i * ContraceptiveDynamics.WIDTH, ContraceptiveDynamics.WIDTH);
        }
        return new BySlot(slots, events);
    }

    /** Events sorted by their woman's slot. */
    static final class BySlot {
        private final int[] slots;
        private final int[] events;

        private BySlot(int[] slots, int[] events) {
            this.slots = slots;
            this.events = events;
        }

        /** @return the index of the first event whose slot is {@code slot} or more */
        int first(int slot) {
            int lo = 0;
            int hi = slots.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (slots[mid] < slot) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        /** @return the index after the last event of the slot whose first event is at {@code from} */
        int end(int from) {
            int to = from;
            while (to < slots.length && slots[to] == slots[from]) {
                to++;
            }
            return to;
        }

        int size() {
            return slots.length;
        }

        int slot(int i) {
            return slots[i];
        }

        int[] events() {
            return events;
        }
    }
}
