package io.github.ficsdk.core.io.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.json.JsonWriteFeature;

/** The strict Jackson factories. Never handed out to users (they are mutable). Internal. */
public final class Factories {

    /** The deepest nesting accepted; the deepest record (activity → targets → target) needs 3. */
    public static final int MAX_NESTING_DEPTH = 64;
    /** The longest number accepted, in characters. */
    public static final int MAX_NUMBER_LENGTH = 100;
    /** The longest string accepted, in characters. */
    public static final int MAX_STRING_LENGTH = 1 << 20;
    /** The longest property name accepted, in characters. */
    public static final int MAX_NAME_LENGTH = 1000;

    private Factories() {}

    /** A new strict factory; duplicate detection on or off (the record readers detect duplicates themselves). */
    public static JsonFactory strict(boolean duplicateDetection) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .maxNameLength(MAX_NAME_LENGTH)
                        .build())
                .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
                .configure(StreamReadFeature.STRICT_DUPLICATE_DETECTION, duplicateDetection)
                .configure(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION, false)
                .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
                .build();
        return factory;
    }

    /** The shared factory of the record readers and writers; never reconfigured. */
    public static final JsonFactory RECORDS = strict(false);
}
