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
package io.github.fpkit.model.register;

import io.github.fpkit.model.Coded;

/**
 * The tables (files) of a register folder, with their file names. Only {@code women.csv} is
 * required. New tables are appended, so that the constants' ordinals stay.
 */
public enum RegisterTable implements Coded {
    /** {@code areas.csv} 区划. */
    AREAS("areas", "区划"),
    /** {@code population.csv} 人口. */
    POPULATION("population", "人口"),
    /** {@code women.csv} 育龄妇女. */
    WOMEN("women", "育龄妇女"),
    /** {@code births.csv} 出生. */
    BIRTHS("births", "出生"),
    /** {@code deaths.csv} 死亡. */
    DEATHS("deaths", "死亡"),
    /** {@code contraception.csv} 避孕节育措施. */
    CONTRACEPTION("contraception", "避孕节育措施"),
    /** {@code pregnancies.csv} 妊娠. */
    PREGNANCIES("pregnancies", "妊娠"),
    /** {@code procedures.csv} 节育手术. */
    PROCEDURES("procedures", "节育手术"),
    /** {@code health_checks.csv} 查环查孕查病. */
    HEALTH_CHECKS("health_checks", "查环查孕查病"),
    /** {@code households.csv} 户. */
    HOUSEHOLDS("households", "户"),
    /** {@code distributions.csv} 药具发放: pills, condoms and injectables given out. */
    DISTRIBUTIONS("distributions", "药具发放");

    private final String code;
    private final String chineseName;

    RegisterTable(String code, String chineseName) {
        this.code = code;
        this.chineseName = chineseName;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String chineseName() {
        return chineseName;
    }

    /** @return the file name in a register folder, for example {@code "women.csv"} */
    public String fileName() {
        return code + ".csv";
    }

    /** @return true only for {@code women.csv}, the one table a register must have */
    public boolean isRequired() {
        return this == WOMEN;
    }

    @Override
    public String toString() {
        return code;
    }
}
