package io.github.ficsdk.core.appraisal.internal;

import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The record ids behind one derived evidence value: an unmodifiable list over an array that its
 * builder hands over and never touches again, so the evidence table keeps it without a copy.
 * Internal: not part of the API.
 */
public final class ImmutableIds extends AbstractList<String> implements RandomAccess {

    private final String[] ids;
    private final int size;

    /**
     * Takes over an array.
     *
     * @param ids   the ids; the caller must not change the first {@code size} elements afterwards
     * @param size  how many of them are used
     */
    public ImmutableIds(String[] ids, int size) {
        this.ids = ids;
        this.size = size;
    }

    @Override
    public String get(int index) {
        Objects.checkIndex(index, size);
        return ids[index];
    }

    @Override
    public int size() {
        return size;
    }
}
