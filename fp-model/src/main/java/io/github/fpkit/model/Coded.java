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
package io.github.fpkit.model;

/**
 * A value with a stable lowercase English code (used in files, JSON and the CLI)
 * and a Chinese name, as every enumeration of the register format has.
 */
public interface Coded {
    /** @return the canonical lowercase English code, for example {@code "female_sterilization"} */
    String code();

    /** @return the Chinese name, for example {@code "女扎"} */
    String chineseName();
}
