package com.koto.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.support.IntegrationTest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The PostgreSQL advisory lock serialises work across callers (as across instances). */
class ClusterLockTest extends IntegrationTest {

    @Autowired
    ClusterLock lock;

    @Test
    void holdersOfTheSameLockNeverOverlap() throws Exception {
        List<String> trace = new CopyOnWriteArrayList<>();
        CountDownLatch go = new CountDownLatch(1);
        Runnable contender = () -> {
            try {
                go.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            lock.exclusively("koto:test:seed", () -> {
                trace.add("in");
                try {
                    Thread.sleep(150);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                trace.add("out");
            });
        };
        Thread a = Thread.ofPlatform().start(contender);
        Thread b = Thread.ofPlatform().start(contender);
        Thread c = Thread.ofPlatform().start(contender);
        go.countDown();
        a.join();
        b.join();
        c.join();
        assertThat(trace).containsExactly("in", "out", "in", "out", "in", "out");

        // a different lock name does not wait
        List<String> other = new CopyOnWriteArrayList<>();
        lock.exclusively("koto:test:other", () -> lock.exclusively("koto:test:seed", () -> other.add("nested")));
        assertThat(other).containsExactly("nested");
    }
}
