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

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A page opened by {@link HeadlessChromium}: its DOM after its scripts ran, what it wrote
 * to the console as errors and threw uncaught, every request it made, and screenshots of
 * its viewport. Closing it closes its tab.
 */
public final class LoadedPage implements AutoCloseable {
    /** How often a wait looks again. */
    private static final long POLL_MILLIS = 50;

    private final DevToolsConnection devTools;
    private final String session;
    private final String target;
    private final String url;

    LoadedPage(DevToolsConnection devTools, String session, String target, String url) {
        this.devTools = devTools;
        this.session = session;
        this.target = target;
        this.url = url;
    }

    /** @return the page's own URL, a {@code file:} URL */
    public String url() {
        return url;
    }

    /**
     * Evaluates a JavaScript expression in the page.
     *
     * @param expression the expression
     * @return its value as text: a string as it is, anything else as JSON; null for null or undefined
     * @throws IllegalStateException if it throws
     */
    public String evaluate(String expression) throws InterruptedException {
        JsonNode result = devTools.send(session, "Runtime.evaluate", "expression", expression, "returnByValue", true);
        if (result.has("exceptionDetails")) {
            throw new IllegalStateException(expression + " threw: " + result.get("exceptionDetails"));
        }
        JsonNode value = result.get("result").get("value");
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isString() ? value.asString() : value.toString();
    }

    /** @return the document's HTML as it stands after the page's scripts ran */
    public String dom() throws InterruptedException {
        return evaluate("document.documentElement.outerHTML");
    }

    /** @return a PNG of the viewport */
    public byte[] screenshot() throws InterruptedException {
        return Base64.getDecoder().decode(devTools.send(session, "Page.captureScreenshot", "format", "png").get("data").asString());
    }

    /** @return the page printed to PDF as the browser prints it, with the page's print style sheet and page size */
    public byte[] pdf() throws InterruptedException {
        return Base64.getDecoder().decode(devTools.send(session, "Page.printToPDF", "printBackground", true, "preferCSSPageSize", true)
                .get("data").asString());
    }

    /**
     * @return every error the page reported: console errors and failed assertions, uncaught
     *         exceptions, and the browser's own error log entries for the page (failed loads)
     */
    public List<String> consoleErrors() {
        List<String> errors = new ArrayList<>();
        for (JsonNode e : ownEvents()) {
            String method = e.get("method").asString();
            JsonNode p = e.get("params");
            if (method.equals("Runtime.consoleAPICalled")
                    && (p.get("type").asString().equals("error") || p.get("type").asString().equals("assert"))) {
                errors.add("console." + p.get("type").asString() + ": " + p.get("args"));
            } else if (method.equals("Runtime.exceptionThrown")) {
                errors.add("uncaught: " + p.get("exceptionDetails"));
            } else if (method.equals("Log.entryAdded") && p.get("entry").get("level").asString().equals("error")) {
                errors.add("log: " + p.get("entry"));
            }
        }
        return errors;
    }

    /** @return the URL of every request the page made, its own load included, in order */
    public List<String> requests() {
        List<String> requests = new ArrayList<>();
        for (JsonNode e : ownEvents()) {
            if (e.get("method").asString().equals("Network.requestWillBeSent")) {
                requests.add(e.get("params").get("request").get("url").asString());
            }
        }
        return requests;
    }

    /** Waits for an event of the page, such as {@code Page.loadEventFired}. */
    void await(String method) throws InterruptedException {
        long deadline = System.nanoTime() + HeadlessChromium.TIMEOUT.toNanos();
        while (ownEvents().stream().noneMatch(e -> e.get("method").asString().equals(method))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(url + ": no " + method + " within " + HeadlessChromium.TIMEOUT);
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    /**
     * Waits until a JavaScript expression is neither null, undefined nor false.
     *
     * @param expression the expression, evaluated in the page every 50 ms
     * @throws IllegalStateException if it is not true within a minute
     */
    public void awaitTrue(String expression) throws InterruptedException {
        long deadline = System.nanoTime() + HeadlessChromium.TIMEOUT.toNanos();
        for (String value = evaluate(expression); value == null || value.equals("false"); value = evaluate(expression)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(url + ": " + expression + " still not true after " + HeadlessChromium.TIMEOUT
                        + "; errors: " + consoleErrors());
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    private List<JsonNode> ownEvents() {
        List<JsonNode> own = new ArrayList<>();
        for (JsonNode e : devTools.events()) {
            JsonNode s = e.get("sessionId");
            if (s != null && s.asString().equals(session) && e.has("method")) {
                own.add(e);
            }
        }
        return own;
    }

    /** Closes the page's tab; interrupted, leaves it to the browser's closing and keeps the interrupt. */
    @Override
    public void close() {
        try {
            devTools.send(null, "Target.closeTarget", "targetId", target);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
