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
package io.github.fpkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher the build writes beside fp.jar, run as a user runs it: by {@code sh}, through a
 * link on the PATH, and into a pipe whose reader stops early. Runs in the verify phase, after
 * the package phase wrote the launcher and the jar (the surefire execution
 * {@code launcher-test}, which passes the launcher's path as {@code fp.launcher}).
 */
class LauncherIT {
    private static final Path LAUNCHER = Path.of(System.getProperty("fp.launcher", "target/fp"));

    @TempDir
    Path temp;

    /** A folder for the PATH with a link named fp to the launcher, as the README suggests. */
    private Path binWithLink() throws IOException {
        Path bin = Files.createDirectories(temp.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("fp"), LAUNCHER.toAbsolutePath());
        return bin;
    }

    /** JUnit would warn that the link leads out of the temporary folder; it is removed first. */
    @AfterEach
    void removeLink() throws IOException {
        Files.deleteIfExists(temp.resolve("bin").resolve("fp"));
    }

    /** The result of one shell command. */
    private static final class Shell {
        final int status;
        final String out;
        final String err;

        Shell(int status, String out, String err) {
            this.status = status;
            this.out = out;
            this.err = err;
        }

        @Override
        public String toString() {
            return "exit " + status + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    /** Runs {@code sh -c script} in {@code folder}, with the JDK of this test as JAVA_HOME and {@code bin} first on the PATH. */
    private Shell sh(Path folder, Path bin, String script) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("sh", "-c", script).directory(folder.toFile())
                .redirectOutput(temp.resolve("out").toFile()).redirectError(temp.resolve("err").toFile());
        Map<String, String> env = builder.environment();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("PATH", bin + ":" + env.getOrDefault("PATH", "/usr/bin:/bin"));
        int status = builder.start().waitFor();
        return new Shell(status, Files.readString(temp.resolve("out"), StandardCharsets.UTF_8),
                Files.readString(temp.resolve("err"), StandardCharsets.UTF_8));
    }

    @Test
    void test_launchers_writtenBesideTheJar_theShellOneExecutable() throws IOException {
        assertTrue(Files.isRegularFile(LAUNCHER.resolveSibling("fp.jar")), "fp.jar beside " + LAUNCHER);
        assertTrue(Files.isExecutable(LAUNCHER), LAUNCHER + " is executable");
        String script = Files.readString(LAUNCHER);
        assertTrue(script.startsWith("#!/bin/sh\n") && script.contains("-jar \"$dir/fp.jar\" \"$@\""), script);
        assertTrue(!script.contains("${project.version}"), "the version is filled in");
        String cmd = Files.readString(LAUNCHER.resolveSibling("fp.cmd"));
        assertTrue(cmd.startsWith("@echo off\r\n") && cmd.contains("-jar \"%~dp0fp.jar\" %*"), cmd);
    }

    @Test
    void test_version_bySh_andAsFpThroughALinkOnThePath() throws Exception {
        Shell bySh = sh(temp, temp, "sh '" + LAUNCHER.toAbsolutePath() + "' --version");
        assertEquals(0, bySh.status, bySh.toString());
        assertTrue(bySh.out.startsWith("fp (fpkit) 0."), bySh.toString());

        Path bin = binWithLink();
        Shell onPath = sh(temp, bin, "fp --version");
        assertEquals(0, onPath.status, onPath.toString());
        assertEquals(bySh.out, onPath.out);
    }

    @Test
    void test_pipeClosedEarly_endsQuietly_withStatus0() throws Exception {
        Path bin = binWithLink();
        Shell generated = sh(temp, bin, "fp generate register --women 3000 --villages 20 --seed 1 --quiet");
        assertEquals(0, generated.status, generated.toString());
        // More than a pipe's buffer (64 KiB) of CSV, so that fp is still writing when head has gone.
        Shell csv = sh(temp, bin, "{ fp indicators register --period 2009SY --level all --format csv; echo $? > status; } | head -1");
        assertEquals(0, csv.status, csv.toString());
        assertEquals(List.of("area,areaName,period,indicator,numerator,denominator,value,unit,ciLow,ciHigh,confidence,status,"
                + "level,periodCode"), csv.out.lines().collect(java.util.stream.Collectors.toList()));
        assertEquals("", csv.err);
        assertEquals("0", Files.readString(temp.resolve("status")).strip(), "fp's own exit status");
        Shell summary = sh(temp, bin, "{ fp summary register --period 2009SY --area 990102001000; echo $? > status; } | head -c 10");
        assertEquals("", summary.err, summary.toString());
        assertEquals("0", Files.readString(temp.resolve("status")).strip());
    }

    /** The build's class-data archive serves the launcher: fp's own classes come from it. */
    @Test
    void test_classDataArchive_besideTheJar_loadsFpsClasses() throws Exception {
        assertTrue(Files.isRegularFile(LAUNCHER.resolveSibling("fp.jsa")), "fp.jsa beside " + LAUNCHER);
        Shell run = sh(temp, temp, "JAVA_OPTS=-Xlog:class+load=info sh '" + LAUNCHER.toAbsolutePath() + "' --version");
        assertEquals(0, run.status, run.toString());
        assertTrue(run.out.lines().anyMatch(l -> l.contains("io.github.fpkit.examples.cli.Main source: shared objects file")),
                "Main loaded from the archive");
    }

    /**
     * The archive leaves fp's code to the JIT: a method the indicators call for every date cell
     * is compiled in a run that uses the archive. (An archive made while methods waited for the
     * JIT kept them waiting in every later run, interpreted: 1 M women took twice as long.)
     */
    @Test
    void test_classDataArchive_leavesHotMethodsToTheCompiler() throws Exception {
        Path bin = binWithLink();
        Shell generated = sh(temp, bin, "fp generate register --women 3000 --villages 20 --seed 1 --quiet");
        assertEquals(0, generated.status, generated.toString());
        Shell run = sh(temp, bin, "JAVA_OPTS='-Xlog:class+load=info -Xlog:jit+compilation=debug:file=compiled.txt' "
                + "fp indicators register --period 2009SY --format json");
        assertEquals(0, run.status, run.toString());
        assertTrue(run.out.lines().anyMatch(l -> l.contains("io.github.fpkit.io.internal.Dates source: shared objects file")),
                "the date parser is read from the archive");
        String compiled = Files.readString(temp.resolve("compiled.txt"), StandardCharsets.UTF_8);
        assertTrue(compiled.contains("io.github.fpkit.io.internal.Dates::parseAscii"), "the date parser is compiled");
    }

    /** A copy of fp.jar elsewhere cannot use the archive made for the original: it runs as well, without a word about it. */
    @Test
    void test_classDataArchive_ofAnotherPath_isIgnoredQuietly() throws Exception {
        Path copy = Files.createDirectories(temp.resolve("elsewhere"));
        for (String file : List.of("fp", "fp.jar", "fp.jsa")) {
            Files.copy(LAUNCHER.resolveSibling(file), copy.resolve(file));
        }
        Shell run = sh(temp, temp, "sh '" + copy.resolve("fp") + "' --version");
        assertEquals(0, run.status, run.toString());
        assertTrue(run.out.startsWith("fp (fpkit) 0."), run.toString());
        assertEquals("", run.err);
    }
}
