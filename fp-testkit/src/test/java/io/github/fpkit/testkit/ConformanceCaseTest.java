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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fpkit.model.register.RegisterTable;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConformanceCaseTest {
    private static final List<String> FILES = List.of("README.md", "expected-2009SY.json", "register-en/women.csv",
            "register-zh-gbk/women.csv");

    @TempDir
    Path temp;

    private static byte[] read(String name) throws IOException {
        try (InputStream in = ConformanceCase.open(name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void test_path_givesTheBytesThatOpenReads() throws IOException {
        for (String name : FILES) {
            assertArrayEquals(read(name), Files.readAllBytes(ConformanceCase.path(name)), name);
        }
    }

    @Test
    void test_path_ofEitherRegisterForm_isAFolderWithEveryTableOfTheContract() {
        for (String form : List.of("register-en", "register-zh-gbk")) {
            Path folder = ConformanceCase.path(form);
            // distributions.csv goes beyond the contract's format: the case has no such file.
            for (RegisterTable table : EnumSet.range(RegisterTable.AREAS, RegisterTable.HOUSEHOLDS)) {
                assertTrue(Files.isRegularFile(folder.resolve(table.fileName())), form + "/" + table.fileName());
            }
        }
    }

    @Test
    void test_open_unknownFile() {
        assertThrows(IllegalArgumentException.class, () -> ConformanceCase.open("register-fr/women.csv"));
    }

    @Test
    void test_path_unknownFile() {
        assertThrows(IllegalArgumentException.class, () -> ConformanceCase.path("register-fr"));
    }

    @Test
    void test_path_null() {
        assertThrows(NullPointerException.class, () -> ConformanceCase.path(null));
    }

    /** As in a reactor build that packaged fp-testkit: the case is in a jar, and path copies all of it out once. */
    @Test
    void test_path_caseInAJar_copiedOutAsFiles() throws Exception {
        Path jar = temp.resolve("fp-testkit.jar");
        String classFile = ConformanceCase.class.getName().replace('.', '/') + ".class";
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            try (InputStream in = ConformanceCase.class.getResourceAsStream("/" + classFile)) {
                put(out, classFile, in.readAllBytes());
            }
            for (String name : FILES) {
                put(out, "conformance/" + name, read(name));
            }
        }
        // No parent but the boot loader: ConformanceCase and its resources come from the jar alone.
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            Method path = loader.loadClass(ConformanceCase.class.getName()).getMethod("path", String.class);
            for (String name : FILES) {
                Path copy = (Path) path.invoke(null, name);
                assertFalse(copy.startsWith(temp), "a copy outside the jar's folder: " + copy);
                assertArrayEquals(read(name), Files.readAllBytes(copy), name);
            }
            assertEquals(path.invoke(null, "register-en"), ((Path) path.invoke(null, "register-en/women.csv")).getParent(),
                    "one copy of the whole case");
        }
    }

    private static void put(JarOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(bytes);
        out.closeEntry();
    }
}
