package com.koto.tutoring;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The idle-socket part of the load benchmark, run as a <em>separate process</em> so that the
 * client side's sockets and memory are not counted in the server's heap (and the two sides do not
 * share one file-descriptor limit): opens WebSockets with a bare HTTP upgrade (authenticated by
 * {@code ?access_token=}, one per learner session read from a file of {@code session token} lines),
 * holds them as an idle learner's client does (the Unity client sends an application {@code ping} every
 * 25 s and sends nothing else), then reports how many the server still holds open.
 * Prints {@code OPENED n failed f} when all are open and {@code HELD open o closed c} at the end.
 * Usage: {@code IdleSocketClients <port> <file> <holdSeconds>}.
 */
public final class IdleSocketClients {

    /** The Unity client's application ping interval ({@code TutorSession.PingInterval}). */
    private static final long PING_INTERVAL_MS = 25_000;

    private IdleSocketClients() {
    }

    /** Sends one masked text frame (client frames must be masked, RFC 6455 section 5.3); payload < 126 bytes. */
    private static void sendText(Socket s, String text) throws IOException {
        byte[] payload = text.getBytes(StandardCharsets.UTF_8);
        byte[] mask = new byte[4];
        ThreadLocalRandom.current().nextBytes(mask);
        byte[] frame = new byte[2 + 4 + payload.length];
        frame[0] = (byte) 0x81;
        frame[1] = (byte) (0x80 | payload.length);
        System.arraycopy(mask, 0, frame, 2, 4);
        for (int i = 0; i < payload.length; i++) {
            frame[6 + i] = (byte) (payload[i] ^ mask[i % 4]);
        }
        s.getOutputStream().write(frame);
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        List<String> lines = Files.readAllLines(Path.of(args[1]));
        int hold = Integer.parseInt(args[2]);
        ConcurrentLinkedQueue<Socket> open = new ConcurrentLinkedQueue<>();
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (String line : lines) {
            String[] parts = line.split(" ");
            pool.execute(() -> {
                try {
                    open.add(upgrade(port, parts[0], parts[1]));
                } catch (IOException e) {
                    failed.incrementAndGet();
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.MINUTES);
        System.out.println("OPENED " + open.size() + " failed " + failed.get());
        System.out.flush();
        long end = System.nanoTime() + hold * 1_000_000_000L;
        while (System.nanoTime() < end) {
            Thread.sleep(Math.min(PING_INTERVAL_MS, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
            if (System.nanoTime() < end) {
                for (Socket s : open) {
                    try {
                        sendText(s, "{\"type\":\"ping\"}");
                    } catch (IOException e) {
                        // reported by the check below
                    }
                }
            }
        }
        // checked in parallel: each open socket costs a 20 ms read time-out, so 10,000 checked one by one
        // would take over 3 minutes without pings, and the server would close them as idle meanwhile
        java.util.Map<String, Integer> closeReasons = new java.util.concurrent.ConcurrentHashMap<>();
        AtomicInteger openCount = new AtomicInteger();
        try (ExecutorService checks = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Socket s : new ArrayList<>(open)) {
                checks.execute(() -> {
                    String reason = closedBecause(s);
                    if (reason == null) {
                        openCount.incrementAndGet();
                    } else {
                        closeReasons.merge(reason, 1, Integer::sum);
                    }
                });
            }
        }
        int stillOpen = openCount.get();
        java.util.Map<String, Integer> reasons = new java.util.TreeMap<>(closeReasons);
        System.out.println("HELD open " + stillOpen + " closed " + (open.size() - stillOpen) + " " + reasons);
        System.out.flush();
        // wait to be told to close (stdin closes), so the server can be measured while they are open
        System.in.read();
        for (Socket s : open) {
            s.close();
        }
    }

    private static Socket upgrade(int port, String session, String token) throws IOException {
        Socket s = new Socket();
        s.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
        s.setSoTimeout(20_000);
        byte[] nonce = new byte[16];
        ThreadLocalRandom.current().nextBytes(nonce);
        String request = "GET /ws/sessions/" + session + "?access_token=" + token + " HTTP/1.1\r\n"
                + "Host: 127.0.0.1:" + port + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Key: " + Base64.getEncoder().encodeToString(nonce) + "\r\n"
                + "Sec-WebSocket-Version: 13\r\n\r\n";
        s.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
        InputStream in = s.getInputStream();
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                s.close();
                throw new IOException("closed during the handshake");
            }
            head.append((char) b);
        }
        if (!head.toString().startsWith("HTTP/1.1 101")) {
            s.close();
            throw new IOException("not upgraded: " + head.toString().lines().findFirst().orElse(""));
        }
        // the first frame is the resume message (the current activity): proof the socket was admitted
        int opcode = readFrame(new DataInputStream(in));
        if (opcode != 1) {
            s.close();
            throw new IOException("expected a text frame, got opcode " + opcode);
        }
        return s;
    }

    /** Reads one unmasked server frame; returns its opcode, -1 at end of stream. */
    private static int readFrame(DataInputStream in) throws IOException {
        int b0 = in.read();
        if (b0 < 0) {
            return -1;
        }
        long len = in.readUnsignedByte() & 0x7f;
        if (len == 126) {
            len = in.readUnsignedShort();
        } else if (len == 127) {
            len = in.readLong();
        }
        in.skipNBytes(len);
        return b0 & 0x0f;
    }

    /**
     * Why the server closed the socket (end of stream, or a close frame with its status code among
     * what is waiting), or {@code null} while it is open.
     */
    private static String closedBecause(Socket s) {
        try {
            s.setSoTimeout(20);
            DataInputStream in = new DataInputStream(s.getInputStream());
            while (true) {
                int b0;
                try {
                    b0 = in.read();
                } catch (java.net.SocketTimeoutException e) {
                    return null; // nothing more waiting: still open (pings and messages were read)
                }
                if (b0 < 0) {
                    return "eof";
                }
                s.setSoTimeout(2000);
                long len = in.readUnsignedByte() & 0x7f;
                if (len == 126) {
                    len = in.readUnsignedShort();
                } else if (len == 127) {
                    len = in.readLong();
                }
                if ((b0 & 0x0f) == 8) {
                    return "close " + (len >= 2 ? in.readUnsignedShort() : 1005);
                }
                in.skipNBytes(len);
                s.setSoTimeout(20);
            }
        } catch (IOException e) {
            return e.getClass().getSimpleName();
        }
    }
}
