package io.github.ficsdk.core.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.ficsdk.validation.FicProblem;
import io.github.ficsdk.validation.SafeText;
import java.util.Objects;

/**
 * Thrown by the {@link FicJacksonModule} deserializers when a JSON object is not a valid record,
 * with the same {@linkplain #getProblemCode() problem code} and {@linkplain #getProblemPath() path}
 * that {@link JsonLinesReader} reports for the line, such as {@code END_BEFORE_START} at {@code end}.
 *
 * <pre>{@code
 * try {
 *     FicJson.mapper().readValue(json, Activity.class);
 * } catch (InvalidRecordException e) {
 *     e.getProblemPath();  // "participants"
 *     e.getProblemCode();  // "NEGATIVE"
 * }
 * }</pre>
 *
 * <p>The message goes through {@link SafeText#forDisplay(String)}: a value quoted from the record
 * never shows an ID-card or mobile number in full nor a control character.
 *
 * <p>It is a {@link FicProblem}, an error. (Jackson's own {@link #getPath()} is the list of
 * references to the value; {@link #getProblemPath()} is the path in the SDK's syntax.)
 *
 * @since 0.1
 */
public class InvalidRecordException extends JsonMappingException implements FicProblem {

    private static final long serialVersionUID = 1L;

    /** The property path. */
    private final String problemPath;
    /** The problem code. */
    private final String problemCode;

    /**
     * Creates the exception.
     *
     * @param parser       the parser, may be null
     * @param problemPath  the property path, empty for the whole object, not null
     * @param problemCode  the stable problem code, not null
     * @param message      the message, not null
     */
    public InvalidRecordException(JsonParser parser, String problemPath, String problemCode, String message) {
        super(parser, SafeText.forDisplay(message));
        this.problemPath = Objects.requireNonNull(problemPath, "problemPath");
        this.problemCode = Objects.requireNonNull(problemCode, "problemCode");
    }

    /**
     * Returns the message with the location and the reference chain that Jackson adds, made safe
     * to print like the message itself (a property name in the chain may come from the data).
     *
     * @return the message, never null
     */
    @Override
    public String getMessage() {
        return SafeText.forDisplay(super.getMessage());
    }

    /**
     * Returns {@link #getMessage()}, which {@link #toString()} and stack traces print.
     *
     * @return the message, never null
     */
    @Override
    public String getLocalizedMessage() {
        return getMessage();
    }

    /**
     * Returns the property path, such as {@code targets[0].id}.
     *
     * @return the path, empty for the whole object, never null
     */
    @Override
    public String getProblemPath() {
        return problemPath;
    }

    /**
     * Returns the stable problem code, such as {@code NEGATIVE}.
     *
     * @return the code, never null
     */
    @Override
    public String getProblemCode() {
        return problemCode;
    }

}
