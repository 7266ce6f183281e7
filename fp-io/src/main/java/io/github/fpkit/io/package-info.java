/**
 * Readers and writers of registers, indicator results and findings in CSV and JSON.
 */
package io.github.fpkit.io;
