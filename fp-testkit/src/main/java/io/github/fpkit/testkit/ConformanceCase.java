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
package io.github.fpkit.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Objects;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The conformance case of the indicator catalogue and the register format, the one copy
 * that every module's tests share: a small register of four villages in two townships of
 * one county in two forms, {@code register-en} (English headers, UTF-8) and
 * {@code register-zh-gbk} (Chinese headers and labels, GBK), and
 * {@code expected-2009SY.json}, the result records both must give for 2009SY. The files
 * are the class-path folder {@code /conformance} of this module, described by its
 * {@code README.md}.
 *
 * <p>Names are relative to that folder: {@code "register-en"},
 * {@code "register-en/women.csv"}, {@code "expected-2009SY.json"}. {@link #open} reads a
 * file from the class path; {@link #path} gives a file or folder on disk, for readers
 * that take paths. Where this module is a jar (a reactor build that packaged it), the
 * whole case is first copied to a temporary folder, once per JVM, deleted when the JVM
 * exits.
 *
 * <pre>{@code
 * CsvRegisterSource en = CsvRegister.builder().open(ConformanceCase.path("register-en"));
 * try (InputStream expected = ConformanceCase.open("expected-2009SY.json")) { ... }
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class ConformanceCase {
    private static final String FOLDER = "conformance";
    private static final String README = "README.md";

    /** The case copied out of this module's jar; null until first needed. */
    private static Path copy;

    private ConformanceCase() {
    }

    /**
     * @param name a file of the case, relative to its folder, not null
     * @return the file's bytes, to be closed by the caller
     * @throws IllegalArgumentException if the case has no such file
     */
    public static InputStream open(String name) {
        InputStream in = ConformanceCase.class.getResourceAsStream(resourceName(name));
        if (in == null) {
            throw new IllegalArgumentException("the conformance case has no file '" + name + "'");
        }
        return in;
    }

    /**
     * @param name a file or folder of the case, relative to its folder, not null
     * @return it on disk
     * @throws IllegalArgumentException if the case has no such file or folder
     * @throws UncheckedIOException if the case cannot be copied out of this module's jar
     */
    public static Path path(String name) {
        Path path = folder().resolve(Objects.requireNonNull(name, "name"));
        if (!Files.exists(path)) {
            throw new IllegalArgumentException("the conformance case has no file or folder '" + name + "'");
        }
        return path;
    }

    private static String resourceName(String name) {
        return "/" + FOLDER + "/" + Objects.requireNonNull(name, "name");
    }

    /** The case's folder on disk, found by its README (a jar need not list folders). */
    private static Path folder() {
        URL readme = ConformanceCase.class.getResource(resourceName(README));
        if (readme == null) {
            throw new IllegalStateException("the conformance case is not on the class path: no " + resourceName(README));
        }
        if ("file".equals(readme.getProtocol())) {
            try {
                return Path.of(readme.toURI()).getParent();
            } catch (URISyntaxException e) {
                throw new IllegalStateException("bug: a class-path URL that is no URI: " + readme, e);
            }
        }
        return copied(readme);
    }

    private static synchronized Path copied(URL inJar) {
        if (copy == null) {
            copy = copyOut(inJar);
        }
        return copy;
    }

    /** Copies every file of the case out of the jar holding {@code inJar}; folders and files go on exit. */
    private static Path copyOut(URL inJar) {
        try {
            URLConnection opened = inJar.openConnection();
            if (!(opened instanceof JarURLConnection)) {
                throw new IllegalStateException("the conformance case is neither in a folder nor in a jar: " + inJar);
            }
            JarURLConnection connection = (JarURLConnection) opened;
            // Uncached, so that closing the jar here closes no one else's.
            connection.setUseCaches(false);
            Path folder = Files.createTempDirectory("fp-conformance-");
            folder.toFile().deleteOnExit();
            try (JarFile jar = connection.getJarFile()) {
                Enumeration<JarEntry> entries = jar.entries();
                while (entries.hasMoreElements()) {
                    JarEntry entry = entries.nextElement();
                    if (entry.getName().startsWith(FOLDER + "/") && !entry.isDirectory()) {
                        copy(jar, entry, folder, entry.getName().substring(FOLDER.length() + 1));
                    }
                }
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the conformance case out of " + inJar + ": " + e.getMessage(), e);
        }
    }

    /**
     * Copies one file, creating its folders. Each folder and file is marked for deletion on
     * exit as it is made, so that files go before their folders: deleteOnExit deletes in
     * the reverse order of marking.
     */
    private static void copy(JarFile jar, JarEntry entry, Path folder, String name) throws IOException {
        Path target = folder.resolve(name);
        Path current = folder;
        for (Path part : folder.relativize(target.getParent())) {
            current = current.resolve(part);
            if (!Files.isDirectory(current)) {
                Files.createDirectory(current);
                current.toFile().deleteOnExit();
            }
        }
        target.toFile().deleteOnExit();
        try (InputStream in = jar.getInputStream(entry)) {
            Files.copy(in, target);
        }
    }
}
