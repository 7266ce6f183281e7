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

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Spliterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Cuts a stream's records into a few parts, and shares a list of parts among a few
 * threads: how the calculator uses every core while each thread feeds its own
 * accumulator (which are merged at the end). Parts are as the source cuts them (a
 * file-backed source cuts its files at row boundaries; a list cuts in halves); a source
 * that cannot cut gives one part.
 */
public final class ParallelParts {
    private ParallelParts() {
    }

    /**
     * @param whole the records, not yet traversed
     * @param parts the number of parts wanted, 1 or more
     * @return 1 to {@code parts} parts covering the records, in encounter order
     */
    static <T> List<Spliterator<T>> split(Spliterator<T> whole, int parts) {
        List<Spliterator<T>> list = new ArrayList<>();
        list.add(whole);
        while (list.size() < parts) {
            Spliterator<T> largest = list.stream().max(Comparator.comparingLong(Spliterator::estimateSize)).orElseThrow();
            Spliterator<T> prefix = largest.trySplit();
            if (prefix == null) {
                break;
            }
            list.add(list.indexOf(largest), prefix);
        }
        return list;
    }

    /**
     * Shares the parts among the workers, one thread each: every worker takes the next
     * part not yet taken, in list order, until none is left, so that a thread that ends a
     * part early takes the next instead of waiting (put the largest parts first, so that
     * the last ones, which make the others wait, are small). After a failure no worker
     * takes another part. Returns when every worker has stopped.
     *
     * @param parts the parts, each taken by exactly one worker (unless a worker fails)
     * @param workers one per thread, not empty; the first runs on the calling thread; a worker
     *     is called from one thread only
     * @param pool the threads of the other workers, or null to run every worker on the calling thread
     * @throws RuntimeException the first failure of a worker, unchanged (an {@link Error} likewise)
     */
    public static <P> void share(List<P> parts, List<? extends Consumer<? super P>> workers, ExecutorService pool) {
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Runnable> tasks = new ArrayList<>();
        for (int w = 0; w < Math.min(workers.size(), Math.max(1, parts.size())); w++) {
            Consumer<? super P> worker = workers.get(w);
            tasks.add(() -> {
                try {
                    for (int k; failure.get() == null && (k = next.getAndIncrement()) < parts.size(); ) {
                        worker.accept(parts.get(k));
                    }
                } catch (RuntimeException | Error e) {
                    failure.compareAndSet(null, e);
                }
            });
        }
        List<Future<?>> others = new ArrayList<>();
        for (int i = 1; i < tasks.size(); i++) {
            if (pool == null) {
                tasks.get(i).run();
            } else {
                others.add(pool.submit(tasks.get(i)));
            }
        }
        tasks.get(0).run();
        for (Future<?> f : others) {
            try {
                f.get();
            } catch (ExecutionException e) {
                // The tasks catch every failure of their worker; this is a failure of the pool.
                failure.compareAndSet(null, e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure.compareAndSet(null, new IllegalStateException("interrupted while computing indicators", e));
            }
        }
        Throwable first = failure.get();
        if (first instanceof RuntimeException) {
            throw (RuntimeException) first;
        }
        if (first instanceof Error) {
            throw (Error) first;
        }
        if (first != null) {
            throw new IllegalStateException(first);
        }
    }
}
