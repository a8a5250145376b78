package io.github.ficsdk.report;

import java.util.List;
import java.util.Objects;

/**
 * A section of a narrative: an id, a heading and its sentences, as declared
 * ({@link Narrative.Section}, sentences of parts) or as rendered ({@link Narrative.RenderedSection},
 * sentences of text). Compared by class and every property.
 *
 * @param <T>  the type of a sentence
 */
abstract class AbstractSection<T> {
    private final String id;
    private final String heading;
    private final List<T> sentences;

    AbstractSection(String id, String heading, List<T> sentences) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(heading, "heading");
        sentences = List.copyOf(sentences);
        this.id = id;
        this.heading = heading;
        this.sentences = sentences;
    }

    /**
     * Returns the section id, such as {@code CENTRE}.
     *
     * @return the section id, never null
     */
    public String getId() {
        return id;
    }

    /**
     * Returns the heading: as declared, such as 围绕中心、主动作为，发挥工商联独特优势助推中心工作; as rendered,
     * numbered, such as （一）围绕中心…工作.
     *
     * @return the heading; empty for none; never null
     */
    public String getHeading() {
        return heading;
    }

    /**
     * Returns the sentences; as rendered, each ends with 。.
     *
     * @return the sentences, never null
     */
    public List<T> getSentences() {
        return sentences;
    }

    /**
     * Compares every property of two sections of the same class.
     *
     * @param other  the other object, may be null
     * @return true if it is an equal value
     */
    @Override
    public boolean equals(Object other) {
        return other == this || other != null && other.getClass() == getClass() && other instanceof AbstractSection<?> o
                && id.equals(o.id) && heading.equals(o.heading) && sentences.equals(o.sentences);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(id, heading, sentences);
    }

    /**
     * Returns the properties, for debugging, such as {@code Section[id=centre, heading=…, sentences=[…]]}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return getClass().getSimpleName() + "[id=" + id + ", heading=" + heading + ", sentences=" + sentences + "]";
    }
}
