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
package io.github.fpkit.io.json;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Entry point for JSON: a {@link JsonMapper} configured with {@link FpkitJsonModule}.
 *
 * <pre>{@code
 * JsonMapper json = FpkitJson.mapper(true);
 * String text = json.writerWithDefaultPrettyPrinter().writeValueAsString(results);
 * List<IndicatorResult> back = json.readValue(text, new TypeReference<List<IndicatorResult>>() { });
 * Register register = json.readValue(Path.of("register.json").toFile(), Register.class);
 * }</pre>
 *
 * <p>For files of results, {@link ResultJsonWriter} and {@link ResultJsonReader} stream the
 * same records one at a time, with errors that name line and column.
 *
 * <p>Errors while reading are {@link tools.jackson.core.JacksonException}s (a
 * {@link tools.jackson.databind.DatabindException} for an invalid value or unknown key,
 * naming the location, property and reason); I/O failures are
 * {@link tools.jackson.core.exc.JacksonIOException}.
 */
public final class FpkitJson {
    private FpkitJson() {
    }

    /**
     * Builds a mapper. No polymorphic default typing is enabled.
     *
     * @param strict true to reject unknown properties and trailing content, false to skip unknown properties
     * @return a new mapper, immutable and thread-safe
     */
    public static JsonMapper mapper(boolean strict) {
        return JsonMapper.builder()
                .addModule(new FpkitJsonModule(strict))
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, strict)
                .configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, strict)
                .build();
    }
}
