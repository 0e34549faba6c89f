package org.eventwire;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A standalone Flink session cluster of separate JVMs on this machine, driven through {@code
 * scripts/flink-cluster.sh} exactly as the README tells a user to, with its own home
 * (configuration, logs, pids) under a test folder and its own ports.
 */
final class LocalFlinkCluster implements AutoCloseable {
  static final Path REPO = Paths.get("").toAbsolutePath().getParent();

  private final Path home;
  private final int port;

  private LocalFlinkCluster(Path home, int port) {
    this.home = home;
    this.port = port;
  }

  /** Starts a job manager and {@code taskManagers} task managers of one slot each. */
  static LocalFlinkCluster start(Path home, int taskManagers) throws Exception {
    LocalFlinkCluster cluster = new LocalFlinkCluster(home, freePortRange());
    cluster.script(
        "start",
        "--taskmanagers",
        String.valueOf(taskManagers),
        "--slots",
        "1",
        "--port",
        String.valueOf(cluster.port));
    return cluster;
  }

  /** The REST address run-flink.sh takes as --flinkMaster. */
  String master() {
    return "localhost:" + port;
  }

  Path log(String process) {
    return home.resolve("logs").resolve(process + ".log");
  }

  String logText(String process) throws IOException {
    Path log = log(process);
    return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
  }

  /** kill -9: the process gets no chance to say goodbye, as when a machine is lost. */
  void killHard(String process) throws Exception {
    long pid =
        Long.parseLong(Files.readString(home.resolve("pids").resolve(process + ".pid")).trim());
    ProcessHandle handle =
        ProcessHandle.of(pid).orElseThrow(() -> new AssertionError(process + " is not running"));
    handle.destroyForcibly();
    handle.onExit().get(30, TimeUnit.SECONDS);
  }

  void startTaskManager() throws Exception {
    script("start-taskmanager");
  }

  @Override
  public void close() throws Exception {
    script("stop");
  }

  private void script(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("bash", "scripts/flink-cluster.sh"));
    command.addAll(List.of(args));
    Path out = Files.createDirectories(home).resolve("script-" + args[0] + ".out");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(REPO.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(out.toFile()));
    builder.environment().put("EVENTWIRE_FLINK_HOME", home.toString());
    Process process = builder.start();
    if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
      process.destroyForcibly();
      throw new AssertionError(
          "scripts/flink-cluster.sh "
              + String.join(" ", args)
              + " failed:\n"
              + Files.readString(out));
    }
  }

  /**
   * A port P whose neighbours the script also takes (P+42, P+43 for RPC and blobs, P+100 to P+199
   * for task managers) are free now.
   */
  private static int freePortRange() throws IOException {
    for (int attempt = 0; attempt < 50; attempt++) {
      int port = 20_000 + (int) (Math.random() * 20_000);
      if (free(port)
          && free(port + 42)
          && free(port + 43)
          && free(port + 100)
          && free(port + 101)) {
        return port;
      }
    }
    throw new IOException("no free port range found");
  }

  private static boolean free(int port) {
    try (ServerSocket socket = new ServerSocket(port)) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
