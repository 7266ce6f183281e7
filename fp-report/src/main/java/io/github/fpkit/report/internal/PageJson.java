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

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;

/**
 * The page's data as JSON, written by Jackson's streaming generator from the maps, lists,
 * strings, numbers and nulls of the page's model ({@link Chart#toJson()}): no object
 * mapping, which would load hundreds of classes into a short-lived process. A number that
 * is not finite is a bug (JSON has none, and a chart must never show NaN).
 */
final class PageJson {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private PageJson() {
    }

    /**
     * @param value a map, list, string, number, boolean or null, nested
     * @return its JSON
     * @throws IllegalArgumentException if it holds anything else
     * @throws IllegalStateException if it holds a number that is not finite
     */
    static String of(Object value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            write(json, value);
        }
        return out.toString();
    }

    private static void write(JsonGenerator json, Object value) {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof Map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                json.writeName(String.valueOf(e.getKey()));
                write(json, e.getValue());
            }
            json.writeEndObject();
        } else if (value instanceof List) {
            json.writeStartArray();
            for (Object item : (List<?>) value) {
                write(json, item);
            }
            json.writeEndArray();
        } else if (value instanceof String) {
            json.writeString((String) value);
        } else if (value instanceof Double) {
            double d = (Double) value;
            if (!Double.isFinite(d)) {
                throw new IllegalStateException("bug: a page's data holds " + d);
            }
            json.writeNumber(d);
        } else if (value instanceof Integer || value instanceof Long) {
            json.writeNumber(((Number) value).longValue());
        } else if (value instanceof Boolean) {
            json.writeBoolean((Boolean) value);
        } else {
            throw new IllegalArgumentException("not JSON data: " + value.getClass().getName());
        }
    }
}
