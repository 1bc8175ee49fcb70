package org.cosmodrome.platform.persistence;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The owner file {@code cosmodrome.owner} in the data directory: the process that started the embedded PostgreSQL
 * writes its pid there and holds an exclusive lock on the file for as long as it runs. The operating system drops
 * the lock when that process dies, however it dies (SIGKILL included), so "the lock is held" means "the owner is
 * alive", with no pid-reuse ambiguity; the pid is there for messages.
 * <p>
 * Limits: the lock is advisory (only Cosmodrome looks at it), and a fresh cluster gets its owner file once
 * {@code initdb} has run, since {@code initdb} wants an empty directory; in the seconds of a very first start an
 * admin command could take the new server for an orphan. The file stays after its owner stops, naming the last one.
 */
final class ClusterOwner implements AutoCloseable {

    static final String FILE_NAME = "cosmodrome.owner";

    private final FileChannel channel;
    private final FileLock lock;

    private ClusterOwner(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Makes this JVM the owner of the cluster in {@code dataDirectory}, writing its pid to the owner file.
     *
     * @return the ownership, to be closed when the cluster has been stopped; empty when a live process owns it
     */
    static Optional<ClusterOwner> claim(Path dataDirectory) throws IOException {
        FileChannel channel = FileChannel.open(dataDirectory.resolve(FILE_NAME), StandardOpenOption.CREATE,
                StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException ownedByThisJvm) {
            lock = null;
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            return Optional.empty();
        }
        // Written through the locked channel: opening the file another way and closing it would drop the lock.
        channel.truncate(0);
        channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)),
                0);
        channel.force(true);
        return Optional.of(new ClusterOwner(channel, lock));
    }

    /** The pid the owner file names; only for a process that is not the owner (reading drops one's own lock). */
    static OptionalLong ownerPid(Path dataDirectory) throws IOException {
        Path file = dataDirectory.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return OptionalLong.empty();
        }
        String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
        return text.matches("\\d+") ? OptionalLong.of(Long.parseLong(text)) : OptionalLong.empty();
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
