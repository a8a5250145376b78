package io.github.ficsdk.core.org;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The tree of organisations: federations below their {@code parent}, chambers below their
 * {@code federation}, party organisations below their {@code host}. Answers whether an
 * organisation is in another's subtree in constant time (a pre-order numbering is computed once),
 * and gives direct children and the path to the root.
 *
 * <pre>{@code
 * OrganizationTree tree = OrganizationTree.of(federations, chambers, partyOrganizations);
 * tree.isInSubtree("C0001", "F330400");   // true: the chamber belongs to a county under the city
 * tree.getChildren("F330400");           // [F330402, F330411, …]: counties and chambers right under the city
 * tree.getPathToRoot("P0001");           // [P0001, C0001, F330421, F330400]
 * tree.getOrganization("C0001");         // the chamber, as an Organization
 * }</pre>
 *
 * <p>An id the tree does not hold is in no subtree but its own, as the selection rules of the
 * data model say for organizers that no dataset file defines.
 *
 * <p>Building the tree is the one structure check of the organisations: ids used again within and
 * across federations, chambers and party organisations (the first definition counts), parents
 * that are not defined, cycles. Validation, reports and appraisals all use it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class OrganizationTree {

    private final Map<String, Integer> index;
    private final Organization[] organizations;
    private final String[] ids;
    private final int[] parent;
    private final int[] pre;
    private final int[] last;
    private final List<List<String>> children;
    private final List<String> roots;

    private OrganizationTree(Map<String, Integer> index, Organization[] organizations, String[] ids, int[] parent,
            int[] pre, int[] last, List<List<String>> children, List<String> roots) {
        this.index = index;
        this.organizations = organizations;
        this.ids = ids;
        this.parent = parent;
        this.pre = pre;
        this.last = last;
        this.children = children;
        this.roots = roots;
    }

    /**
     * The kinds of organisation the tree holds, in the order they are given to it.
     *
     * @since 0.1
     */
    public enum Kind {
        /** A federation ({@code federations.jsonl}). */
        FEDERATION,
        /** A chamber ({@code chambers.jsonl}). */
        CHAMBER,
        /** A party organisation ({@code party-organizations.jsonl}). */
        PARTY_ORGANIZATION
    }

    /**
     * Where an organisation sits in the tree's input: its kind and its 0-based index in the
     * collection of that kind, such as the chamber at index 142. A reader that knows the line of
     * every record turns it into a file and a line.
     *
     * @since 0.1
     */
    @Value.Immutable
    public abstract static class Position {

        Position() {}

        /**
         * Returns a position.
         *
         * @param kind   the kind, not null
         * @param index  the index, not negative
         * @return the position, never null
         * @throws IllegalArgumentException if the index is negative
         */
        public static Position of(Kind kind, int index) {
            return ImmutablePosition.of(kind, index);
        }

        /**
         * Returns the kind.
         *
         * @return the kind, never null
         */
        @Value.Parameter
        public abstract Kind getKind();

        /**
         * Returns the 0-based index in the collection of that kind.
         *
         * @return the 0-based index in the collection of that kind
         */
        @Value.Parameter
        public abstract int getIndex();

        @Value.Check
        void check() {
            if (getIndex() < 0) {
                throw new IllegalArgumentException("index must not be negative - but was: " + getIndex());
            }
        }
    }

    /**
     * Builds the tree.
     *
     * @param federations         the federations, not null
     * @param chambers            the chambers, not null
     * @param partyOrganizations  the party organisations, not null
     * @return the tree, never null
     * @throws OrganizationTreeException if an id is used twice, within a kind or across kinds
     *         ({@code DUPLICATE_ID}), a parent, federation or host is not defined (or a
     *         federation's parent is not a federation, or a chamber's federation not a federation:
     *         {@code UNKNOWN_PARENT}), or parents form a cycle ({@code PARENT_CYCLE}); the message
     *         names the ids
     */
    public static OrganizationTree of(Collection<Federation> federations, Collection<Chamber> chambers,
            Collection<PartyOrganization> partyOrganizations) {
        return of(federations, chambers, partyOrganizations, e -> {
            throw e;
        });
    }

    /**
     * Builds the tree as far as the data allows, reporting what it had to leave out instead of
     * failing. This is the one structure check of the organisations: validation, reports and
     * appraisals all use it, so they agree on what is wrong and on what counts.
     * <ul>
     * <li>An id used again, by an organisation of the same kind or of another kind
     *     ({@code DUPLICATE_ID}): the first definition counts, in the order federations,
     *     chambers, party organisations, each in input order; the repeat is left out of the tree
     *     altogether (it is no node, and its parent is not followed).</li>
     * <li>A parent, federation or host that is not defined, or not of the right kind
     *     ({@code UNKNOWN_PARENT}): the organisation becomes a root of its own.</li>
     * <li>Federation parents in a cycle ({@code PARENT_CYCLE}): the cycle is cut where it was
     *     found.</li>
     * </ul>
     * Every problem carries the {@linkplain OrganizationTreeException#getPosition() position} of
     * the organisation at fault (and, for a repeat, of the {@linkplain
     * OrganizationTreeException#getEarlierPosition() first definition}), so that a reader can name
     * the file and line. This is what a statistics run over a county's submission wants: one bad
     * line must not stop the report of everything else.
     *
     * <pre>{@code
     * List<OrganizationTreeException> problems = new ArrayList<>();
     * OrganizationTree tree = OrganizationTree.of(federations, chambers, parties, problems::add);
     * }</pre>
     *
     * @param federations         the federations, not null
     * @param chambers            the chambers, not null
     * @param partyOrganizations  the party organisations, not null
     * @param problems            receives one exception per problem ({@code DUPLICATE_ID},
     *                            {@code UNKNOWN_PARENT}, {@code PARENT_CYCLE}) in input order, the
     *                            cycles last; if it throws, building stops
     * @return the tree, never null
     */
    public static OrganizationTree of(Collection<Federation> federations, Collection<Chamber> chambers,
            Collection<PartyOrganization> partyOrganizations, Consumer<? super OrganizationTreeException> problems) {
        java.util.Objects.requireNonNull(problems, "problems");
        int total = federations.size() + chambers.size() + partyOrganizations.size();
        Map<String, Integer> index = new HashMap<>(total * 2);
        List<Organization> nodes = new ArrayList<>(total);
        List<Position> positions = new ArrayList<>(total);
        // the first definition of every id gets a slot; a repeat is reported and left out
        addAll(index, nodes, positions, Kind.FEDERATION, federations, problems);
        int federationCount = nodes.size();
        addAll(index, nodes, positions, Kind.CHAMBER, chambers, problems);
        int chamberEnd = nodes.size();
        addAll(index, nodes, positions, Kind.PARTY_ORGANIZATION, partyOrganizations, problems);
        int n = nodes.size();
        Organization[] organizations = nodes.toArray(new Organization[0]);
        String[] ids = new String[n];
        for (int i = 0; i < n; i++) {
            ids[i] = organizations[i].getId();
        }
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            // a federation's parent is a federation, a chamber's federation too; a host is either
            int to = i < chamberEnd ? federationCount : chamberEnd;
            parent[i] = resolve(index, organizations[i], to, positions.get(i), problems);
        }
        checkCycles(ids, parent, federationCount, positions, problems);
        List<List<String>> children = new ArrayList<>(n);
        int[][] childIdx = new int[n][];
        int[] childCount = new int[n];
        for (int c = 0; c < n; c++) {
            if (parent[c] >= 0) {
                childCount[parent[c]]++;
            }
        }
        for (int c = 0; c < n; c++) {
            childIdx[c] = new int[childCount[c]];
            childCount[c] = 0;
        }
        List<String> roots = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            if (parent[c] >= 0) {
                childIdx[parent[c]][childCount[parent[c]]++] = c;
            } else {
                roots.add(ids[c]);
            }
        }
        for (int c = 0; c < n; c++) {
            List<String> list = new ArrayList<>(childIdx[c].length);
            for (int x : childIdx[c]) {
                list.add(ids[x]);
            }
            children.add(Collections.unmodifiableList(list));
        }
        int[] pre = new int[n];
        int[] last = new int[n];
        int counter = 0;
        int[] stack = new int[n];
        int[] next = new int[n];
        for (int r = 0; r < n; r++) {
            if (parent[r] >= 0) {
                continue;
            }
            int sp = 0;
            stack[sp++] = r;
            pre[r] = counter++;
            while (sp > 0) {
                int top = stack[sp - 1];
                if (next[top] < childIdx[top].length) {
                    int c = childIdx[top][next[top]++];
                    pre[c] = counter++;
                    stack[sp++] = c;
                } else {
                    last[top] = counter - 1;
                    sp--;
                }
            }
        }
        return new OrganizationTree(index, organizations, ids, parent, pre, last, Collections.unmodifiableList(children),
                Collections.unmodifiableList(roots));
    }

    private static void addAll(Map<String, Integer> index, List<Organization> nodes, List<Position> positions,
            Kind kind, Collection<? extends Organization> organizations,
            Consumer<? super OrganizationTreeException> problems) {
        int k = 0;
        for (Organization o : organizations) {
            Position position = Position.of(kind, k++);
            String id = o.getId();
            Integer first = index.putIfAbsent(id, nodes.size());
            if (first != null) {
                Position earlier = positions.get(first);
                problems.accept(new OrganizationTreeException("DUPLICATE_ID", List.of(id), "id " + id
                        + " is already used by " + describe(earlier) + "; the first definition counts",
                        position, earlier, "id"));
                continue;
            }
            nodes.add(o);
            positions.add(position);
        }
    }

    private static String describe(Position position) {
        return switch (position.getKind()) {
            case FEDERATION -> "federation";
            case CHAMBER -> "chamber";
            case PARTY_ORGANIZATION -> "party organisation";
        } + " number " + (position.getIndex() + 1);
    }

    /** The property that names an organisation's parent: {@code parent}, {@code federation} or {@code host}. */
    private static String parentProperty(Kind kind) {
        return switch (kind) {
            case FEDERATION -> "parent";
            case CHAMBER -> "federation";
            case PARTY_ORGANIZATION -> "host";
        };
    }

    private static int resolve(Map<String, Integer> index, Organization organization, int to, Position position,
            Consumer<? super OrganizationTreeException> problems) {
        Optional<String> parentOf = organization.getParentId();
        if (parentOf.isEmpty()) {
            return -1;
        }
        String child = organization.getId();
        String parentId = parentOf.get();
        String field = parentProperty(organization.getOrganizationKind());
        Integer p = index.get(parentId);
        if (p == null || p >= to) {
            problems.accept(new OrganizationTreeException("UNKNOWN_PARENT", List.of(child, parentId),
                    child + " names " + field + " " + parentId + ", which is "
                            + (p == null ? "not defined" : "not an organisation of the right kind"),
                    position, null, field));
            return -1;
        }
        return p;
    }

    private static void checkCycles(String[] ids, int[] parent, int federationCount, List<Position> positions,
            Consumer<? super OrganizationTreeException> problems) {
        byte[] state = new byte[federationCount];
        for (int start = 0; start < federationCount; start++) {
            int k = start;
            while (k >= 0 && state[k] == 0) {
                state[k] = 1;
                k = parent[k];
            }
            if (k >= 0 && state[k] == 1) {
                List<String> cycle = new ArrayList<>();
                int c = k;
                do {
                    cycle.add(ids[c]);
                    state[c] = 2;
                    c = parent[c];
                } while (c != k);
                problems.accept(new OrganizationTreeException("PARENT_CYCLE", cycle,
                        "federation parents form a cycle: " + String.join(" -> ", cycle) + " -> " + ids[k],
                        positions.get(k), null, "parent"));
                parent[k] = -1; // cut the cycle where it was found: k becomes a root
            }
            k = start;
            while (k >= 0 && state[k] == 1) {
                state[k] = 2;
                k = parent[k];
            }
        }
    }

    /**
     * Returns whether the tree holds an organisation.
     *
     * @param id  the id, not null
     * @return true if it is a federation, chamber or party organisation of the tree
     */
    public boolean contains(String id) {
        return index.containsKey(id);
    }

    /**
     * Returns an organisation of the tree: the first definition of its id.
     *
     * @param id  the id, not null
     * @return the federation, chamber or party organisation, empty when the tree does not hold it
     */
    public Optional<Organization> getOrganization(String id) {
        Integer i = index.get(Objects.requireNonNull(id, "id"));
        return i == null ? Optional.empty() : Optional.of(organizations[i]);
    }

    /**
     * Returns the number of organisations.
     *
     * @return the count, not negative
     */
    public int size() {
        return ids.length;
    }

    /**
     * Returns whether an organisation is in the subtree of another (itself included), in constant time.
     *
     * @param id    the organisation, not null
     * @param root  the root of the subtree, not null
     * @return true if {@code id} equals {@code root} or lies below it
     */
    public boolean isInSubtree(String id, String root) {
        if (id.equals(root)) {
            return true;
        }
        Integer i = index.get(id);
        Integer r = index.get(root);
        if (i == null || r == null) {
            return false;
        }
        int p = pre[i];
        return p >= pre[r] && p <= last[r];
    }

    /**
     * Returns the direct children: federations, chambers and party organisations.
     *
     * @param id  the organisation, not null
     * @return the children ids in input order; empty for a leaf or an unknown id; never null
     */
    public List<String> getChildren(String id) {
        Integer i = index.get(Objects.requireNonNull(id, "id"));
        return i == null ? List.of() : children.get(i);
    }

    /**
     * Returns the parent.
     *
     * @param id  the organisation, not null
     * @return the parent id, empty for a root or an unknown id
     */
    public Optional<String> getParent(String id) {
        Integer i = index.get(Objects.requireNonNull(id, "id"));
        return i == null || parent[i] < 0 ? Optional.empty() : Optional.of(ids[parent[i]]);
    }

    /**
     * Returns the path from an organisation up to its root, both included.
     *
     * @param id  the organisation, not null
     * @return the ids from {@code id} to the root; just {@code [id]} for a root or an unknown id; never null
     */
    public List<String> getPathToRoot(String id) {
        Integer i = index.get(Objects.requireNonNull(id, "id"));
        if (i == null) {
            return List.of(id);
        }
        List<String> path = new ArrayList<>();
        for (int k = i; k >= 0; k = parent[k]) {
            path.add(ids[k]);
        }
        return Collections.unmodifiableList(path);
    }

    /**
     * Returns the roots (organisations without a parent), in input order.
     *
     * @return the root ids, never null
     */
    public List<String> getRoots() {
        return roots;
    }
}
