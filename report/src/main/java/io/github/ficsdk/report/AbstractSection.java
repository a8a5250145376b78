package io.github.ficsdk.report;

import java.util.List;
import org.immutables.value.Value;

/**
 * A section of a narrative: an id, a heading and its sentences, as declared
 * ({@link Narrative.Section}, sentences of parts) or as rendered ({@link Narrative.RenderedSection},
 * sentences of text). Compared by class and every property.
 *
 * <p>The part the two section types share, public so that its getters can be called by reflection
 * too (java.beans, template engines, JSON libraries); only those two types extend it.
 *
 * @param <T>  the type of a sentence
 * @since 0.2
 */
public abstract class AbstractSection<T> {
    /** The name of the section's type in {@link #toString()}, such as {@code Section}. */
    private final String typeName;

    AbstractSection(String typeName) {
        this.typeName = typeName;
    }

    /**
     * Returns the section id, such as {@code CENTRE}.
     *
     * @return the section id, never null
     */
    @Value.Parameter
    public abstract String getId();

    /**
     * Returns the heading: as declared, such as 围绕中心、主动作为，发挥工商联独特优势助推中心工作; as rendered,
     * numbered, such as （一）围绕中心…工作.
     *
     * @return the heading; empty for none; never null
     */
    @Value.Parameter
    public abstract String getHeading();

    /**
     * Returns the sentences; as rendered, each ends with 。.
     *
     * @return the sentences, never null
     */
    @Value.Parameter
    public abstract List<T> getSentences();

    /**
     * Returns the properties, for debugging, such as {@code Section[id=centre, heading=…, sentences=[…]]}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return typeName + "[id=" + getId() + ", heading=" + getHeading() + ", sentences=" + getSentences() + "]";
    }
}
