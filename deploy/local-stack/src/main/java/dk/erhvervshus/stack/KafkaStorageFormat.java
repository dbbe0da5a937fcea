package dk.erhvervshus.stack;

import kafka.tools.StorageTool;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Runs in a short child JVM on the broker classpath (see {@link KafkaBroker}): formats the KRaft
 * storage with one SCRAM-SHA-512 credential per user. The storage tool takes credentials only as
 * arguments; calling it in-process keeps them off every command line. Usage:
 * {@code KafkaStorageFormat SERVER_PROPERTIES CLUSTER_ID USERS_FILE}, USERS_FILE holding
 * {@code user=password} lines (mode 0600).
 */
public final class KafkaStorageFormat {

    private KafkaStorageFormat() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: KafkaStorageFormat SERVER_PROPERTIES CLUSTER_ID USERS_FILE");
            System.exit(2);
        }
        Properties users = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of(args[2]), StandardCharsets.UTF_8)) {
            users.load(in);
        }
        List<String> format = new ArrayList<>(List.of("format", "-t", args[1], "-c", args[0]));
        for (String user : users.stringPropertyNames()) {
            format.add("--add-scram");
            format.add("SCRAM-SHA-512=[name=" + user + ",password=" + users.getProperty(user) + "]");
        }
        System.exit(StorageTool.execute(format.toArray(String[]::new), System.out));
    }
}
