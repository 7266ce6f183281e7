package io.github.fpkit.indicators;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Spliterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Cuts a stream's records into a few parts and runs one task per part on its own thread:
 * how the calculator uses every core while each part feeds its own accumulator (which
 * are merged at the end). Parts are as the source cuts them (a file-backed source cuts
 * its files at row boundaries; a list cuts in halves); a source that cannot cut gives one
 * part.
 */
final class ParallelParts {
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
     * Runs the tasks, the first on the calling thread and the others on the pool, and
     * waits for all of them.
     *
     * @param tasks the tasks, not empty
     * @param pool the threads for all but the first task, or null to run all on the calling thread
     * @throws RuntimeException the first failure of a task, unchanged (an {@link Error} likewise)
     */
    static void run(List<Runnable> tasks, ExecutorService pool) {
        List<Future<?>> others = new ArrayList<>();
        for (int i = 1; i < tasks.size(); i++) {
            if (pool == null) {
                tasks.get(i).run();
            } else {
                others.add(pool.submit(tasks.get(i)));
            }
        }
        Throwable failure = null;
        try {
            tasks.get(0).run();
        } catch (RuntimeException | Error e) {
            failure = e;
        }
        for (Future<?> f : others) {
            try {
                f.get();
            } catch (ExecutionException e) {
                failure = failure == null ? e.getCause() : failure;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = failure == null ? new IllegalStateException("interrupted while computing indicators", e) : failure;
            }
        }
        if (failure instanceof RuntimeException) {
            throw (RuntimeException) failure;
        }
        if (failure instanceof Error) {
            throw (Error) failure;
        }
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
    }
}
