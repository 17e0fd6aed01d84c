package dev.ateraharness.client;

import java.util.Map;
import java.util.TreeMap;

/**
 * Hands answers on in the order they were requested, and bounds memory: a new request may start only while fewer
 * than {@code capacity} requests are requested-but-not-acknowledged. Sequence numbers count requests from 0
 * (page 1 included); an answer is acknowledged when delivered (push) or when the consumer takes it (pull). Not
 * thread-safe: guarded by the fan-out.
 *
 * @param <R> an answer
 */
final class ReorderBuffer<R> {

    private final int capacity;
    private final TreeMap<Long, R> ready = new TreeMap<>();
    private long nextSeq;
    private long deliverSeq;
    private long ackedSeq;

    ReorderBuffer(int capacity) {
        this.capacity = capacity;
    }

    /** Whether another request may start: fewer than {@code capacity} not yet acknowledged. */
    boolean hasRoom() {
        return nextSeq < ackedSeq + capacity;
    }

    /** Whether one more delivery may be asked for one at a time (the cursor phase, before any fan-out). */
    boolean hasRoomAfterDelivered() {
        return deliverSeq < ackedSeq + capacity;
    }

    /** The sequence number of a new request. */
    long claim() {
        return nextSeq++;
    }

    /** Counts an answer delivered without passing through the buffer (the cursor's pages); the next is claimed after. */
    void deliveredDirectly() {
        deliverSeq++;
        nextSeq = deliverSeq;
    }

    /** Stores an answer. */
    void put(long seq, R answer) {
        ready.put(seq, answer);
    }

    /** The next answer in request order if it has come, else null; it counts as delivered. */
    R pollNext() {
        if (ready.isEmpty() || ready.firstKey() != deliverSeq) {
            return null;
        }
        Map.Entry<Long, R> e = ready.pollFirstEntry();
        deliverSeq++;
        return e.getValue();
    }

    boolean isEmpty() {
        return ready.isEmpty();
    }

    /** Acknowledges everything delivered so far (push mode). */
    void ackDelivered() {
        ackedSeq = deliverSeq;
    }

    /** Acknowledges one page (pull mode: the consumer took it). */
    void ack() {
        ackedSeq++;
    }

    /** Answers delivered so far. */
    long delivered() {
        return deliverSeq;
    }
}
