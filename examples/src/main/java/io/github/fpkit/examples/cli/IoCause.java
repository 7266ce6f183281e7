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
package io.github.fpkit.examples.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * An I/O failure in words a user can act on: the file and what went wrong with it. Java's
 * file-system exceptions often carry only the file's name as their message
 * ({@code /proc/x}), their kind being the cause; here the kind becomes words.
 */
final class IoCause {
    private IoCause() {
    }

    /**
     * @param e the failure, not null
     * @return for example {@code "/proc/x: no such file or folder"} or {@code "out: read-only file system"}
     */
    static String describe(IOException e) {
        if (!(e instanceof FileSystemException)) {
            return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        FileSystemException f = (FileSystemException) e;
        String file = f.getFile() == null ? "" : f.getFile() + (f.getOtherFile() == null ? "" : " → " + f.getOtherFile()) + ": ";
        return file + cause(f);
    }

    private static String cause(FileSystemException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "already exists";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "folder not empty";
        }
        // The operating system's own reason, such as "Read-only file system" or "No space left on device".
        return e.getReason() == null ? e.getClass().getSimpleName() : e.getReason().toLowerCase(java.util.Locale.ROOT);
    }
}
