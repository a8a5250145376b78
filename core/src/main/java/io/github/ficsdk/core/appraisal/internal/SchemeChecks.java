package io.github.ficsdk.core.appraisal.internal;

import io.github.ficsdk.core.appraisal.scheme.Dimension;
import io.github.ficsdk.core.appraisal.scheme.GradeBand;
import io.github.ficsdk.core.appraisal.scheme.RecommendationRule;
import io.github.ficsdk.core.appraisal.scheme.Scheme;
import io.github.ficsdk.core.appraisal.scheme.SchemeLoadException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Structural checks of a scheme, with paths such as {@code grades[3].minPoints}. Internal: not part of the API. */
public final class SchemeChecks {

    private SchemeChecks() {}

    /** Checks grades, dimension codes and caps, validity and recommendation order. */
    public static void structure(Scheme s) {
        notBlank("id", s.getId());
        notBlank("version", s.getVersion());
        notBlank("name", s.getName());
        List<GradeBand> grades = s.getGrades();
        if (grades.isEmpty()) {
            throw new SchemeLoadException("grades", "GRADES_EMPTY", "grades must not be empty");
        }
        for (int i = 0; i < grades.size(); i++) {
            notBlank("grades[" + i + "].grade", grades.get(i).getGrade());
            if (i > 0 && grades.get(i).getMinPoints().compareTo(grades.get(i - 1).getMinPoints()) >= 0) {
                throw new SchemeLoadException("grades[" + i + "].minPoints", "GRADES_NOT_DESCENDING",
                        "grade bands must have descending minPoints - but " + Params.fmt(grades.get(i).getMinPoints())
                                + " follows " + Params.fmt(grades.get(i - 1).getMinPoints()));
            }
        }
        GradeBand last = grades.get(grades.size() - 1);
        if (last.getMinPoints().signum() > 0) {
            throw new SchemeLoadException("grades[" + (grades.size() - 1) + "].minPoints", "GRADES_NOT_COVERING_ZERO",
                    "the last grade band must start at 0 so that every total has a grade - but was: "
                            + Params.fmt(last.getMinPoints()));
        }
        Set<String> codes = new HashSet<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < s.getDimensions().size(); i++) {
            Dimension d = s.getDimensions().get(i);
            notBlank("dimensions[" + i + "].code", d.getCode());
            if (!codes.add(d.getCode())) {
                throw new SchemeLoadException("dimensions[" + i + "].code", "DUPLICATE_CODE",
                        "dimension code " + d.getCode() + " is used twice");
            }
            nonNegative("dimensions[" + i + "].maxPoints", d.getMaxPoints());
            sum = sum.add(d.getMaxPoints());
        }
        if (s.getBonus().isPresent()) {
            nonNegative("bonus.maxPoints", s.getBonus().get().getMaxPoints());
        }
        if (s.getTotalPoints().isPresent() && s.getTotalPoints().get().compareTo(sum) != 0) {
            throw new SchemeLoadException("totalPoints", "CAPS_TOTAL_MISMATCH", "the dimension caps add up to "
                    + Params.fmt(sum) + " - but totalPoints is " + Params.fmt(s.getTotalPoints().get()));
        }
        if (s.getValidFrom().isPresent() && s.getValidTo().isPresent()
                && s.getValidTo().get().isBefore(s.getValidFrom().get())) {
            throw new SchemeLoadException("validTo", "VALID_TO_BEFORE_FROM", "validTo must not be before validFrom - but was: "
                    + s.getValidTo().get() + " < " + s.getValidFrom().get());
        }
        List<RecommendationRule> recs = s.getRecommendations();
        for (int i = 0; i < recs.size() - 1; i++) {
            if (recs.get(i).isDefault()) {
                throw new SchemeLoadException("recommendations[" + i + "]", "DEFAULT_RECOMMENDATION_NOT_LAST",
                        "a condition without rule and whenGrades always holds, so it must be the last");
            }
        }
    }

    private static void notBlank(String path, String value) {
        if (value.isBlank()) {
            throw new SchemeLoadException(path, "BLANK", "must not be empty or blank");
        }
    }

    private static void nonNegative(String path, BigDecimal value) {
        if (value.signum() < 0) {
            throw new SchemeLoadException(path, "NEGATIVE", "must not be negative - but was: " + Params.fmt(value));
        }
    }

    /**
     * Returns how specifically a scheme region covers a division: -1 not at all, 0 for a scheme
     * without region, else the length of the region's significant prefix.
     */
    public static int regionMatch(String schemeRegion, String division) {
        if (schemeRegion == null) {
            return 0;
        }
        if (division == null) {
            return -1;
        }
        String prefix = schemeRegion;
        while (prefix.length() > 2 && prefix.endsWith("00")) {
            prefix = prefix.substring(0, prefix.length() - 2);
        }
        return division.startsWith(prefix) ? prefix.length() : -1;
    }
}
