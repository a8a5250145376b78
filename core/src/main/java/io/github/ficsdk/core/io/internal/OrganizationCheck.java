package io.github.ficsdk.core.io.internal;

import io.github.ficsdk.core.io.Dataset;
import io.github.ficsdk.core.io.DatasetFile;
import io.github.ficsdk.core.io.DatasetProblem;
import io.github.ficsdk.core.io.JsonLinesReader;
import io.github.ficsdk.core.org.Chamber;
import io.github.ficsdk.core.org.Federation;
import io.github.ficsdk.core.org.Organization;
import io.github.ficsdk.core.org.OrganizationTree;
import io.github.ficsdk.core.org.OrganizationTreeException;
import io.github.ficsdk.core.org.PartyOrganization;
import io.github.ficsdk.validation.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The organisation files as the one structure check of {@link OrganizationTree} leaves them: the
 * first definition of every id, the tree, and the problems of the structure ({@code DUPLICATE_ID},
 * {@code UNKNOWN_PARENT}, {@code PARENT_CYCLE}) with the file and line of the organisation at
 * fault. {@code validate}, the report engine and the evidence of appraisals all go through here,
 * so what validation reports is exactly what the others trip on. Internal: not part of the API.
 */
public final class OrganizationCheck {

    /**
     * The checked organisations.
     *
     * @param federations         the federations that count (first definitions), in file order
     * @param chambers            the chambers that count, in file order
     * @param partyOrganizations  the party organisations that count, in file order
     * @param tree                the tree, built leniently
     * @param problems            the problems of the structure, by file then line
     */
    public record Result(List<Federation> federations, List<Chamber> chambers,
            List<PartyOrganization> partyOrganizations, OrganizationTree tree, List<DatasetProblem> problems) {

        /**
         * Creates the result.
         *
         * @param federations         the federations
         * @param chambers            the chambers
         * @param partyOrganizations  the party organisations
         * @param tree                the tree
         * @param problems            the problems
         */
        public Result {
            federations = List.copyOf(federations);
            chambers = List.copyOf(chambers);
            partyOrganizations = List.copyOf(partyOrganizations);
            problems = List.copyOf(problems);
        }

        /**
         * Tells whether the structure has a problem other than a repeated id, which the tree
         * resolves by keeping the first definition.
         *
         * @return the first such problem, or null
         */
        public DatasetProblem firstUnresolved() {
            for (DatasetProblem p : problems) {
                if (!"DUPLICATE_ID".equals(p.getProblemCode())) {
                    return p;
                }
            }
            return null;
        }
    }

    private OrganizationCheck() {}

    /**
     * Checks organisations given in memory; their lines are their positions, from 1.
     *
     * @param federations         the federations
     * @param chambers            the chambers
     * @param partyOrganizations  the party organisations
     * @return the result
     */
    public static Result check(java.util.Collection<Federation> federations, java.util.Collection<Chamber> chambers,
            java.util.Collection<PartyOrganization> partyOrganizations) {
        return check(Numbered.inOrder(federations), Numbered.inOrder(chambers), Numbered.inOrder(partyOrganizations));
    }

    /**
     * Checks organisations read from their files.
     *
     * @param federations         the federations with their lines in {@code federations.jsonl}
     * @param chambers            the chambers with their lines in {@code chambers.jsonl}
     * @param partyOrganizations  the party organisations with their lines
     * @return the result
     */
    public static Result check(List<Numbered<Federation>> federations, List<Numbered<Chamber>> chambers,
            List<Numbered<PartyOrganization>> partyOrganizations) {
        List<Federation> f = Numbered.records(federations);
        List<Chamber> c = Numbered.records(chambers);
        List<PartyOrganization> p = Numbered.records(partyOrganizations);
        List<OrganizationTreeException> found = new ArrayList<>();
        OrganizationTree tree = OrganizationTree.of(f, c, p, found::add);
        List<DatasetProblem> problems = new ArrayList<>();
        Set<OrganizationTree.Position> repeats = new HashSet<>();
        for (OrganizationTreeException e : found) {
            OrganizationTree.Position at = e.getPosition().orElseThrow();
            Numbered<? extends Organization> record = numbered(at, federations, chambers, partyOrganizations);
            String file = file(at.getKind());
            String message = e.getMessage();
            if ("DUPLICATE_ID".equals(e.getProblemCode())) {
                repeats.add(at);
                OrganizationTree.Position first = e.getEarlierPosition().orElseThrow();
                String firstFile = file(first.getKind());
                long firstLine = numbered(first, federations, chambers, partyOrganizations).line();
                message = "id " + e.getIds().get(0) + " is already used on line " + firstLine
                        + (firstFile.equals(file) ? "" : " of " + firstFile) + "; the first definition counts";
            }
            problems.add(DatasetProblem.of(file, record.line(), record.record().getId(), e.getPath(), Severity.ERROR,
                    e.getProblemCode(), message));
        }
        problems.sort(Comparator.comparingInt((DatasetProblem x) -> order(x.getFile())).thenComparingLong(DatasetProblem::getLine));
        return new Result(kept(f, OrganizationTree.Kind.FEDERATION, repeats),
                kept(c, OrganizationTree.Kind.CHAMBER, repeats),
                kept(p, OrganizationTree.Kind.PARTY_ORGANIZATION, repeats), tree, problems);
    }

    /**
     * Reads the organisation files of a dataset and checks them.
     *
     * @param dataset   the dataset
     * @param problems  receives the problems of the lines that cannot be read and of the whole
     *                  files (those of {@link Dataset#open(DatasetFile, Consumer)})
     * @return the result; its problems are those of the structure only
     * @throws UncheckedIOException if a file cannot be read
     */
    public static Result read(Dataset dataset, Consumer<? super DatasetProblem> problems) {
        return check(read(dataset, DatasetFile.FEDERATIONS, problems),
                read(dataset, DatasetFile.CHAMBERS, problems),
                read(dataset, DatasetFile.PARTY_ORGANIZATIONS, problems));
    }

    /**
     * Reads every record of a (small) file with its line, through {@link Dataset#open(DatasetFile,
     * Consumer)} (a byte order mark skipped; a file that is not UTF-8, cannot be read or changes
     * while it is read is a problem of the whole file).
     *
     * @param <T>       the record type
     * @param dataset   the dataset
     * @param file      the file
     * @param problems  receives the problems of the lines that cannot be read and of the whole file
     * @return the records in file order with their lines; empty when the file does not exist
     * @throws UncheckedIOException if the file cannot be read
     */
    public static <T> List<Numbered<T>> read(Dataset dataset, DatasetFile<T> file,
            Consumer<? super DatasetProblem> problems) {
        List<Numbered<T>> records = new ArrayList<>();
        try (JsonLinesReader<T> reader = dataset.open(file, problems)) {
            for (T record = reader.read(); record != null; record = reader.read()) {
                records.add(new Numbered<>(record, reader.getLineNumber()));
            }
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException("cannot read " + dataset.getFolder().resolve(file.getFileName()), e.getCause());
        }
        return records;
    }

    private static <T> List<T> kept(List<T> records, OrganizationTree.Kind kind, Set<OrganizationTree.Position> repeats) {
        if (repeats.isEmpty()) {
            return records;
        }
        List<T> out = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            if (!repeats.contains(OrganizationTree.Position.of(kind, i))) {
                out.add(records.get(i));
            }
        }
        return out;
    }

    private static Numbered<? extends Organization> numbered(OrganizationTree.Position at, List<Numbered<Federation>> federations,
            List<Numbered<Chamber>> chambers, List<Numbered<PartyOrganization>> partyOrganizations) {
        return switch (at.getKind()) {
            case FEDERATION -> federations.get(at.getIndex());
            case CHAMBER -> chambers.get(at.getIndex());
            case PARTY_ORGANIZATION -> partyOrganizations.get(at.getIndex());
        };
    }

    /**
     * Returns the file of a kind of organisation.
     *
     * @param kind  the kind
     * @return the file name
     */
    public static String file(OrganizationTree.Kind kind) {
        return switch (kind) {
            case FEDERATION -> DatasetFile.FEDERATIONS.getFileName();
            case CHAMBER -> DatasetFile.CHAMBERS.getFileName();
            case PARTY_ORGANIZATION -> DatasetFile.PARTY_ORGANIZATIONS.getFileName();
        };
    }

    private static int order(String file) {
        return file.equals(DatasetFile.FEDERATIONS.getFileName()) ? 0
                : file.equals(DatasetFile.CHAMBERS.getFileName()) ? 1 : 2;
    }
}
