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

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The system's Chromium (Debian's {@code chromium} package), headless, driven through its
 * DevTools protocol: no browser is downloaded and no driver is needed. Each page is opened
 * with the network switched off, and records its console errors, uncaught exceptions and
 * every request it makes.
 *
 * <pre>{@code
 * try (HeadlessChromium chromium = HeadlessChromium.start();
 *         LoadedPage page = chromium.open(Path.of("report.html"), 1280, 900, "document.documentElement.dataset.charts")) {
 *     page.consoleErrors();   // empty, one hopes
 *     page.screenshot();      // a PNG of 1280 × 900
 * }
 * }</pre>
 *
 * Where there is no Chromium, {@link #start()} skips the test with a message saying how
 * to install it; where the environment variable {@value #REQUIRED} is set (CI sets it), it
 * fails the test instead, so that browser tests never pass by being skipped there.
 */
public final class HeadlessChromium implements AutoCloseable {
    /** The environment variable that makes a missing browser a failure rather than a skipped test. */
    public static final String REQUIRED = "FP_REQUIRE_BROWSER";
    /** The environment variable naming the browser's executable, if not on the PATH. */
    public static final String EXECUTABLE = "CHROME_BIN";
    /** The longest wait for the browser to start, answer a command or render a page. */
    static final Duration TIMEOUT = Duration.ofSeconds(60);

    private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable");
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");

    private final Process process;
    private final Path profile;
    private final DevToolsConnection devTools;

    private HeadlessChromium(Process process, Path profile, DevToolsConnection devTools) {
        this.process = process;
        this.profile = profile;
        this.devTools = devTools;
    }

    /** @return the browser's executable: {@value #EXECUTABLE} if set, else the first of chromium's usual names on the PATH */
    public static Optional<Path> executable() {
        String named = System.getenv(EXECUTABLE);
        if (named != null && !named.isBlank()) {
            return Optional.of(Path.of(named)).filter(Files::isExecutable);
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String folder : path.split(File.pathSeparator)) {
            for (String name : NAMES) {
                Path candidate = Path.of(folder, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Starts the browser, or skips the calling test (fails it where {@value #REQUIRED} is set) if there is none.
     *
     * @return the browser, with a fresh profile in a temporary folder
     */
    public static HeadlessChromium start() throws IOException, InterruptedException {
        Optional<Path> executable = executable();
        if (executable.isEmpty()) {
            String message = "no Chromium on the PATH (nor in " + EXECUTABLE + "): install Debian's package with "
                    + "'apt-get install -y chromium' to run the browser tests";
            if (System.getenv(REQUIRED) != null) {
                throw new AssertionError(message + "; " + REQUIRED + " is set, so they must run");
            }
            Assumptions.abort(message);
        }
        Path profile = Files.createTempDirectory("fp-chromium-");
        List<String> command = new ArrayList<>(List.of(executable.get().toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check",
                "--disable-extensions", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--mute-audio", "--hide-scrollbars", "--remote-debugging-port=0",
                "--user-data-dir=" + profile, "about:blank"));
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        CompletableFuture<URI> address = new CompletableFuture<>();
        Thread reader = new Thread(() -> readErrors(process, address), "chromium-stderr");
        reader.setDaemon(true);
        reader.start();
        URI uri;
        try {
            uri = address.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            delete(profile);
            throw new IllegalStateException("Chromium did not start: " + e.getMessage(), e);
        }
        return new HeadlessChromium(process, profile, DevToolsConnection.open(uri, TIMEOUT));
    }

    /** Reads the browser's stderr to its end (so that it never blocks on a full pipe), noting its DevTools address. */
    private static void readErrors(Process process, CompletableFuture<URI> address) {
        StringBuilder seen = new StringBuilder();
        try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line = err.readLine(); line != null; line = err.readLine()) {
                Matcher m = LISTENING.matcher(line);
                if (m.find()) {
                    address.complete(URI.create(m.group(1)));
                } else if (!address.isDone() && seen.length() < 4000) {
                    seen.append(line).append('\n');
                }
            }
        } catch (IOException e) {
            address.completeExceptionally(e);
        }
        address.completeExceptionally(new IllegalStateException("it ended without a DevTools address; it said: " + seen));
    }

    /**
     * Opens a file in a new tab of the given size, with the network off, and waits until it
     * has loaded and {@code ready} (a JavaScript expression) is neither null nor false.
     *
     * @param file the page, a local file
     * @param width the viewport's width, in CSS pixels
     * @param height the viewport's height, in CSS pixels
     * @param ready the expression that is true (or not null) once the page's scripts are done
     * @return the page
     * @throws IllegalStateException if the page does not load, or its scripts are not done in time
     */
    public LoadedPage open(Path file, int width, int height, String ready) throws InterruptedException {
        String target = devTools.send(null, "Target.createTarget", "url", "about:blank").get("targetId").asString();
        String session = devTools.send(null, "Target.attachToTarget", "targetId", target, "flatten", true).get("sessionId")
                .asString();
        devTools.send(session, "Runtime.enable");
        devTools.send(session, "Log.enable");
        devTools.send(session, "Page.enable");
        devTools.send(session, "Network.enable");
        devTools.send(session, "Network.emulateNetworkConditions", "offline", true, "latency", 0, "downloadThroughput", -1,
                "uploadThroughput", -1);
        devTools.send(session, "Emulation.setDeviceMetricsOverride", "width", width, "height", height, "deviceScaleFactor", 1,
                "mobile", false);
        String url = file.toAbsolutePath().toUri().toString();
        devTools.send(session, "Page.navigate", "url", url);
        LoadedPage page = new LoadedPage(devTools, session, target, url);
        page.await("Page.loadEventFired");
        page.awaitTrue(ready);
        return page;
    }

    /** Closes the browser and deletes its profile; interrupted, ends the browser at once and keeps the interrupt. */
    @Override
    public void close() {
        try {
            try {
                devTools.send(null, "Browser.close");
            } catch (IllegalStateException e) {
                // Closing may answer by ending the connection; the process is ended below either way.
            }
            if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        } finally {
            devTools.close();
        }
        delete(profile);
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
