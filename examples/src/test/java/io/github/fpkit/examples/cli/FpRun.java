package io.github.fpkit.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One in-process run of the {@code fp} tool: its exit status and what it printed. */
final class FpRun {
    final int status;
    final String out;
    final String err;

    private FpRun(int status, String out, String err) {
        this.status = status;
        this.out = out;
        this.err = err;
    }

    static FpRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new FpRun(status, out.toString(), err.toString());
    }

    @Override
    public String toString() {
        return "exit " + status + "\n--- out\n" + out + "--- err\n" + err;
    }
}
