package io.github.ficsdk.report.internal;

import io.github.ficsdk.core.io.bytes.ByteRules;
import io.github.ficsdk.core.activity.ActivityRecord;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Puts an {@link ActivityRecord} (an {@code Activity} value, or any other implementation) into a
 * {@link ScannedActivity}, so that values read by the strict reader or built in code are
 * aggregated by exactly the same code as lines read by the scanner. A target repeated within the
 * activity (same type and id) is put once, as the scanner does. Not thread-safe.
 */
public final class ActivityEncoder {

    private byte[] buf = new byte[256];
    private int size;

    /**
     * Encodes an activity.
     *
     * @param record  the activity
     * @param into    receives it; reset by this call
     */
    public void encode(ActivityRecord record, ScannedActivity into) {
        size = 0;
        into.reset();
        int idOff = put(record.getId());
        into.idLen = size - idOff;
        into.idOff = idOff;
        int kindOff = put(record.getKind().getCode());
        into.kindOff = kindOff;
        into.kindLen = size - kindOff;
        into.start = ByteRules.yyyymmdd(record.getStart());
        into.end = into.start;
        into.sessions = record.getSessions();
        into.participants = record.getParticipantCount();
        into.copies = record.getCopyCount();
        into.amountFen = record.getAmountFen();
        for (int i = 0; i < record.getOrganizerCount(); i++) {
            int off = put(record.getOrganizer(i));
            into.addOrganizer(off, size - off);
        }
        for (int i = 0; i < record.getTargetCount(); i++) {
            int off = put(record.getTargetId(i));
            int type = record.getTargetType(i).ordinal();
            if (!into.addTargetOnce(buf, type, off, size - off, ByteKeyTable.hash(buf, off, size - off))) {
                size = off; // a target repeated within the activity: the pair counts once
            }
        }
        into.buf = buf;
    }

    private int put(String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        if (size + bytes.length > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + bytes.length));
        }
        int off = size;
        System.arraycopy(bytes, 0, buf, off, bytes.length);
        size += bytes.length;
        return off;
    }
}
