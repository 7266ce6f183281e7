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
package io.github.fpkit.report.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The files a page inlines, read from fp-report's own resources: Apache ECharts' minified
 * build (taken from its WebJar when fp-report is built), the page's script and its style
 * sheet.
 */
final class PageResources {
    /** The version of Apache ECharts inlined. */
    static final String ECHARTS_VERSION = "5.3.1";

    private PageResources() {
    }

    /**
     * @return Apache ECharts, minified, with its licence header; like the page's script it
     *         never holds {@code </script}, which would end its element (a test checks both)
     */
    static String echarts() {
        return read("echarts.min.js");
    }

    /** @return the page's script, which draws the charts from the page's data */
    static String pageScript() {
        return read("report.js");
    }

    /** @return the page's style sheet, for screen and print */
    static String styleSheet() {
        return read("report.css");
    }

    private static String read(String name) {
        try (InputStream in = PageResources.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("bug: fp-report's resource " + name + " is missing from its jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read fp-report's resource " + name + ": " + e.getMessage(), e);
        }
    }
}
