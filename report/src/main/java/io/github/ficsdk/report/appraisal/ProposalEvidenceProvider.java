package io.github.ficsdk.report.appraisal;

import io.github.ficsdk.core.io.bytes.ByteRules;
import io.github.ficsdk.core.appraisal.EvidenceSource;
import io.github.ficsdk.core.appraisal.EvidenceTable;
import io.github.ficsdk.core.period.ReportingPeriod;
import io.github.ficsdk.core.proposal.Proposal;
import io.github.ficsdk.report.internal.SubjectTally;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The proposal family of appraisal evidence, counted by the report engine:
 * {@code proposals.submitted}, for every federation, chamber and party organisation of an
 * {@link EvidenceSource}, the proposals it submitted in the period ({@code PROPOSAL.SUBMITTED} of
 * a scope that holds the subject alone), such as {@code proposals.submitted = 2}, with their ids.
 *
 * <pre>{@code
 * EvidenceTable.Builder sink = EvidenceTable.builder(ReportingPeriod.parse("2017"));
 * new ProposalEvidenceProvider().derive(source, ReportingPeriod.parse("2017"), Set.of("proposals.submitted"), sink);
 * }</pre>
 *
 * <p>A proposal counts when its {@code submitter} is the subject and its {@code submittedOn} lies
 * in the period; one whose id repeats an earlier one counts once, by its first occurrence. Listed
 * in fic-report's {@code META-INF/services/io.github.ficsdk.core.appraisal.spi.EvidenceProvider}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ProposalEvidenceProvider extends EvidenceFamily {

    private static final String KEY = "proposals.submitted";

    /** Creates the provider, of id {@code proposals}; {@link java.util.ServiceLoader} calls this. */
    public ProposalEvidenceProvider() {
        super("proposals", Set.of(KEY));
    }

    /** Derives {@code proposals.submitted} for every organisation of the source, in one pass over its proposals. */
    @Override
    void deriveWanted(EvidenceSource source, ReportingPeriod period, Set<String> keys, EvidenceTable.Builder sink) {
        Organizations organizations = new Organizations(source);
        int rows = organizations.size();
        SubjectTally tally = new SubjectTally(organizations.index());
        int submitted = tally.column(null, ByteRules.yyyymmdd(period.getStart()), ByteRules.yyyymmdd(period.getEnd()));
        Set<String> seen = new HashSet<>();
        try (Stream<Proposal> proposals = source.proposals()) {
            Iterator<Proposal> it = proposals.iterator();
            while (it.hasNext()) {
                Proposal p = it.next();
                if (seen.add(p.getId())) {
                    tally.addOne(p.getSubmitter(), ByteRules.yyyymmdd(p.getSubmittedOn()), p.getId());
                }
            }
        }
        for (int row = 0; row < rows; row++) {
            String subject = organizations.id(row);
            sink.row(subject);
            ActivityEvidenceProvider.put(sink, subject, KEY, tally, submitted, row);
        }
    }
}
