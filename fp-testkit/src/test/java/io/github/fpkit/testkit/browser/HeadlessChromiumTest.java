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
package io.github.fpkit.testkit.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The browser tests' checks can fail: a page that logs an error, throws and requests something is caught doing each. */
class HeadlessChromiumTest {
    @TempDir
    Path dir;

    @Test
    void aMisbehavingPage_isCaught_logging_throwing_andRequesting() throws Exception {
        Path file = dir.resolve("bad.html");
        // The request goes to this machine's discard port, and the network is off anyway: it never leaves.
        Files.writeString(file, "<!DOCTYPE html><html><head><link rel=\"icon\" href=\"data:,\"></head><body><p>bad</p>"
                + "<img src=\"http://127.0.0.1:9/pixel.png\">"
                + "<script>console.error('boom'); setTimeout(function () { document.body.dataset.done = 'yes'; }, 0);"
                + " throw new Error('uncaught');</script></body></html>", StandardCharsets.UTF_8);
        try (HeadlessChromium chromium = HeadlessChromium.start();
                LoadedPage page = chromium.open(file, 640, 480, "document.body.dataset.done")) {
            List<String> errors = page.consoleErrors();
            assertTrue(errors.stream().anyMatch(e -> e.startsWith("console.error") && e.contains("boom")), errors.toString());
            assertTrue(errors.stream().anyMatch(e -> e.startsWith("uncaught") && e.contains("uncaught")), errors.toString());
            assertEquals(page.url(), page.requests().get(0));
            assertTrue(page.requests().contains("http://127.0.0.1:9/pixel.png"), page.requests().toString());
            assertEquals("bad", page.evaluate("document.querySelector('p').textContent"));
            BufferedImage shot = ImageIO.read(new ByteArrayInputStream(page.screenshot()));
            assertEquals(640, shot.getWidth());
            assertEquals(480, shot.getHeight());
        }
    }
}
