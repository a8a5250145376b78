package io.github.ficsdk.core.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ficsdk.core.appraisal.scheme.Scheme;
import io.github.ficsdk.core.appraisal.scheme.SubjectType;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SchemeCatalogTest {

    @Test
    void select_bySubjectDateAndRegion() {
        Scheme four = SchemeCatalog.reference().get("FOUR_GOOD_CHAMBER", "2017");
        Scheme zhejiang = Scheme.builder().from(four).version("2019-ZJ").region("330000")
                .validFrom(LocalDate.of(2019, 1, 1)).build();
        Scheme jiaxing = Scheme.builder().from(four).version("2019-JX").region("330400")
                .validFrom(LocalDate.of(2019, 1, 1)).validTo(LocalDate.of(2019, 12, 31)).build();
        SchemeCatalog catalog = SchemeCatalog.of(java.util.List.of(four, zhejiang, jiaxing));
        LocalDate day2018 = LocalDate.of(2018, 12, 31);
        LocalDate day2019 = LocalDate.of(2019, 12, 31);
        assertEquals("2017", catalog.select(SubjectType.CHAMBER, day2018, "330421").orElseThrow().getVersion());
        assertEquals("2019-JX", catalog.select(SubjectType.CHAMBER, day2019, "330421").orElseThrow().getVersion());
        assertEquals("2019-ZJ", catalog.select(SubjectType.CHAMBER, day2019, "330102").orElseThrow().getVersion());
        assertEquals("2019-ZJ", catalog.select(SubjectType.CHAMBER, LocalDate.of(2020, 6, 30), "330421").orElseThrow().getVersion());
        assertEquals("2017", catalog.select(SubjectType.CHAMBER, day2019, "320100").orElseThrow().getVersion());
        assertEquals("2017", catalog.select("FOUR_GOOD_CHAMBER", day2019, null).orElseThrow().getVersion());
        assertTrue(catalog.select(SubjectType.FEDERATION, day2019, "330421").isEmpty());
        assertTrue(catalog.select(SubjectType.CHAMBER, LocalDate.of(2016, 1, 1), "330421").isEmpty());
    }

    @Test
    void reference_threeSchemes() {
        assertEquals(4, SchemeCatalog.reference().getSchemes().size());
        assertEquals("COUNTY_ANNUAL_ASSESSMENT", SchemeCatalog.reference().get("COUNTY_ANNUAL_ASSESSMENT", "2017").getId());
        assertEquals("五优县级工商联", SchemeCatalog.reference().get("FIVE_EXCELLENCE_COUNTY", "2017").getName());
        // two appraisals of federations now (五优 and the annual assessment): choose by id
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> SchemeCatalog.reference().select(SubjectType.FEDERATION, LocalDate.of(2017, 12, 31), "330421"));
        assertTrue(e.getMessage().contains("COUNTY_ANNUAL_ASSESSMENT") && e.getMessage().contains("FIVE_EXCELLENCE_COUNTY"),
                e.getMessage());
        assertEquals(SubjectType.FEDERATION, SchemeCatalog.reference().select("COUNTY_ANNUAL_ASSESSMENT",
                LocalDate.of(2017, 12, 31), "330421").orElseThrow().getSubject());
    }

    @Test
    void select_bySubjectType_refusesToChooseBetweenDifferentAppraisals() {
        LocalDate day2018 = LocalDate.of(2018, 12, 31);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> SchemeCatalog.reference().select(SubjectType.CHAMBER, day2018, "330421"));
        assertTrue(e.getMessage().contains("CHAMBER_CLEANUP") && e.getMessage().contains("FOUR_GOOD_CHAMBER"),
                e.getMessage());
        // by id the choice is one call
        assertEquals("CHAMBER_CLEANUP",
                SchemeCatalog.reference().select("CHAMBER_CLEANUP", day2018, "330421").orElseThrow().getId());
        assertEquals("FOUR_GOOD_CHAMBER",
                SchemeCatalog.reference().select("FOUR_GOOD_CHAMBER", day2018, "330421").orElseThrow().getId());
    }

    @Test
    void compareVersions_numbersAsNumbers() {
        assertTrue(SchemeCatalog.compareVersions("9", "10") < 0);
        assertTrue(SchemeCatalog.compareVersions("2017-9", "2017-10") < 0);
        assertTrue(SchemeCatalog.compareVersions("2019-JX", "2019-ZJ") < 0);
        assertEquals(0, SchemeCatalog.compareVersions("2017", "2017"));
        assertTrue(SchemeCatalog.compareVersions("2017", "2017.1") < 0);
    }
}
