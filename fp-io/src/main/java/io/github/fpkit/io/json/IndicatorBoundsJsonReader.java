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

import io.github.fpkit.indicators.quality.IndicatorBound;
import io.github.fpkit.indicators.quality.IndicatorBounds;
import io.github.fpkit.io.internal.QualitySchemas;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * Reads min–max bounds of indicators from a small JSON file (docs/QUALITY.md): an array of
 * objects with {@code indicator} (a code), optionally {@code area} (a 12-digit code, for that
 * area only), and {@code min}, {@code max} or both, in the indicator's unit.
 *
 * <pre>{@code
 * [ {"indicator": "CPR", "min": 60, "max": 95},
 *   {"indicator": "SRB", "area": "990102001003", "max": 130} ]
 * IndicatorBounds bounds = IndicatorBoundsJsonReader.read(Path.of("bounds.json"));
 * }</pre>
 *
 * <p>Reading is strict: an unknown property, a property given twice, a bound with neither
 * end, a max below its min, or two bounds of one indicator for the same area is a
 * {@link JsonFormatException} naming the file, line and column. Stateless and thread-safe.
 */
public final class IndicatorBoundsJsonReader {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .addModule(new SimpleModule("fpkit-bounds").addDeserializer(IndicatorBound.class,
                    new RecordDeserializer<>(QualitySchemas.BOUNDS, true)))
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private IndicatorBoundsJsonReader() {
    }

    /**
     * @param file the JSON file, in UTF-8; not null
     * @return the bounds
     * @throws JsonFormatException if the file is not such an array, or the bounds are inconsistent
     * @throws UncheckedIOException if the file cannot be read
     */
    public static IndicatorBounds read(Path file) {
        Objects.requireNonNull(file, "file");
        String source = file.toString();
        List<IndicatorBound> bounds;
        try {
            bounds = MAPPER.readValue(file.toFile(), new TypeReference<List<IndicatorBound>>() { });
        } catch (JacksonIOException e) {
            throw JsonIoFailure.of(source, e);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            throw new JsonFormatException(source, at == null ? -1 : at.getLineNr(), at == null ? -1 : at.getColumnNr(),
                    e.getOriginalMessage(), e);
        }
        if (bounds == null) {
            throw new JsonFormatException(source, 1, 1, "expected a JSON array of bounds, found null", null);
        }
        try {
            return IndicatorBounds.of(bounds);
        } catch (IllegalArgumentException e) {
            throw new JsonFormatException(source, -1, -1, e.getMessage(), e);
        }
    }
}
