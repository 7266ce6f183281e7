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
package io.github.fpkit.io.csv;

import io.github.fpkit.model.register.RowCounts;
import static io.github.fpkit.testkit.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.fpkit.model.register.Register;
import io.github.fpkit.model.register.RegisterTable;
import io.github.fpkit.testkit.RecordGenerators;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Damaged files: only the documented exceptions, and rows read = accepted + rejected, always. */
class MutationPropertiesTest {
    private static final byte[] NASTY = {',', '"', '\n', '\r', 0, (byte) 0xFF, (byte) 0xE4, (byte) 0x81, '=', ' '};

    @TempDir
    Path temp;

    private Path folderWith(byte[] women) {
        try {
            Path folder = Files.createTempDirectory(temp, "case");
            Files.write(folder.resolve("women.csv"), women);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the folder; returns normally only through documented outcomes, and checks conservation. */
    private static void readAndCheck(Path folder, Charset charset, boolean strict) {
        CsvRegisterSource source;
        try {
            source = CsvRegister.builder().encoding(charset).strict(strict).open(folder);
        } catch (CsvFormatException e) {
            return;
        }
        try {
            Register.copyOf(source);
        } catch (CsvFormatException e) {
            // documented: unreadable file, invalid encoding or (strict) a rejected row
        }
        for (Map.Entry<RegisterTable, RowCounts> entry : source.counts().entrySet()) {
            RowCounts c = entry.getValue();
            assertEquals(c.read(), c.accepted() + c.rejected());
        }
        long rejected = source.counts().values().stream().mapToLong(RowCounts::rejected).sum();
        assertEquals(rejected, source.rowErrors().size());
    }

    @Test
    void property_randomBytes_onlyDocumentedErrors_andRowsConserved() {
        qt().withExamples(200).forAll(lists().of(integers().between(0, 255)).ofSizeBetween(0, 400), integers().between(0, 2))
                .checkAssert((bytes, enc) -> {
                    byte[] data = new byte[bytes.size()];
                    for (int i = 0; i < data.length; i++) {
                        data[i] = (byte) (int) bytes.get(i);
                    }
                    Charset charset = List.of(StandardCharsets.UTF_8, Charset.forName("GBK"), Charset.forName("GB18030")).get(enc);
                    readAndCheck(folderWith(data), charset, enc == 1);
                });
    }

    @Test
    void property_mutatedValidFiles_onlyDocumentedErrors_andRowsConserved() {
        qt().withExamples(200).forAll(RecordGenerators.registers(),
                lists().of(integers().between(0, Integer.MAX_VALUE - 1)).ofSizeBetween(1, 6), integers().between(0, 1))
                .checkAssert((register, edits, strict) -> {
                    Path folder;
                    try {
                        folder = Files.createTempDirectory(temp, "valid");
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    CsvRegisterWriter.write(register, folder);
                    try {
                        for (RegisterTable table : RegisterTable.values()) {
                            Path file = folder.resolve(table.fileName());
                            byte[] data = Files.readAllBytes(file);
                            Files.write(file, mutate(data, edits));
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    readAndCheck(folder, StandardCharsets.UTF_8, strict == 1);
                });
    }

    private static byte[] mutate(byte[] data, List<Integer> edits) {
        byte[] out = data;
        for (int edit : edits) {
            int pos = out.length == 0 ? 0 : edit % out.length;
            byte b = NASTY[(edit / 7) % NASTY.length];
            switch ((edit / 3) % 3) {
                case 0:
                    out = splice(out, pos, 1, new byte[0]);
                    break;
                case 1:
                    out = splice(out, pos, 0, new byte[] {b});
                    break;
                default:
                    out = splice(out, pos, 1, new byte[] {b});
            }
        }
        return out;
    }

    private static byte[] splice(byte[] data, int pos, int remove, byte[] insert) {
        int removed = Math.min(remove, data.length - pos);
        byte[] out = new byte[data.length - removed + insert.length];
        System.arraycopy(data, 0, out, 0, pos);
        System.arraycopy(insert, 0, out, pos, insert.length);
        System.arraycopy(data, pos + removed, out, pos + insert.length, data.length - pos - removed);
        return out;
    }
}
