package org.eventwire.run;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MoveOptions.StandardMoveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.eventwire.common.RunDirectory;

/**
 * One writer per output directory. Two schedulers firing at once on the same --output would
 * otherwise stage and publish over each other.
 *
 * <p>On a local file system the lock is an operating-system lock on a small file beside the output
 * ({@code .NAME.eventwire.lock}): the kernel releases it when the process ends, however it ends, so
 * a killed run never blocks the next one. The file itself stays (deleting it would let a third run
 * lock a new file while a second still holds the old one).
 *
 * <p>Object stores have no such lock: there the file is a marker holding the owner and a heartbeat
 * rewritten every minute. A marker whose heartbeat is older than {@link #STALE_AFTER} was left by a
 * run that died, and is taken over. Checking and writing the marker are two requests, so two runs
 * started within the same second can both pass: schedulers must still not start two on purpose.
 */
public abstract class OutputLock implements AutoCloseable {
  static final Duration HEARTBEAT = Duration.ofMinutes(1);
  static final Duration STALE_AFTER = Duration.ofMinutes(5);

  /** Takes the lock, or says who holds it. */
  static OutputLock acquire(ResourceId lockFile, String runId)
      throws RunRefusedException.OutputBusy, IOException {
    String owner =
        String.format(
            "run %s, process %s, started %s",
            runId, ManagementFactory.getRuntimeMXBean().getName(), Instant.now());
    if ("file".equals(lockFile.getScheme())) {
      return LocalLock.acquire(Paths.get(lockFile.toString()), owner);
    }
    return MarkerLock.acquire(lockFile, owner);
  }

  @Override
  public abstract void close() throws IOException;

  private static RunRefusedException.OutputBusy busy(Object lockFile, String holder) {
    return new RunRefusedException.OutputBusy(
        "another eventwire run is writing this output ("
            + holder.strip()
            + "; lock "
            + lockFile
            + "); wait for it to finish, or run again later");
  }

  private static final class LocalLock extends OutputLock {
    private final FileChannel channel;
    private final FileLock lock;

    private LocalLock(FileChannel channel, FileLock lock) {
      this.channel = channel;
      this.lock = lock;
    }

    static OutputLock acquire(Path file, String owner)
        throws IOException, RunRefusedException.OutputBusy {
      FileChannel channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null; // held by another run in this very JVM
      }
      if (lock == null) {
        ByteBuffer holder = ByteBuffer.allocate(4096);
        channel.read(holder, 0);
        channel.close();
        throw busy(file, new String(holder.array(), 0, holder.position(), StandardCharsets.UTF_8));
      }
      channel.truncate(0);
      channel.write(ByteBuffer.wrap((owner + "\n").getBytes(StandardCharsets.UTF_8)), 0);
      return new LocalLock(channel, lock);
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

  private static final class MarkerLock extends OutputLock {
    private final ResourceId marker;
    private final ScheduledExecutorService heartbeat;

    private MarkerLock(ResourceId marker, ScheduledExecutorService heartbeat) {
      this.marker = marker;
      this.heartbeat = heartbeat;
    }

    static OutputLock acquire(ResourceId marker, String owner)
        throws IOException, RunRefusedException.OutputBusy {
      if (RunDirectory.exists(marker)) {
        String held = RunDirectory.readText(marker);
        Instant beat = heartbeatOf(held);
        if (beat != null && beat.isAfter(Instant.now().minus(STALE_AFTER))) {
          throw busy(marker, held);
        }
      }
      beat(marker, owner);
      ScheduledExecutorService heartbeat =
          Executors.newSingleThreadScheduledExecutor(
              r -> {
                Thread thread = new Thread(r, "eventwire-lock-heartbeat");
                thread.setDaemon(true);
                return thread;
              });
      heartbeat.scheduleAtFixedRate(
          () -> {
            try {
              beat(marker, owner);
            } catch (IOException e) {
              // The next beat tries again; a marker left unbeaten for minutes is only ever taken
              // over.
            }
          },
          HEARTBEAT.toMillis(),
          HEARTBEAT.toMillis(),
          TimeUnit.MILLISECONDS);
      return new MarkerLock(marker, heartbeat);
    }

    private static void beat(ResourceId marker, String owner) throws IOException {
      RunDirectory.writeText(marker, owner + "\nheartbeat " + Instant.now() + "\n");
    }

    private static Instant heartbeatOf(String marker) {
      for (String line : marker.split("\n")) {
        if (line.startsWith("heartbeat ")) {
          try {
            return Instant.parse(line.substring("heartbeat ".length()).strip());
          } catch (RuntimeException e) {
            return null;
          }
        }
      }
      return null;
    }

    @Override
    public void close() throws IOException {
      heartbeat.shutdownNow();
      FileSystems.delete(List.of(marker), StandardMoveOptions.IGNORE_MISSING_FILES);
    }
  }
}
