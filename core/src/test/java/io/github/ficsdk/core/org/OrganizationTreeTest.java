package io.github.ficsdk.core.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class OrganizationTreeTest {

    static Federation fed(String id, FederationLevel level, String parent) {
        Federation.Builder b = Federation.builder().id(id).name(id).level(level).division(id.substring(1));
        if (parent != null) {
            b.parent(parent);
        }
        return b.build();
    }

    static Chamber chamber(String id, String federation) {
        return Chamber.builder().id(id).name(id).kind(ChamberKind.INDUSTRY_CHAMBER).federation(federation).build();
    }

    static PartyOrganization party(String id, String host) {
        return PartyOrganization.builder().id(id).name(id).kind(PartyOrganizationKind.BRANCH).host(host).build();
    }

    final OrganizationTree tree = OrganizationTree.of(
            List.of(fed("F330400", FederationLevel.CITY, null), fed("F330421", FederationLevel.COUNTY, "F330400"),
                    fed("F330402", FederationLevel.COUNTY, "F330400"), fed("F330100", FederationLevel.CITY, null)),
            List.of(chamber("C1", "F330421"), chamber("C2", "F330400")), List.of(party("P1", "C1"), party("P2", "F330402")));

    @Test
    void isInSubtree_followsParents() {
        assertTrue(tree.isInSubtree("P1", "F330400"));
        assertTrue(tree.isInSubtree("C1", "F330421"));
        assertTrue(tree.isInSubtree("F330400", "F330400"));
        assertFalse(tree.isInSubtree("C1", "F330402"));
        assertFalse(tree.isInSubtree("F330400", "F330421"));
        assertFalse(tree.isInSubtree("C1", "F330100"));
        assertTrue(tree.isInSubtree("UNKNOWN", "UNKNOWN"));
        assertFalse(tree.isInSubtree("UNKNOWN", "F330400"));
    }

    @Test
    void getChildren_andPathToRoot() {
        assertEquals(List.of("F330421", "F330402", "C2"), tree.getChildren("F330400"));
        assertEquals(List.of("P1", "C1", "F330421", "F330400"), tree.getPathToRoot("P1"));
        assertEquals(List.of("F330400", "F330100"), tree.getRoots());
        assertEquals("F330402", tree.getParent("P2").orElseThrow());
    }

    @Test
    void getOrganization_givesTheFirstDefinitionAsAnOrganizationOfItsKind() {
        Chamber repeat = Chamber.builder().id("C1").name("again").kind(ChamberKind.INDUSTRY_CHAMBER)
                .federation("F330400").build();
        OrganizationTree lenient = OrganizationTree.of(List.of(fed("F330400", FederationLevel.CITY, null)),
                List.of(chamber("C1", "F330400"), repeat), List.of(party("P1", "C1")), e -> { });
        Organization c1 = lenient.getOrganization("C1").orElseThrow();
        assertEquals("C1", c1.getName());
        assertEquals(OrganizationTree.Kind.CHAMBER, c1.getOrganizationKind());
        assertEquals("F330400", c1.getParentId().orElseThrow());
        Organization p1 = lenient.getOrganization("P1").orElseThrow();
        assertEquals(OrganizationTree.Kind.PARTY_ORGANIZATION, p1.getOrganizationKind());
        assertEquals("C1", p1.getParentId().orElseThrow());
        assertTrue(p1.getShortName().isEmpty());
        Organization f = lenient.getOrganization("F330400").orElseThrow();
        assertEquals(OrganizationTree.Kind.FEDERATION, f.getOrganizationKind());
        assertTrue(f.getParentId().isEmpty());
        assertTrue(lenient.getOrganization("UNKNOWN").isEmpty());
    }

    @Test
    void of_rejectsCyclesAndDanglingParentsNamingTheIds() {
        OrganizationTreeException cycle = assertThrows(OrganizationTreeException.class, () -> OrganizationTree.of(
                List.of(fed("F1", FederationLevel.CITY, "F3"), fed("F2", FederationLevel.CITY, "F1"),
                        fed("F3", FederationLevel.CITY, "F2")), List.of(), List.of()));
        assertEquals("PARENT_CYCLE", cycle.getProblemCode());
        assertEquals(3, cycle.getIds().size());
        assertTrue(cycle.getMessage().contains("F1") && cycle.getMessage().contains("F3"), cycle.getMessage());
        OrganizationTreeException dangling = assertThrows(OrganizationTreeException.class, () -> OrganizationTree.of(
                List.of(fed("F1", FederationLevel.CITY, null)), List.of(chamber("C1", "F9")), List.of()));
        assertEquals("UNKNOWN_PARENT", dangling.getProblemCode());
        assertEquals(List.of("C1", "F9"), dangling.getIds());
    }

    @Test
    void of_lenient_leavesOutWhatItCannotPlaceAndReportsIt() {
        List<OrganizationTreeException> problems = new java.util.ArrayList<>();
        OrganizationTree tree = OrganizationTree.of(
                List.of(fed("F0", FederationLevel.CITY, null), fed("F1", FederationLevel.COUNTY, "F3"),
                        fed("F2", FederationLevel.COUNTY, "F1"), fed("F3", FederationLevel.COUNTY, "F2"),
                        fed("F4", FederationLevel.COUNTY, "F0"), fed("F5", FederationLevel.COUNTY, "F1")),
                List.of(chamber("C1", "F4"), chamber("C9", "F999")), List.of(party("P1", "C1"), party("P2", "C404")),
                problems::add);
        assertEquals(List.of("PARENT_CYCLE", "UNKNOWN_PARENT", "UNKNOWN_PARENT"),
                problems.stream().map(OrganizationTreeException::getProblemCode).sorted().toList());
        // the rest of the tree is intact
        assertTrue(tree.isInSubtree("P1", "F0"));
        assertTrue(tree.isInSubtree("C1", "F4"));
        // an organisation with an undefined parent is a root of its own
        assertTrue(tree.getRoots().contains("C9"));
        assertTrue(tree.getRoots().contains("P2"));
        assertTrue(tree.isInSubtree("C9", "C9"));
        // the cycle F1 -> F3 -> F2 -> F1 is cut in one place: every member has one root above it
        long cycleRoots = List.of("F1", "F2", "F3").stream().filter(tree.getRoots()::contains).count();
        assertEquals(1, cycleRoots);
        // cut where the walk met it: F1 (the first federation of the cycle in input order) lost its parent
        assertEquals(List.of("F3", "F2", "F1"), tree.getPathToRoot("F3"));
        assertEquals(List.of("F5", "F1"), tree.getPathToRoot("F5"));
    }

    @Test
    void of_lenient_anIdUsedAgainKeepsItsFirstDefinitionAndTheRepeatIsNoNode() {
        List<OrganizationTreeException> problems = new java.util.ArrayList<>();
        OrganizationTree tree = OrganizationTree.of(
                List.of(fed("F330400", FederationLevel.CITY, null), fed("F330402", FederationLevel.COUNTY, "F330400"),
                        fed("F330411", FederationLevel.COUNTY, "F330400"),
                        fed("F330402", FederationLevel.COUNTY, "F330411")),
                List.of(chamber("C1", "F330402"), chamber("F330411", "F330402")),
                List.of(party("P1", "C1"), party("C1", "F330411")), problems::add);
        // the repeats are not nodes: F330411 has no child, F330402 has only C1
        assertEquals(List.of("F330402", "F330411"), tree.getChildren("F330400"));
        assertEquals(List.of(), tree.getChildren("F330411"));
        assertEquals(List.of("C1"), tree.getChildren("F330402"));
        assertEquals(List.of("P1"), tree.getChildren("C1"));
        assertFalse(tree.isInSubtree("F330402", "F330411"));
        assertEquals(List.of("F330400"), tree.getRoots());
        assertEquals(5, tree.size());
        assertEquals(List.of("DUPLICATE_ID", "DUPLICATE_ID", "DUPLICATE_ID"),
                problems.stream().map(OrganizationTreeException::getProblemCode).toList());
        assertEquals(List.of(OrganizationTree.Position.of(OrganizationTree.Kind.FEDERATION, 3),
                OrganizationTree.Position.of(OrganizationTree.Kind.CHAMBER, 1),
                OrganizationTree.Position.of(OrganizationTree.Kind.PARTY_ORGANIZATION, 1)),
                problems.stream().map(e -> e.getPosition().orElseThrow()).toList());
        assertEquals(List.of(OrganizationTree.Position.of(OrganizationTree.Kind.FEDERATION, 1),
                OrganizationTree.Position.of(OrganizationTree.Kind.FEDERATION, 2),
                OrganizationTree.Position.of(OrganizationTree.Kind.CHAMBER, 0)),
                problems.stream().map(e -> e.getEarlierPosition().orElseThrow()).toList());
        assertTrue(problems.stream().allMatch(e -> e.getPath().equals("id")));
    }

    @Test
    void of_strict_anIdUsedByTwoKindsIsRejected() {
        OrganizationTreeException e = assertThrows(OrganizationTreeException.class, () -> OrganizationTree.of(
                List.of(fed("F1", FederationLevel.CITY, null)), List.of(chamber("F1", "F1")), List.of()));
        assertEquals("DUPLICATE_ID", e.getProblemCode());
        assertEquals(List.of("F1"), e.getIds());
    }

    @Test
    void of_lenient_problemsNameThePositionAndProperty() {
        List<OrganizationTreeException> problems = new java.util.ArrayList<>();
        OrganizationTree.of(List.of(fed("F1", FederationLevel.CITY, "F2"), fed("F2", FederationLevel.CITY, "F1")),
                List.of(chamber("C1", "F9")), List.of(party("P1", "C9")), problems::add);
        assertEquals(List.of("UNKNOWN_PARENT federation CHAMBER 0", "UNKNOWN_PARENT host PARTY_ORGANIZATION 0",
                "PARENT_CYCLE parent FEDERATION 0"), problems.stream().map(e -> e.getProblemCode() + " " + e.getPath()
                        + " " + e.getPosition().orElseThrow().getKind() + " " + e.getPosition().orElseThrow().getIndex()).toList());
    }
}
