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
 * }</pre>
 *
 * <p>An id the tree does not hold is in no subtree but its own, as the selection rules of the
 * data model say for organizers that no dataset file defines.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class OrganizationTree {

    private final Map<String, Integer> index;
    private final String[] ids;
    private final int[] parent;
    private final int[] pre;
    private final int[] last;
    private final List<List<String>> children;
    private final List<String> roots;

    private OrganizationTree(Map<String, Integer> index, String[] ids, int[] parent, int[] pre, int[] last,
            List<List<String>> children, List<String> roots) {
        this.index = index;
        this.ids = ids;
        this.parent = parent;
        this.pre = pre;
        this.last = last;
        this.children = children;
        this.roots = roots;
    }

    /**
     * Builds the tree.
     *
     * @param federations         the federations, not null
     * @param chambers            the chambers, not null
     * @param partyOrganizations  the party organisations, not null
     * @return the tree, never null
     * @throws OrganizationTreeException if an id is used twice ({@code DUPLICATE_ID}), a parent,
     *         federation or host is not defined (or a federation's parent is not a federation, or a
     *         chamber's federation not a federation: {@code UNKNOWN_PARENT}), or parents form a
     *         cycle ({@code PARENT_CYCLE}); the message names the ids
     */
    public static OrganizationTree of(Collection<Federation> federations, Collection<Chamber> chambers,
            Collection<PartyOrganization> partyOrganizations) {
        return of(federations, chambers, partyOrganizations, e -> {
            throw e;
        });
    }

    /**
     * Builds the tree as far as the data allows, reporting what it had to leave out instead of
     * failing: an organisation whose parent, federation or host is not defined (or of the wrong
     * kind) becomes a root of its own; a cycle of federation parents is cut where it was found;
     * an id used twice keeps its first organisation. This is what a statistics run over a county's
     * submission wants: one bad line must not stop the report of everything else.
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
     *                            {@code UNKNOWN_PARENT}, {@code PARENT_CYCLE}); if it throws, building stops
     * @return the tree, never null
     */
    public static OrganizationTree of(Collection<Federation> federations, Collection<Chamber> chambers,
            Collection<PartyOrganization> partyOrganizations, Consumer<? super OrganizationTreeException> problems) {
        java.util.Objects.requireNonNull(problems, "problems");
        int n = federations.size() + chambers.size() + partyOrganizations.size();
        Map<String, Integer> index = new HashMap<>(n * 2);
        String[] ids = new String[n];
        String[] parentIds = new String[n];
        int i = 0;
        for (Federation f : federations) {
            put(index, ids, i++, f.getId(), problems);
        }
        int federationCount = i;
        for (Chamber c : chambers) {
            put(index, ids, i++, c.getId(), problems);
        }
        int chamberEnd = i;
        for (PartyOrganization p : partyOrganizations) {
            put(index, ids, i++, p.getId(), problems);
        }
        int[] parent = new int[n];
        i = 0;
        for (Federation f : federations) {
            parentIds[i] = f.getParent().orElse(null);
            parent[i] = resolve(index, ids[i], parentIds[i], "parent", 0, federationCount, problems);
            i++;
        }
        for (Chamber c : chambers) {
            parent[i] = resolve(index, ids[i], c.getFederation(), "federation", 0, federationCount, problems);
            i++;
        }
        for (PartyOrganization p : partyOrganizations) {
            parent[i] = resolve(index, ids[i], p.getHost(), "host", 0, chamberEnd, problems);
            i++;
        }
        checkCycles(ids, parent, federationCount, problems);
        List<List<String>> children = new ArrayList<>(n);
        int[][] childIdx = new int[n][];
        int[] childCount = new int[n];
        for (int k = 0; k < n; k++) {
            if (parent[k] >= 0) {
                childCount[parent[k]]++;
            }
        }
        for (int k = 0; k < n; k++) {
            childIdx[k] = new int[childCount[k]];
            childCount[k] = 0;
        }
        List<String> roots = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            if (parent[k] >= 0) {
                childIdx[parent[k]][childCount[parent[k]]++] = k;
            } else {
                roots.add(ids[k]);
            }
        }
        for (int k = 0; k < n; k++) {
            List<String> list = new ArrayList<>(childIdx[k].length);
            for (int c : childIdx[k]) {
                list.add(ids[c]);
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
        return new OrganizationTree(index, ids, parent, pre, last, Collections.unmodifiableList(children),
                Collections.unmodifiableList(roots));
    }

    private static void put(Map<String, Integer> index, String[] ids, int i, String id,
            Consumer<? super OrganizationTreeException> problems) {
        if (index.putIfAbsent(id, i) != null) {
            problems.accept(new OrganizationTreeException("DUPLICATE_ID", List.of(id), "id " + id + " is used twice"));
        }
        ids[i] = id;
    }

    private static int resolve(Map<String, Integer> index, String child, String parentId, String field, int from,
            int to, Consumer<? super OrganizationTreeException> problems) {
        if (parentId == null) {
            return -1;
        }
        Integer p = index.get(parentId);
        if (p == null || p < from || p >= to) {
            problems.accept(new OrganizationTreeException("UNKNOWN_PARENT", List.of(child, parentId),
                    child + " names " + field + " " + parentId + ", which is "
                            + (p == null ? "not defined" : "not an organisation of the right kind")));
            return -1;
        }
        return p;
    }

    private static void checkCycles(String[] ids, int[] parent, int federationCount,
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
                        "federation parents form a cycle: " + String.join(" -> ", cycle) + " -> " + ids[k]));
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
