package io.github.sscp.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;

/**
 * Writes a command's output file without ever harming one of the user's: an existing file is
 * replaced only with {@code --force}, an input is never written over, and the bytes go to a
 * temporary file beside the target that is moved into place when complete.
 */
final class Outputs {

  private Outputs() {}

  /**
   * Writes a file.
   *
   * @param out the file to write, not null
   * @param bytes what to write, not null
   * @param force whether an existing file may be replaced
   * @param inputs the files the command read, which are never written over, not null
   * @throws CliException (usage) if the file exists without {@code --force}, is an input, or
   *     cannot be written
   */
  static void write(Path out, byte[] bytes, boolean force, Collection<Path> inputs) {
    Path target = check(out, force, inputs);
    Path dir = target.getParent();
    Path tmp = null;
    try {
      if (dir != null) {
        Files.createDirectories(dir);
      }
      tmp = Files.createTempFile(dir == null ? Path.of(".") : dir, "." + target.getFileName(),
          ".tmp");
      Files.write(tmp, bytes);
      readableLikeOthers(tmp, target);
      try {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } catch (java.nio.file.AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new CliException(Sscp.USAGE, out + ": cannot be written (" + e.getMessage() + ")");
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // moved already, or left for the user
        }
      }
    }
  }

  /**
   * Gives the new file the permissions of the one it replaces, or read-write for its owner and
   * readable by others for a new file, as a file a user saves: a temporary file is private.
   */
  private static void readableLikeOthers(Path tmp, Path target) {
    try {
      if (!Files.getFileStore(tmp).supportsFileAttributeView(
          java.nio.file.attribute.PosixFileAttributeView.class)) {
        return;  // not a POSIX file system: the platform's defaults stand
      }
      java.util.Set<java.nio.file.attribute.PosixFilePermission> perms = Files.exists(target)
          ? Files.getPosixFilePermissions(target)
          : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
      Files.setPosixFilePermissions(tmp, perms);
    } catch (IOException e) {
      // the permissions could not be read or set: the new file keeps its own
    }
  }

  /**
   * Checks, before any work is done, that a file may be written: it is not an input, not a
   * folder, and does not exist unless {@code --force} was given.
   *
   * @param out the file to write, not null
   * @param force whether an existing file may be replaced
   * @param inputs the files the command reads, not null
   * @return the file's absolute, normalised path
   * @throws CliException (usage) if it may not be written
   */
  static Path check(Path out, boolean force, Collection<Path> inputs) {
    Path target = out.toAbsolutePath().normalize();
    for (Path in : inputs) {
      if (same(in, target)) {
        throw new CliException(Sscp.USAGE, out + ": is one of the command's inputs; write to"
            + " another file");
      }
    }
    if (Files.isDirectory(target)) {
      throw new CliException(Sscp.USAGE, out + ": is a folder; name a file");
    }
    if (Files.exists(target) && !force) {
      throw new CliException(Sscp.USAGE, out + ": already exists; give --force to replace it, or"
          + " another name");
    }
    return target;
  }

  private static boolean same(Path input, Path target) {
    try {
      return Files.exists(target) && Files.exists(input) && Files.isSameFile(input, target)
          || input.toAbsolutePath().normalize().equals(target);
    } catch (IOException e) {
      return false;
    }
  }
}
