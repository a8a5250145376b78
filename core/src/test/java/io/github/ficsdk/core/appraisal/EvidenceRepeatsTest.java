package io.github.ficsdk.core.appraisal;

import static io.github.ficsdk.core.appraisal.EvidenceDerivationTest.ACTIVITIES;
import static io.github.ficsdk.core.appraisal.EvidenceDerivationTest.CHAMBERS;
import static io.github.ficsdk.core.appraisal.EvidenceDerivationTest.FEDERATIONS;
import static io.github.ficsdk.core.appraisal.EvidenceDerivationTest.MEMBERSHIPS;
import static io.github.ficsdk.core.appraisal.EvidenceDerivationTest.PARTIES;
import static io.github.ficsdk.core.appraisal.EvidenceDerivationTest.PROPOSALS;
import static io.github.ficsdk.core.appraisal.EvidenceDerivationTest.activity;
import static io.github.ficsdk.core.appraisal.EvidenceDerivationTest.deriveAll;
import static io.github.ficsdk.core.appraisal.EvidenceDerivationTest.proposal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ficsdk.core.activity.Activity;
import io.github.ficsdk.core.appraisal.scheme.SubjectType;
import io.github.ficsdk.core.activity.ActivityKind;
import io.github.ficsdk.core.io.Dataset;
import io.github.ficsdk.core.io.DatasetFile;
import io.github.ficsdk.core.io.DatasetProblem;
import io.github.ficsdk.core.member.Membership;
import io.github.ficsdk.core.member.Role;
import io.github.ficsdk.core.org.Chamber;
import io.github.ficsdk.core.org.ChamberKind;
import io.github.ficsdk.core.org.Federation;
import io.github.ficsdk.core.org.Organization;
import io.github.ficsdk.core.member.Enterprise;
import io.github.ficsdk.core.money.Yuan;
import io.github.ficsdk.core.org.AnnualTarget;
import io.github.ficsdk.core.org.AnnualTask;
import io.github.ficsdk.core.project.InvestmentProject;
import io.github.ficsdk.core.project.ProjectStage;
import io.github.ficsdk.core.proposal.Proposal;
import io.github.ficsdk.core.ticket.Ticket;
import io.github.ficsdk.core.ticket.TicketCategory;
import io.github.ficsdk.core.ticket.TicketStatus;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Evidence counts every record once: repeated ids and memberships, in a folder and in memory. */
class EvidenceRepeatsTest {

    /** The fixtures again, with repeats: an activity line twice, another record with a used id, a membership twice. */
    static List<Activity> activitiesWithRepeats() {
        List<Activity> out = new ArrayList<>(ACTIVITIES);
        out.add(ACTIVITIES.get(2));                                                          // A3 again, the same
        out.add(activity("A1", ActivityKind.TRAINING, "2017-08-01", 9, "C1"));              // A1 again, another record
        return out;
    }

    static List<Membership> membershipsWithRepeats() {
        List<Membership> out = new ArrayList<>(MEMBERSHIPS);
        out.add(MEMBERSHIPS.get(0));
        out.add(Membership.builder().member("E1").organization("C1").role(Role.DIRECTOR).build()); // another role: counts
        return out;
    }

    static List<Chamber> chambersWithRepeats() {
        List<Chamber> out = new ArrayList<>(CHAMBERS);
        out.add(Chamber.builder().id("F330421").name("伪商会").kind(ChamberKind.TOWNSHIP).federation("F330400").build());
        return out;
    }

    static List<Proposal> proposalsWithRepeats() {
        List<Proposal> out = new ArrayList<>(PROPOSALS);
        out.add(proposal("PR1", "C1", "2017-03-20"));
        return out;
    }

    private static void assertCountedOnce(EvidenceSource source) {
        EvidenceTable t = deriveAll(source);
        EvidenceTable clean = deriveAll(EvidenceDerivationTest.source());
        // fic-core derives no activity or proposal counts (fic-report's providers do, and count repeats
        // once: report's ActivityEvidenceProviderTest); the keys core derives must not see the repeats
        for (String key : List.of("members.MEMBER", "party.established")) {
            for (String subject : List.of("C1", "C2", "P1", "F330421")) {
                assertEquals(clean.get(subject).orElseThrow().find(key), t.get(subject).orElseThrow().find(key),
                        subject + " " + key);
            }
        }
        assertEquals(BigDecimal.valueOf(3), t.get("C1").orElseThrow().find("members.total").orElseThrow());
        assertEquals(BigDecimal.valueOf(1), t.get("C1").orElseThrow().find("members.MEMBER").orElseThrow());
        // the chamber that reuses a federation's id is no subject: the federation keeps its evidence
        assertEquals("COUNTY", t.get("F330421").orElseThrow().find("federation.level").orElseThrow());
        assertEquals(List.of("C1", "C2", "C3"), source.getChambers().stream().map(Chamber::getId).toList());
        assertEquals(List.of("C1", "C2", "C3"), EvidenceSource.subjectIds(source, SubjectType.CHAMBER));
        // the subjects: federations, chambers, party organisations, each id once by its first definition
        List<Organization> subjects = source.getOrganizations();
        List<String> expected = new ArrayList<>();
        FEDERATIONS.forEach(f -> expected.add(f.getId()));
        expected.addAll(List.of("C1", "C2", "C3"));
        PARTIES.forEach(p -> expected.add(p.getId()));
        assertEquals(expected, subjects.stream().map(Organization::getId).toList());
        assertTrue(subjects.stream().filter(o -> o.getId().equals("F330421")).findFirst().orElseThrow()
                instanceof Federation);
        assertSame(subjects, source.getOrganizations());
    }

    @Test
    void inMemory_repeatsCountOnceAndAreListed() {
        EvidenceSource source = EvidenceSource.builder().federations(FEDERATIONS).chambers(chambersWithRepeats())
                .partyOrganizations(PARTIES).activities(activitiesWithRepeats()).memberships(membershipsWithRepeats())
                .proposals(proposalsWithRepeats()).build();
        assertCountedOnce(source);
        assertEquals(List.of("chambers.jsonl:4 F330421 DUPLICATE_ID", "memberships.jsonl:5 null DUPLICATE_MEMBERSHIP",
                "activities.jsonl:6 A3 DUPLICATE_ID", "activities.jsonl:7 A1 DUPLICATE_ID", "proposals.jsonl:3 PR1 DUPLICATE_ID"),
                source.getProblems().stream().map(p -> p.getFile() + ":" + p.getLine() + " " + p.getId().orElse(null) + " " + p.getProblemCode()).toList());
    }

    @Test
    void dataset_repeatsCountOnceAndAreListedWithTheirLines(@TempDir Path dir) {
        Dataset dataset = Dataset.of(dir);
        dataset.write(DatasetFile.FEDERATIONS, FEDERATIONS);
        dataset.write(DatasetFile.CHAMBERS, chambersWithRepeats());
        dataset.write(DatasetFile.PARTY_ORGANIZATIONS, PARTIES);
        dataset.write(DatasetFile.ACTIVITIES, activitiesWithRepeats());
        dataset.write(DatasetFile.MEMBERSHIPS, membershipsWithRepeats());
        dataset.write(DatasetFile.PROPOSALS, proposalsWithRepeats());
        EvidenceSource source = EvidenceSource.of(dataset);
        assertCountedOnce(source);
        List<DatasetProblem> problems = source.getProblems();
        assertEquals(List.of("chambers.jsonl:4 F330421 DUPLICATE_ID", "memberships.jsonl:5 null DUPLICATE_MEMBERSHIP",
                "activities.jsonl:6 A3 DUPLICATE_ID", "activities.jsonl:7 A1 DUPLICATE_ID", "proposals.jsonl:3 PR1 DUPLICATE_ID"),
                problems.stream().map(p -> p.getFile() + ":" + p.getLine() + " " + p.getId().orElse(null) + " " + p.getProblemCode()).toList());
        assertEquals("id F330421 is already used on line 2 of federations.jsonl; the first definition counts",
                problems.get(0).getMessage());
        assertEquals("id A3 is already used on line 3; the first occurrence counts", problems.get(2).getMessage());
        // the tree holds the federation, not the chamber that reused its id
        assertEquals(List.of("C1", "C2"), source.getTree().getChildren("F330421"));
    }
    /** The files of the annual assessment and the other systems: each stream its own file, each id once. */
    private static final AnnualTarget TARGET = AnnualTarget.builder().organization("C1").year(2017)
            .indicator("VISIT.TARGETS.CHAMBER").value(new BigDecimal("40")).build();
    private static final List<AnnualTask> TASKS = List.of(
            AnnualTask.builder().id("TK1").year(2017).owner("C1").title("理想信念教育").weight(BigDecimal.TEN).build(),
            AnnualTask.builder().id("TK2").year(2017).owner("C2").title("助企纾困").weight(BigDecimal.ONE).build(),
            AnnualTask.builder().id("TK1").year(2017).owner("C2").title("重复").weight(BigDecimal.ONE).build());
    private static final List<Ticket> TICKETS = List.of(ticket("T1", "续贷难"), ticket("T1", "重复"), ticket("T2", "用地难"));
    private static final List<InvestmentProject> PROJECTS = List.of(project("PJ1", "产业园"), project("PJ1", "重复"));
    private static final List<Enterprise> ENTERPRISES = List.of(
            Enterprise.builder().id("91330481MA28A0001X").name("海宁某皮革有限公司").build(),
            Enterprise.builder().id("91330481MA28A0001X").name("重复").build());

    private static Ticket ticket(String id, String summary) {
        return Ticket.builder().id(id).raisedOn(LocalDate.of(2017, 3, 2)).raisedBy("91330481MA28A0001X")
                .receivedBy("C1").category(TicketCategory.FINANCING).summary(summary).status(TicketStatus.RESOLVED)
                .resolvedOn(LocalDate.of(2017, 3, 20)).build();
    }

    private static InvestmentProject project(String id, String name) {
        return InvestmentProject.builder().id(id).name(name).organization("C1").signedOn(LocalDate.of(2017, 4, 18))
                .investmentYuan(Yuan.parse("300000000.00")).stage(ProjectStage.SIGNED).build();
    }

    private static <T, V> List<V> closed(Stream<T> records, Function<T, V> value) {
        try (records) {
            return records.map(value).toList();
        }
    }

    private static void assertSystemFilesEachIdOnce(EvidenceSource source) {
        assertEquals(List.of(TARGET), closed(source.targets(), Function.identity()));
        assertEquals(List.of("理想信念教育", "助企纾困"), closed(source.tasks(), AnnualTask::getTitle));
        assertEquals(List.of("续贷难", "用地难"), closed(source.tickets(), Ticket::getSummary));
        assertEquals(List.of("产业园"), closed(source.projects(), InvestmentProject::getName));
        assertEquals(List.of("海宁某皮革有限公司"), closed(source.enterprises(), Enterprise::getName));
    }

    @Test
    void systemFiles_inMemory_eachStreamItsOwnRecords_eachIdOnce() {
        assertSystemFilesEachIdOnce(EvidenceSource.builder().federations(FEDERATIONS).chambers(CHAMBERS)
                .partyOrganizations(PARTIES).targets(List.of(TARGET)).tasks(TASKS).tickets(TICKETS).projects(PROJECTS)
                .enterprises(ENTERPRISES).build());
    }

    @Test
    void systemFiles_dataset_eachStreamItsOwnFile_eachIdOnce(@TempDir Path dir) {
        Dataset dataset = Dataset.of(dir);
        dataset.write(DatasetFile.FEDERATIONS, FEDERATIONS);
        dataset.write(DatasetFile.CHAMBERS, CHAMBERS);
        dataset.write(DatasetFile.PARTY_ORGANIZATIONS, PARTIES);
        dataset.write(DatasetFile.TARGETS, List.of(TARGET));
        dataset.write(DatasetFile.TASKS, TASKS);
        dataset.write(DatasetFile.TICKETS, TICKETS);
        dataset.write(DatasetFile.PROJECTS, PROJECTS);
        dataset.write(DatasetFile.ENTERPRISES, ENTERPRISES);
        assertSystemFilesEachIdOnce(EvidenceSource.of(dataset));
    }

    @Test
    void manyRepeats_areCountedAll_theFirstListed() {
        List<Activity> activities = new ArrayList<>(ACTIVITIES);
        for (int k = 0; k < 2500; k++) {
            activities.add(ACTIVITIES.get(0));
        }
        EvidenceSource source = EvidenceSource.builder().federations(FEDERATIONS).chambers(CHAMBERS)
                .partyOrganizations(PARTIES).activities(activities).memberships(MEMBERSHIPS).proposals(PROPOSALS).build();
        List<DatasetProblem> listed = source.getProblems();
        assertEquals(1000, listed.size());
        assertEquals(ACTIVITIES.size() + 1, listed.get(0).getLine());
        assertEquals(ACTIVITIES.size() + 1000, listed.get(999).getLine());
        assertEquals(2500, source.getProblemCount());
        assertEquals(ACTIVITIES.size(), source.activities().count());
    }
}
