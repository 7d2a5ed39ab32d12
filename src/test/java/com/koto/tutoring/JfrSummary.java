package com.koto.tutoring;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises a Flight Recording of a benchmark (the benchmarks write one with {@code -Dbench.jfr=true}):
 * the CPU samples' top methods (self), the share of samples that pass through chosen code paths
 * (inclusive), the allocation by allocating method, and the JDBC statement paths. Prints Markdown.
 * Run: {@code java -cp target/test-classes com.koto.tutoring.JfrSummary file.jfr [from-iso to-iso]}.
 */
public final class JfrSummary {

    private JfrSummary() {
    }

    /** Inclusive markers: a sample counts for the first marker found among its frames (leaf first). */
    static final List<String> MARKERS = List.of(
            "org.postgresql.", "com.zaxxer.hikari.", "org.hibernate.", "org.springframework.transaction.",
            "com.koto.evaluation.", "org.apache.lucene.", "tools.jackson.", "com.koto.tutoring.internal.SessionStore",
            "org.springframework.security.oauth2.jwt.", "com.nimbusds.", "org.apache.tomcat.websocket.",
            "org.apache.coyote.", "java.net.http.", "com.koto.tutoring.LoadDriver", "io.micrometer.",
            "org.springframework.modulith.", "ch.qos.logback.", "com.koto.speech.", "com.koto.tutoring.",
            "com.koto.", "jdk.internal.misc.Unsafe.park", "java.lang.VirtualThread");

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        Instant from = args.length > 1 ? Instant.parse(args[1]) : Instant.MIN;
        Instant to = args.length > 2 ? Instant.parse(args[2]) : Instant.MAX;
        Map<String, Long> self = new HashMap<>();
        Map<String, Long> inclusive = new LinkedHashMap<>();
        Map<String, Long> komethods = new HashMap<>();
        Map<String, Double> alloc = new HashMap<>();
        Map<String, Double> allocKoto = new HashMap<>();
        double allocTotal = 0;
        long samples = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
            if (e.getStartTime().isBefore(from) || e.getStartTime().isAfter(to)) {
                continue;
            }
            String type = e.getEventType().getName();
            RecordedStackTrace st = e.getStackTrace();
            if (st == null) {
                continue;
            }
            List<RecordedFrame> frames = st.getFrames();
            if (frames.isEmpty()) {
                continue;
            }
            if (type.equals("jdk.ExecutionSample")) {
                samples++;
                self.merge(name(frames.getFirst()), 1L, Long::sum);
                String marker = "(other)";
                outer:
                for (RecordedFrame f : frames) {
                    String n = name(f);
                    for (String m : MARKERS) {
                        if (n.startsWith(m)) {
                            marker = m;
                            break outer;
                        }
                    }
                }
                inclusive.merge(marker, 1L, Long::sum);
                java.util.Set<String> seen = new java.util.HashSet<>();
                for (RecordedFrame f : frames) {
                    String n = name(f);
                    if (n.startsWith("com.koto.") && seen.add(n)) {
                        komethods.merge(n, 1L, Long::sum);
                    }
                }
            } else if (type.equals("jdk.ObjectAllocationSample")) {
                double w = e.getLong("weight");
                allocTotal += w;
                alloc.merge(name(frames.getFirst()), w, Double::sum);
                for (RecordedFrame f : frames) {
                    String n = name(f);
                    if (n.startsWith("com.koto.") && !n.startsWith("com.koto.tutoring.LoadDriver")) {
                        allocKoto.merge(n, w, Double::sum);
                        break;
                    }
                }
            }
        }
        System.out.printf("execution samples: %d; allocation sampled: %.0f MiB%n%n", samples, allocTotal / 1048576);
        System.out.println("### CPU samples by first matching code path (leaf first)");
        print(inclusive, samples, 40);
        System.out.println("### CPU samples, top methods (self)");
        print(self, samples, 30);
        System.out.println("### CPU samples through com.koto methods (inclusive)");
        print(komethods, samples, 40);
        System.out.println("### allocation by allocating method (MiB)");
        printD(alloc, allocTotal, 25);
        System.out.println("### allocation by nearest com.koto frame (MiB)");
        printD(allocKoto, allocTotal, 25);
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    private static void print(Map<String, Long> m, long total, int n) {
        m.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(n)
                .forEach(e -> System.out.printf("%6d %5.1f%%  %s%n", e.getValue(), 100.0 * e.getValue() / total, e.getKey()));
        System.out.println();
    }

    private static void printD(Map<String, Double> m, double total, int n) {
        m.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(n)
                .forEach(e -> System.out.printf("%8.1f %5.1f%%  %s%n", e.getValue() / 1048576, 100.0 * e.getValue() / total,
                        e.getKey()));
        System.out.println();
    }
}
