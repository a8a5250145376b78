package io.github.ficsdk.report.internal;

import io.github.ficsdk.core.activity.TargetType;
import java.util.Arrays;

/**
 * One activity as the statistics engine needs it, held as offsets into a byte buffer so that a
 * scanned line costs no allocation. Reused from line to line; not thread-safe.
 */
public final class ScannedActivity {

    private static final TargetType[] TARGET_TYPES = TargetType.values();

    /** The bytes the offsets refer to. */
    public byte[] buf;
    /** The activity id. */
    public int idOff;
    /** The activity id's length. */
    public int idLen;
    /** The kind code. */
    public int kindOff;
    /** The kind code's length. */
    public int kindLen;
    /** The start date as yyyymmdd. */
    public int start;
    /** The end date as yyyymmdd (the start when absent). */
    public int end;
    /** The number of sessions, 1 when absent. */
    public long sessions;
    /** The number of participants, 0 when absent. */
    public long participants;
    /** The number of copies, 0 when absent. */
    public long copies;
    /** The amount in fen, 0 when absent. */
    public long amountFen;

    /** The number of organizers. */
    public int organizerCount;
    /** Organizer id offsets. */
    public int[] organizerOff = new int[4];
    /** Organizer id lengths. */
    public int[] organizerLen = new int[4];

    /** The number of targets. */
    public int targetCount;
    /** Target types, as the {@link TargetType#ordinal()} of each (see {@link #targetTypeOf(int)}). */
    public byte[] targetType = new byte[4];
    /** Target id offsets. */
    public int[] targetOff = new int[4];
    /** Target id lengths. */
    public int[] targetLen = new int[4];
    /** Target id hashes ({@link ByteKeyTable#hash}). */
    public int[] targetHash = new int[4];
    /** The index in {@code targets} of each target held. */
    public int[] targetIndex = new int[4];
    /** The number of targets read, repeats included. */
    public int targetsRead;
    /** The number of targets left out because they repeat an earlier one. */
    public int repeatCount;
    /** For each repeat, its index in {@code targets}. */
    public int[] repeatIndex = new int[2];
    /** For each repeat, the index in {@code targets} of the earlier target it repeats. */
    public int[] repeatEarlier = new int[2];
    /** Open addressing over the targets (index + 1, 0 = empty), once there are many; else null. */
    private int[] targetTable;
    private static final int LINEAR = 16;

    /**
     * Returns the type of a target held.
     *
     * @param t  the index of the target among those held
     * @return the type
     */
    public TargetType targetTypeOf(int t) {
        return TARGET_TYPES[targetType[t]];
    }

    /** Clears the holder for the next line. */
    public void reset() {
        organizerCount = 0;
        targetCount = 0;
        targetTable = null;
        targetsRead = 0;
        repeatCount = 0;
        sessions = 1;
        participants = 0;
        copies = 0;
        amountFen = 0;
        end = 0;
    }

    /**
     * Appends an organizer.
     *
     * @param off  the offset of its id
     * @param len  the length of its id
     */
    public void addOrganizer(int off, int len) {
        if (organizerCount == organizerOff.length) {
            organizerOff = Arrays.copyOf(organizerOff, organizerCount * 2);
            organizerLen = Arrays.copyOf(organizerLen, organizerCount * 2);
        }
        organizerOff[organizerCount] = off;
        organizerLen[organizerCount++] = len;
    }

    /**
     * Appends a target.
     *
     * @param type  the index of its type
     * @param off   the offset of its id
     * @param len   the length of its id
     */
    public void addTarget(int type, int off, int len) {
        addTarget(type, off, len, ByteKeyTable.hash(buf, off, len));
    }

    /**
     * Appends a target whose id hash is known.
     *
     * @param type  the index of its type
     * @param off   the offset of its id
     * @param len   the length of its id
     * @param hash  {@link ByteKeyTable#hash} of its id
     */
    public void addTarget(int type, int off, int len, int hash) {
        if (targetCount == targetOff.length) {
            targetType = Arrays.copyOf(targetType, targetCount * 2);
            targetOff = Arrays.copyOf(targetOff, targetCount * 2);
            targetLen = Arrays.copyOf(targetLen, targetCount * 2);
            targetHash = Arrays.copyOf(targetHash, targetCount * 2);
            targetIndex = Arrays.copyOf(targetIndex, targetCount * 2);
        }
        targetIndex[targetCount] = targetsRead++;
        targetType[targetCount] = (byte) type;
        targetOff[targetCount] = off;
        targetLen[targetCount] = len;
        targetHash[targetCount++] = hash;
        if (targetTable != null) {
            if (targetCount * 2 > targetTable.length) {
                buildTable();
            } else {
                insert(targetCount - 1);
            }
        } else if (targetCount == LINEAR) {
            buildTable();
        }
    }

    /**
     * Adds a target unless one of the same type and id is already held: a target repeated within
     * one activity counts once, and the repeat is noted ({@link #repeatIndex}, {@link #repeatEarlier}).
     *
     * @param b     the bytes holding the new id and every target's id
     * @param type  the index of its type
     * @param off   the offset of its id
     * @param len   the length of its id
     * @param hash  {@link ByteKeyTable#hash} of its id
     * @return true if it was added, false if it repeats an earlier target
     */
    public boolean addTargetOnce(byte[] b, int type, int off, int len, int hash) {
        int earlier = findTarget(b, type, off, len, hash);
        if (earlier < 0) {
            addTarget(type, off, len, hash);
            return true;
        }
        if (repeatCount == repeatIndex.length) {
            repeatIndex = Arrays.copyOf(repeatIndex, repeatCount * 2);
            repeatEarlier = Arrays.copyOf(repeatEarlier, repeatCount * 2);
        }
        repeatIndex[repeatCount] = targetsRead++;
        repeatEarlier[repeatCount++] = targetIndex[earlier];
        return false;
    }

    /** Returns the held target of the same type and id, or -1. */
    private int findTarget(byte[] b, int type, int off, int len, int hash) {
        if (targetTable == null) {
            for (int t = 0; t < targetCount; t++) {
                if (same(b, t, type, off, len, hash)) {
                    return t;
                }
            }
            return -1;
        }
        int mask = targetTable.length - 1;
        for (int s = (hash ^ type) & mask; ; s = (s + 1) & mask) {
            int t = targetTable[s] - 1;
            if (t < 0) {
                return -1;
            }
            if (same(b, t, type, off, len, hash)) {
                return t;
            }
        }
    }

    private boolean same(byte[] b, int t, int type, int off, int len, int hash) {
        return targetType[t] == type && targetHash[t] == hash && targetLen[t] == len
                && Arrays.equals(b, targetOff[t], targetOff[t] + len, b, off, off + len);
    }

    private void buildTable() {
        targetTable = new int[Integer.highestOneBit(targetCount * 4 - 1) << 1];
        for (int t = 0; t < targetCount; t++) {
            insert(t);
        }
    }

    private void insert(int t) {
        int mask = targetTable.length - 1;
        int s = (targetHash[t] ^ targetType[t]) & mask;
        while (targetTable[s] != 0) {
            s = (s + 1) & mask;
        }
        targetTable[s] = t + 1;
    }
}
