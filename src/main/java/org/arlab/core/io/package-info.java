/**
 * Files in and out, for every layer: reading only regular files under a stated size ceiling with messages a user can
 * act on ({@link org.arlab.core.io.InputFile}), writing every file through a unique temporary file that is synced and
 * atomically moved over the target ({@link org.arlab.core.io.AtomicFile}), and echoing text from a file or a command
 * line into a message on one line, escaped and cut short ({@link org.arlab.core.io.Echo}).
 */
package org.arlab.core.io;
