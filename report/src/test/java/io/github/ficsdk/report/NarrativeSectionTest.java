package io.github.ficsdk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ficsdk.report.Narrative.Part;
import io.github.ficsdk.report.Narrative.RenderedSection;
import io.github.ficsdk.report.Narrative.Section;
import io.github.ficsdk.report.Narrative.Sentence;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sections, declared and rendered, as values: their properties, copies, equality and text. */
class NarrativeSectionTest {

    @Test
    void section_keepsACopyOfItsSentencesAndComparesEveryProperty() {
        List<Sentence> sentences = new ArrayList<>(List.of(Sentence.of("visit", List.of(Part.of("累计走访", "{VISIT.EVENTS}")))));
        Section section = Section.of("centre", "围绕中心", sentences);
        sentences.clear();
        assertEquals(1, section.getSentences().size());
        assertEquals("centre", section.getId());
        assertEquals("围绕中心", section.getHeading());
        Section same = Section.of("centre", "围绕中心", section.getSentences());
        assertEquals(section, same);
        assertEquals(section.hashCode(), same.hashCode());
        assertNotEquals(section, Section.of("centre", "其他", section.getSentences()));
        assertNotEquals(section, Section.of("other", "围绕中心", section.getSentences()));
        assertNotEquals(section, Section.of("centre", "围绕中心", List.of()));
        assertEquals("Section[id=centre, heading=围绕中心, sentences=" + section.getSentences() + "]", section.toString());
        assertThrows(NullPointerException.class, () -> Section.of(null, "", List.of()));
        assertThrows(NullPointerException.class, () -> Section.of("x", null, List.of()));
    }

    @Test
    void getParagraph_joinsTheHeadingAndSentences_andNeverEqualsADeclaredSection() {
        RenderedSection rendered = RenderedSection.of("centre", "（一）围绕中心", List.of("走访 3 家。", "交流 2 次。"));
        assertEquals("（一）围绕中心。走访 3 家。交流 2 次。", rendered.getParagraph());
        assertEquals("走访 3 家。", RenderedSection.of("SENTENCES", "", List.of("走访 3 家。")).getParagraph());
        assertEquals(rendered, RenderedSection.of("centre", "（一）围绕中心", List.of("走访 3 家。", "交流 2 次。")));
        assertNotEquals(rendered, RenderedSection.of("centre", "（一）围绕中心", List.of("走访 3 家。")));
        assertEquals("RenderedSection[id=centre, heading=（一）围绕中心, sentences=[走访 3 家。, 交流 2 次。]]", rendered.toString());
        assertNotEquals(Section.of("centre", "", List.of()), RenderedSection.of("centre", "", List.of()));
        assertNotEquals(RenderedSection.of("centre", "", List.of()), Section.of("centre", "", List.of()));
    }
}
