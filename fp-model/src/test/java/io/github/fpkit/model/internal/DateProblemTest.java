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
package io.github.fpkit.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateProblemTest {
    @Test
    void test_chinese_explainsTheSameProblemsAsTheEnglish() {
        assertEquals(Optional.of("月份须为01至12"), DateProblem.chinese(2009, 13, 1));
        assertEquals(Optional.of("the month must be 01 to 12"), DateProblem.of(2009, 13, 1));
        assertEquals(Optional.of("日须为01或以后"), DateProblem.chinese(2009, 1, 0));
        assertEquals(Optional.empty(), DateProblem.chinese(2008, 2, 29));
        assertEquals(Optional.of("2009年2月只有28天"), DateProblem.chinese(2009, 2, 29));
        assertEquals(Optional.of("4月只有30天"), DateProblem.chinese(2009, 4, 31));
    }
}
