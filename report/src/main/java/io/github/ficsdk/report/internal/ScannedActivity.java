package io.github.ficsdk.report.internal;

import java.util.Arrays;

/**
 * One activity as the statistics engine needs it, held as offsets into a byte buffer so that a
 * scanned line costs no allocation. Reused from line to line; not thread-safe.
 */
public final class ScannedActivity {

    /** Target type codes, in the order of {@code TargetType}. */
    public static final String[] TARGET_TYPES = {"CHAMBER", "ENTERPRISE", "PERSON", "FEDERATION", "DEPARTMENT"};

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
    /** Target types, as indexes into {@link #TARGET_TYPES}. */
    public byte[] targetType = new byte[4];
    /** Target id offsets. */
    public int[] targetOff = new int[4];
    /** Target id lengths. */
    public int[] targetLen = new int[4];

    /** Clears the holder for the next line. */
    public void reset() {
        organizerCount = 0;
        targetCount = 0;
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
        if (targetCount == targetOff.length) {
            targetType = Arrays.copyOf(targetType, targetCount * 2);
            targetOff = Arrays.copyOf(targetOff, targetCount * 2);
            targetLen = Arrays.copyOf(targetLen, targetCount * 2);
        }
        targetType[targetCount] = (byte) type;
        targetOff[targetCount] = off;
        targetLen[targetCount++] = len;
    }
}
