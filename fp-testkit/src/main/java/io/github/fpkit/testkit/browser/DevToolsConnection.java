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

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A connection to a browser's DevTools protocol over its WebSocket (java.net.http, no
 * other client): commands sent with an id and answered by it, events kept in arrival
 * order. Commands to a page name the page's session (flat sessions). Thread-safe.
 */
final class DevToolsConnection implements AutoCloseable {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> answers = new ConcurrentHashMap<>();
    private final List<JsonNode> events = new CopyOnWriteArrayList<>();
    private final Duration timeout;

    private DevToolsConnection(URI uri, Duration timeout) throws InterruptedException {
        this.timeout = timeout;
        try {
            this.socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(timeout)
                    .buildAsync(uri, new Listener()).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot connect to the browser's DevTools at " + uri + ": " + e, e);
        }
    }

    /**
     * @param uri the browser's DevTools WebSocket address
     * @param timeout the longest wait for a connection or an answer
     * @return the connection
     */
    static DevToolsConnection open(URI uri, Duration timeout) throws InterruptedException {
        return new DevToolsConnection(uri, timeout);
    }

    /**
     * Sends a command and waits for its answer.
     *
     * @param session the page's session, or null for the browser itself
     * @param method the command, such as {@code Page.navigate}
     * @param params its parameters, as alternating names and values (strings, numbers, booleans)
     * @return the command's result
     * @throws IllegalStateException if the browser answers with an error or not in time
     */
    JsonNode send(String session, String method, Object... params) throws InterruptedException {
        int id = ids.incrementAndGet();
        ObjectNode message = JSON.createObjectNode();
        message.put("id", id);
        message.put("method", method);
        if (session != null) {
            message.put("sessionId", session);
        }
        ObjectNode p = message.putObject("params");
        for (int i = 0; i < params.length; i += 2) {
            p.set((String) params[i], JSON.valueToTree(params[i + 1]));
        }
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        answers.put(id, answer);
        socket.sendText(JSON.writeValueAsString(message), true);
        JsonNode reply;
        try {
            reply = answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(method + ": no answer from the browser: " + e, e);
        } finally {
            answers.remove(id);
        }
        if (reply.has("error")) {
            throw new IllegalStateException(method + ": " + reply.get("error"));
        }
        return reply.get("result");
    }

    /** @return the events received so far, in arrival order */
    List<JsonNode> events() {
        return List.copyOf(events);
    }

    @Override
    public void close() {
        socket.abort();
    }

    /** Gathers each message's frames, then hands an answer to its command or keeps an event. */
    private final class Listener implements WebSocket.Listener {
        private final StringBuilder frames = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            frames.append(data);
            if (last) {
                JsonNode message = JSON.readTree(frames.toString());
                frames.setLength(0);
                if (message.has("id")) {
                    CompletableFuture<JsonNode> answer = answers.get(message.get("id").asInt());
                    if (answer != null) {
                        answer.complete(message);
                    }
                } else {
                    events.add(message);
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}
