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
package io.github.fpkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fpkit.io.csv.CsvRegister;
import java.io.File;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReader;
import java.lang.module.ModuleReference;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a user sees who embeds fpkit on the module path: a module that requires
 * {@code io.github.fpkit.io}, and calls the builder of every value type fpkit exports,
 * compiles with {@code javac -Xlint:all -Werror} without a single diagnostic. Immutables,
 * a compile-only dependency of fpkit, is not on the user's module path, as it is not in a
 * user's build; any annotation of the generated classes that names it would be a warning.
 */
class UserModuleLintTest {
    private static final Set<String> FPKIT_MODULES = Set.of("io.github.fpkit.model", "io.github.fpkit.indicators",
            "io.github.fpkit.io", "io.github.fpkit.report");

    @TempDir
    Path dir;

    @Test
    void aUserModuleOfFpIoAndFpReport_compilesWithoutAWarning() throws IOException {
        List<Path> modulePath = userModulePath();
        Path sources = dir.resolve("src/com.example.user");
        write(sources.resolve("module-info.java"), "module com.example.user {\n    requires io.github.fpkit.io;\n    requires io.github.fpkit.report;\n}\n");
        write(sources.resolve("com/example/user/Embedding.java"), String.join("\n",
                "package com.example.user;",
                "",
                "import io.github.fpkit.indicators.Indicator;",
                "import io.github.fpkit.indicators.Indicators;",
                "import io.github.fpkit.io.csv.CsvRegister;",
                "import io.github.fpkit.io.json.FpkitJson;",
                "import io.github.fpkit.model.AreaCode;",
                "import io.github.fpkit.model.ReportingPeriod;",
                "import io.github.fpkit.report.HtmlReport;",
                "import io.github.fpkit.report.ReportLanguage;",
                "import java.nio.file.Path;",
                "",
                "public final class Embedding {",
                "    private Embedding() {",
                "    }",
                "",
                "    public static String cpr(Path folder) {",
                "        var source = CsvRegister.builder().open(folder);",
                "        var result = Indicators.compute(source, ReportingPeriod.parse(\"2009SY\"))",
                "                .result(AreaCode.of(\"990101001001\"), Indicator.CPR).orElseThrow();",
                "        return FpkitJson.mapper(true).writeValueAsString(result);",
                "    }",
                "",
                "    public static void report(Path folder, Path html) {",
                "        HtmlReport.builder().language(ReportLanguage.EN).build()",
                "                .write(CsvRegister.builder().open(folder), ReportingPeriod.parse(\"2009SY\"), AreaCode.of(\"990101001000\"), html);",
                "    }",
                "}",
                ""));
        write(sources.resolve("com/example/user/EveryBuilder.java"), everyBuilder(modulePath));

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8);
                Stream<Path> tree = Files.walk(sources)) {
            List<File> javaFiles = tree.filter(p -> p.toString().endsWith(".java")).map(Path::toFile)
                    .collect(Collectors.toList());
            List<String> options = List.of("-Xlint:all", "-Werror", "--release", "17", "-d", dir.resolve("out").toString(),
                    "--module-path", modulePath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
            boolean compiled = javac.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromFiles(javaFiles)).call();
            String shown = diagnostics.getDiagnostics().stream().map(Diagnostic::toString).collect(Collectors.joining("\n"));
            assertEquals(List.of(), diagnostics.getDiagnostics(), shown);
            assertTrue(compiled, shown);
        }
    }

    /** fpkit's modules and the libraries they require, as a user's build has them: everything on this test's class path but Immutables and this module's own classes. */
    private static List<Path> userModulePath() {
        Path immutables = codeSource(org.immutables.value.Value.class);
        Path tests = codeSource(UserModuleLintTest.class);
        Path examples = codeSource(EmbedModelExample.class);
        List<Path> path = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(Path::of).filter(p -> !p.equals(immutables) && !p.equals(tests) && !p.equals(examples))
                .collect(Collectors.toList());
        assertTrue(path.contains(codeSource(CsvRegister.class)), "fp-io on the class path: " + path);
        return path;
    }

    /** A class that calls {@code builder().build()} of every public type with a builder in the exported packages of fpkit's modules. */
    private static String everyBuilder(List<Path> modulePath) throws IOException {
        List<String> calls = new ArrayList<>();
        for (ModuleReference module : ModuleFinder.of(modulePath.toArray(Path[]::new)).findAll()) {
            if (!FPKIT_MODULES.contains(module.descriptor().name())) {
                continue;
            }
            Set<String> exported = module.descriptor().exports().stream().filter(e -> !e.isQualified())
                    .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
            try (ModuleReader reader = module.open(); Stream<String> resources = reader.list()) {
                for (String resource : resources.sorted().collect(Collectors.toList())) {
                    String type = builtType(resource, exported);
                    if (type != null) {
                        calls.add("        " + type + ".builder().build();");
                    }
                }
            }
        }
        assertTrue(calls.size() > 20, "the value types found: " + calls);
        return "package com.example.user;\n\nfinal class EveryBuilder {\n    private EveryBuilder() {\n    }\n\n"
                + "    static void buildAll() {\n" + String.join("\n", calls) + "\n    }\n}\n";
    }

    /** The type of a class file, if it is a public top-level class of an exported package whose {@code builder()} has a {@code build()}. */
    private static String builtType(String resource, Set<String> exported) {
        if (!resource.endsWith(".class") || resource.contains("$") || resource.endsWith("module-info.class")) {
            return null;
        }
        String name = resource.substring(0, resource.length() - ".class".length()).replace('/', '.');
        if (!exported.contains(name.substring(0, name.lastIndexOf('.')))) {
            return null;
        }
        try {
            Class<?> type = Class.forName(name, false, UserModuleLintTest.class.getClassLoader());
            Method builder = type.getMethod("builder");
            if (Modifier.isPublic(type.getModifiers()) && Modifier.isStatic(builder.getModifiers())) {
                builder.getReturnType().getMethod("build");
                return name;
            }
            return null;
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            return null;
        }
    }

    private static Path codeSource(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("bug: a code source that is no URI", e);
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
