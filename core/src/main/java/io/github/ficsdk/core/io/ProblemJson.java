package io.github.ficsdk.core.io;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import io.github.ficsdk.validation.SafeText;
import java.util.Objects;

/**
 * Writes a {@link DatasetProblem} as JSON, the same in every output of the SDK (the
 * {@linkplain DataQualityReport#toJsonLines(java.util.Locale) data-quality JSON Lines} of
 * {@code validate}, the {@code "problems"} of a report's JSON):
 *
 * <pre>{@code
 * {"file":"activities.jsonl","line":17,"id":"A17","path":"targets[0].id","severity":"WARNING","code":"UNKNOWN_REFERENCE","message":"…"}
 * }</pre>
 *
 * <p>{@code id} is {@code null} when the record's id could not be read; {@code line} is 0 for a
 * problem of a whole file, and {@code file} is {@code .} for one of the folder; {@code path} is in
 * the {@linkplain io.github.ficsdk.validation.FicProblem one path syntax} and empty for the whole
 * line. The problem's text is already {@linkplain DatasetProblem safe to print}; give the generator
 * the {@linkplain FicJson#displayEscapes() escapes for people} so that control characters are
 * escaped too:
 *
 * <pre>{@code
 * JsonFactory factory = new JsonFactoryBuilder().characterEscapes(FicJson.displayEscapes()).build();
 * try (JsonGenerator g = factory.createGenerator(writer)) {
 *     ProblemJson.write(g, problem);
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ProblemJson {

    private ProblemJson() {}

    /**
     * Writes a problem as one JSON object with the fields {@code file}, {@code line}, {@code id},
     * {@code path}, {@code severity}, {@code code} and {@code message}, in this order, and for a
     * {@linkplain DatasetProblem#getWaiver() waived} warning a last field
     * {@code "waived": {"reason", "approvedBy", "until"}} ({@code until} null when the waiver does not
     * lapse; absent for a problem not waived).
     *
     * @param generator  the generator, placed where a value may be written, not null
     * @param problem    the problem, not null
     * @throws IOException if the generator cannot write
     */
    public static void write(JsonGenerator generator, DatasetProblem problem) throws IOException {
        Objects.requireNonNull(problem, "problem");
        generator.writeStartObject();
        generator.writeStringField("file", problem.getFile());
        generator.writeNumberField("line", problem.getLine());
        generator.writeStringField("id", problem.getId().orElse(null));
        generator.writeStringField("path", problem.getProblemPath());
        generator.writeStringField("severity", problem.getSeverity().name());
        generator.writeStringField("code", problem.getProblemCode());
        generator.writeStringField("message", problem.getMessage());
        if (problem.getWaiver().isPresent()) {
            Waiver waiver = problem.getWaiver().get();
            generator.writeObjectFieldStart("waived");
            generator.writeStringField("reason", SafeText.forDisplay(waiver.getReason()));
            generator.writeStringField("approvedBy", SafeText.forDisplay(waiver.getApprovedBy()));
            generator.writeStringField("until", waiver.getUntil().map(Object::toString).orElse(null));
            generator.writeEndObject();
        }
        generator.writeEndObject();
    }
}
