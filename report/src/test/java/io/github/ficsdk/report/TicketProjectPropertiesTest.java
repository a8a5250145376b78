package io.github.ficsdk.report;

import static io.github.ficsdk.report.Fixtures.CITY;
import static io.github.ficsdk.report.Fixtures.NANHU;
import static io.github.ficsdk.report.Fixtures.XIUZHOU;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ficsdk.core.money.Yuan;
import io.github.ficsdk.core.project.InvestmentProject;
import io.github.ficsdk.core.project.ProjectStage;
import io.github.ficsdk.core.ticket.Ticket;
import io.github.ficsdk.core.ticket.TicketCategory;
import io.github.ficsdk.core.ticket.TicketStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of the ticket and project indicators, as of the activity indicators: any order and
 * any split merged give the same report, and every row equals the rule of DATA-MODEL.md applied
 * directly to the records of its subtree (so a total covers its children and its own records).
 */
class TicketProjectPropertiesTest {

    static final String[] ORGS = {CITY, NANHU, XIUZHOU, "C1", "C0", "P1", "F999999"};
    /** The subtrees of the rows of {@link Fixtures#organizations()}. */
    static final Map<String, Set<String>> SUBTREES = Map.of(CITY, Set.of(CITY, NANHU, XIUZHOU, "C1", "C0", "P1"),
            NANHU, Set.of(NANHU, "C1", "P1"), XIUZHOU, Set.of(XIUZHOU));
    static final List<String> CODES = List.of("TICKET.RAISED", "TICKET.RESOLVED", "TICKET.OPEN",
            "TICKET.RESOLUTION_DAYS", "PROJECT.SIGNED", "PROJECT.INVESTMENT", "PROJECT.STARTED", "PROJECT.FUNDS");
    static final LocalDate FROM = LocalDate.of(2017, 1, 1);
    static final LocalDate TO = LocalDate.of(2017, 6, 30);

    static Arbitrary<Ticket> tickets() {
        Arbitrary<LocalDate> raised = Arbitraries.integers().between(0, 300).map(d -> LocalDate.of(2016, 11, 1).plusDays(d));
        return Combinators.combine(Arbitraries.integers().between(1, 100_000), Arbitraries.of(ORGS), raised,
                Arbitraries.of(TicketStatus.class), Arbitraries.integers().between(-1, 90))
                .as((id, org, on, status, days) -> {
                    Ticket.Builder b = Ticket.builder().id("T" + id).raisedOn(on).raisedBy("E1").receivedBy(org)
                            .category(TicketCategory.OTHER).summary("s").status(status);
                    boolean closed = status == TicketStatus.RESOLVED || status == TicketStatus.CLOSED_UNRESOLVED;
                    if (closed || days >= 0) {
                        b.resolvedOn(on.plusDays(Math.max(0, days)));
                    }
                    return b.build();
                });
    }

    static Arbitrary<InvestmentProject> projects() {
        Arbitrary<LocalDate> signed = Arbitraries.integers().between(0, 300).map(d -> LocalDate.of(2016, 11, 1).plusDays(d));
        return Combinators.combine(Arbitraries.integers().between(1, 100_000), Arbitraries.of(ORGS), signed,
                Arbitraries.of(ProjectStage.class), Arbitraries.integers().between(-1, 120),
                Arbitraries.longs().between(0, 99_999_999_999L), Arbitraries.integers().between(-1, 100))
                .as((id, org, on, stage, started, fen, percent) -> {
                    InvestmentProject.Builder b = InvestmentProject.builder().id("P" + id).name("n").organization(org)
                            .signedOn(on).investmentYuan(Yuan.ofFen(fen)).stage(stage);
                    if (started >= 0) {
                        b.startedOn(on.plusDays(started));
                    }
                    if (percent >= 0) {
                        b.fundsInPlaceYuan(Yuan.ofFen(fen / 100 * percent));
                    }
                    return b.build();
                });
    }

    @Provide
    Arbitrary<List<Ticket>> ticketLists() {
        return tickets().list().ofMaxSize(50).uniqueElements(Ticket::getId);
    }

    @Provide
    Arbitrary<List<InvestmentProject>> projectLists() {
        return projects().list().ofMaxSize(50).uniqueElements(InvestmentProject::getId);
    }

    private static ReportQuery query() {
        return Fixtures.h1(CODES.toArray(String[]::new)).build();
    }

    private static Report run(List<Ticket> tickets, List<InvestmentProject> projects) {
        ReportEngine engine = ReportEngine.standard();
        ReportAccumulator acc = engine.accumulator(query(), Fixtures.organizations());
        tickets.forEach(acc::add);
        projects.forEach(acc::add);
        return engine.finish(acc);
    }

    @Property(tries = 200)
    void anyOrder_givesTheSameReport(@ForAll("ticketLists") List<Ticket> tickets,
            @ForAll("projectLists") List<InvestmentProject> projects, @ForAll long seed) {
        List<Ticket> t = new ArrayList<>(tickets);
        List<InvestmentProject> p = new ArrayList<>(projects);
        Collections.shuffle(t, new Random(seed));
        Collections.shuffle(p, new Random(seed + 1));
        assertEquals(run(tickets, projects).getValues(), run(t, p).getValues());
    }

    @Property(tries = 200)
    void merge_ofPartials_equalsTheWhole(@ForAll("ticketLists") List<Ticket> tickets,
            @ForAll("projectLists") List<InvestmentProject> projects, @ForAll @IntRange(max = 50) int cut) {
        ReportEngine engine = ReportEngine.standard();
        ReportAccumulator left = engine.accumulator(query(), Fixtures.organizations());
        ReportAccumulator right = left.emptyCopy();
        int t = Math.min(cut, tickets.size());
        int p = Math.min(cut, projects.size());
        tickets.subList(0, t).forEach(left::add);
        projects.subList(p, projects.size()).forEach(left::add);
        tickets.subList(t, tickets.size()).forEach(right::add);
        projects.subList(0, p).forEach(right::add);
        assertEquals(run(tickets, projects).getValues(), engine.finish(right.merge(left)).getValues());
    }

    @Property(tries = 300)
    void everyRow_isTheRuleAppliedToItsSubtree(@ForAll("ticketLists") List<Ticket> tickets,
            @ForAll("projectLists") List<InvestmentProject> projects) {
        Report report = run(tickets, projects);
        for (String row : List.of(CITY, NANHU, XIUZHOU)) {
            Set<String> subtree = SUBTREES.get(row);
            long raised = 0;
            long resolved = 0;
            long open = 0;
            List<Long> days = new ArrayList<>();
            for (Ticket t : tickets) {
                if (!subtree.contains(t.getReceivedBy())) {
                    continue;
                }
                raised += in(t.getRaisedOn()) ? 1 : 0;
                boolean closedByEnd = t.isClosed() && !t.getResolvedOn().get().isAfter(TO);
                open += !t.getRaisedOn().isAfter(TO) && !closedByEnd ? 1 : 0;
                if (t.getStatus() == TicketStatus.RESOLVED && in(t.getResolvedOn().get())) {
                    resolved++;
                    days.add(ChronoUnit.DAYS.between(t.getRaisedOn(), t.getResolvedOn().get()));
                }
            }
            long signed = 0;
            long started = 0;
            BigDecimal investment = BigDecimal.ZERO.setScale(2);
            BigDecimal funds = BigDecimal.ZERO.setScale(2);
            for (InvestmentProject p : projects) {
                if (!subtree.contains(p.getOrganization()) || p.getStage() == ProjectStage.CANCELLED) {
                    continue;
                }
                if (in(p.getSignedOn())) {
                    signed++;
                    investment = investment.add(p.getInvestmentYuan().toBigDecimal());
                    funds = funds.add(p.getFundsInPlaceYuan().map(Yuan::toBigDecimal).orElse(BigDecimal.ZERO));
                }
                started += p.getStartedOn().filter(TicketProjectPropertiesTest::in).isPresent() ? 1 : 0;
            }
            assertEquals(BigDecimal.valueOf(raised), value(report, row, "TICKET.RAISED"));
            assertEquals(BigDecimal.valueOf(resolved), value(report, row, "TICKET.RESOLVED"));
            assertEquals(BigDecimal.valueOf(open), value(report, row, "TICKET.OPEN"));
            assertEquals(0, median(days).compareTo(value(report, row, "TICKET.RESOLUTION_DAYS")), row);
            assertEquals(BigDecimal.valueOf(signed), value(report, row, "PROJECT.SIGNED"));
            assertEquals(BigDecimal.valueOf(started), value(report, row, "PROJECT.STARTED"));
            assertEquals(0, investment.compareTo(value(report, row, "PROJECT.INVESTMENT")), row);
            assertEquals(0, funds.compareTo(value(report, row, "PROJECT.FUNDS")), row);
        }
    }

    private static boolean in(LocalDate day) {
        return !day.isBefore(FROM) && !day.isAfter(TO);
    }

    private static BigDecimal median(List<Long> days) {
        if (days.isEmpty()) {
            return BigDecimal.ZERO;
        }
        List<Long> sorted = new ArrayList<>(days);
        Collections.sort(sorted);
        int n = sorted.size();
        return BigDecimal.valueOf(sorted.get((n - 1) / 2) + sorted.get(n / 2)).divide(BigDecimal.valueOf(2));
    }

    private static BigDecimal value(Report report, String row, String code) {
        return report.value(row, code).orElseThrow().getValue();
    }
}
