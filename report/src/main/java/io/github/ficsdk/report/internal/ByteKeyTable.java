package io.github.ficsdk.report.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An insertion-ordered hash set of byte strings that looks keys up without allocating: keys are
 * copied into one arena on insertion, and each key gets a dense index (0, 1, 2 …) that callers use
 * to keep values in parallel arrays. Not thread-safe: one per thread, merged afterwards.
 */
public final class ByteKeyTable {

    private static final int EMPTY = -1;

    private int[] slots;          // index of the key, or EMPTY
    private int[] slotHashes;
    private byte[] arena = new byte[1024];
    private int arenaSize;
    private int[] offsets = new int[16];
    private int[] lengths = new int[16];
    private int[] hashes = new int[16];
    private int size;

    /** Creates an empty table. */
    public ByteKeyTable() {
        this(16);
    }

    /**
     * Creates an empty table sized for about {@code expected} keys.
     *
     * @param expected  the expected number of keys
     */
    public ByteKeyTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        slots = new int[capacity];
        slotHashes = new int[capacity];
        Arrays.fill(slots, EMPTY);
    }

    /**
     * Hashes a byte range; the same function for every table so that a hash computed once serves
     * lookups in many tables.
     *
     * @param buf  the bytes
     * @param off  the first byte
     * @param len  the number of bytes
     * @return the hash
     */
    public static int hash(byte[] buf, int off, int len) {
        int h = 0x811C9DC5;
        int end = off + len;
        for (int i = off; i < end; i++) {
            h = (h ^ buf[i]) * 0x01000193;
        }
        return h ^ (h >>> 15);
    }

    /**
     * Returns the number of keys.
     *
     * @return the size
     */
    public int size() {
        return size;
    }

    /**
     * Finds a key.
     *
     * @param buf   the bytes holding the key
     * @param off   the first byte of the key
     * @param len   the length of the key
     * @param hash  {@link #hash(byte[], int, int)} of the key
     * @return the key's index, or -1 when absent
     */
    public int find(byte[] buf, int off, int len, int hash) {
        int mask = slots.length - 1;
        for (int s = hash & mask; ; s = (s + 1) & mask) {
            int index = slots[s];
            if (index == EMPTY) {
                return -1;
            }
            if (slotHashes[s] == hash && lengths[index] == len
                    && Arrays.equals(arena, offsets[index], offsets[index] + len, buf, off, off + len)) {
                return index;
            }
        }
    }

    /**
     * Finds a key or adds it.
     *
     * @param buf   the bytes holding the key
     * @param off   the first byte of the key
     * @param len   the length of the key
     * @param hash  {@link #hash(byte[], int, int)} of the key
     * @return the key's index; {@code -(index + 1)} when it was added by this call
     */
    public int addIfAbsent(byte[] buf, int off, int len, int hash) {
        int mask = slots.length - 1;
        int s = hash & mask;
        for (; ; s = (s + 1) & mask) {
            int index = slots[s];
            if (index == EMPTY) {
                break;
            }
            if (slotHashes[s] == hash && lengths[index] == len
                    && Arrays.equals(arena, offsets[index], offsets[index] + len, buf, off, off + len)) {
                return index;
            }
        }
        int index = size++;
        if (index == offsets.length) {
            int n = index * 2;
            offsets = Arrays.copyOf(offsets, n);
            lengths = Arrays.copyOf(lengths, n);
            hashes = Arrays.copyOf(hashes, n);
        }
        if (arenaSize + len > arena.length) {
            arena = Arrays.copyOf(arena, Math.max(arena.length * 2, arenaSize + len));
        }
        System.arraycopy(buf, off, arena, arenaSize, len);
        offsets[index] = arenaSize;
        lengths[index] = len;
        hashes[index] = hash;
        arenaSize += len;
        slots[s] = index;
        slotHashes[s] = hash;
        if (size * 2 > slots.length) {
            rehash();
        }
        return -(index + 1);
    }

    /**
     * Adds a key given as a string (UTF-8).
     *
     * @param key  the key
     * @return as {@link #addIfAbsent(byte[], int, int, int)}
     */
    public int addIfAbsent(String key) {
        byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
        return addIfAbsent(bytes, 0, bytes.length, hash(bytes, 0, bytes.length));
    }

    /**
     * Finds a key given as a string (UTF-8).
     *
     * @param key  the key
     * @return the index, or -1
     */
    public int find(String key) {
        byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
        return find(bytes, 0, bytes.length, hash(bytes, 0, bytes.length));
    }

    /**
     * Adds every key of another table.
     *
     * @param other  the other table
     */
    public void addAll(ByteKeyTable other) {
        for (int i = 0; i < other.size; i++) {
            addIfAbsent(other.arena, other.offsets[i], other.lengths[i], other.hashes[i]);
        }
    }

    /**
     * Returns a key as a string.
     *
     * @param index  the key's index
     * @return the key decoded as UTF-8
     */
    public String key(int index) {
        return new String(arena, offsets[index], lengths[index], StandardCharsets.UTF_8);
    }

    private void rehash() {
        int capacity = slots.length * 2;
        int[] newSlots = new int[capacity];
        int[] newHashes = new int[capacity];
        Arrays.fill(newSlots, EMPTY);
        int mask = capacity - 1;
        for (int i = 0; i < size; i++) {
            int s = hashes[i] & mask;
            while (newSlots[s] != EMPTY) {
                s = (s + 1) & mask;
            }
            newSlots[s] = i;
            newHashes[s] = hashes[i];
        }
        slots = newSlots;
        slotHashes = newHashes;
    }
}
