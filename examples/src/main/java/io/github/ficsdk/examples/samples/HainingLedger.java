package io.github.ficsdk.examples.samples;

import io.github.ficsdk.core.activity.Activity;
import io.github.ficsdk.core.activity.ActivityTarget;
import io.github.ficsdk.core.member.Enterprise;
import io.github.ficsdk.core.member.Membership;
import io.github.ficsdk.core.member.Person;
import io.github.ficsdk.core.org.AnnualTarget;
import io.github.ficsdk.core.org.Chamber;
import io.github.ficsdk.core.org.Federation;
import io.github.ficsdk.core.org.PartyOrganization;
import io.github.ficsdk.core.proposal.Proposal;
import io.github.ficsdk.core.schema.RecordSchema;
import io.github.ficsdk.core.schema.RecordSchemas;
import io.github.ficsdk.examples.seed.SeedDataset;
import io.github.ficsdk.tabular.Ledger;
import io.github.ficsdk.tabular.LedgerContent;
import io.github.ficsdk.tabular.LedgerProblem;
import io.github.ficsdk.tabular.LedgerWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Sample: the seed dataset's 海宁市 (330481) as the ledger workbook a county staffer keeps — a
 * title row above the headers, amounts in 万元, some dates typed as text ({@code 2017年3月5日},
 * {@code 2017/3/5}), a 合计 row at the bottom — and reading it back with {@link Ledger}.
 *
 * <pre>{@code
 * LedgerContent content = Ledger.of(Path.of("海宁台账.xlsx")).readAll();
 * for (LedgerProblem p : content.getProblems()) {
 *     System.out.println(p);              // 海宁台账.xlsx 活动!A40 TOTAL_ROW …: skipped
 * }
 * List<Activity> activities = content.records(RecordSchemas.ACTIVITY);
 * }</pre>
 *
 * <p>Run it with a file name ({@code HainingLedger 海宁台账.xlsx}) to write the workbook and read it.
 *
 * @since 0.1
 */
public final class HainingLedger {

    /** The county's federation. */
    public static final String COUNTY = "F330481";

    private HainingLedger() {}

    /**
     * Writes the sample ledger and reads it back.
     *
     * @param args  the workbook to write (default {@code 海宁台账.xlsx})
     */
    public static void main(String[] args) {
        Path xlsx = Path.of(args.length > 0 ? args[0] : "海宁台账.xlsx");
        write(SeedDataset.generate(), xlsx);
        read(xlsx, System.out);
    }

    /**
     * Returns the county's records of the seed dataset: the city and county federations, the
     * county's chambers and party organisations, their memberships and members, the activities,
     * proposals and annual targets of the county's organisations, and the enterprises and persons
     * they name.
     *
     * @param seed  the seed dataset, not null
     * @return the records of each schema, in the order of {@link RecordSchemas#all()}, never null
     */
    public static Map<RecordSchema<?>, List<?>> records(SeedDataset seed) {
        Set<String> subtree = new HashSet<>(Set.of(COUNTY));
        List<Federation> federations = seed.federations().stream()
                .filter(f -> f.getId().equals(COUNTY) || f.getId().equals(SeedDataset.CITY)).toList();
        List<Chamber> chambers = seed.chambers().stream().filter(c -> c.getFederation().equals(COUNTY)).toList();
        chambers.forEach(c -> subtree.add(c.getId()));
        List<PartyOrganization> parties = seed.partyOrganizations().stream()
                .filter(p -> subtree.contains(p.getHost())).toList();
        parties.forEach(p -> subtree.add(p.getId()));
        List<Membership> memberships = seed.memberships().stream().filter(m -> subtree.contains(m.getOrganization()))
                .toList();
        List<Activity> activities = seed.activities().stream()
                .filter(a -> a.getOrganizers().stream().anyMatch(subtree::contains)).toList();
        Set<String> named = new HashSet<>();
        memberships.forEach(m -> named.add(m.getMember()));
        for (Activity a : activities) {
            for (ActivityTarget t : a.getTargets()) {
                named.add(t.getId());
            }
        }
        List<Person> persons = seed.persons().stream().filter(p -> named.contains(p.getId())).toList();
        persons.forEach(p -> p.getEnterprise().ifPresent(named::add));
        List<Enterprise> enterprises = seed.enterprises().stream().filter(e -> named.contains(e.getId())).toList();
        List<Proposal> proposals = seed.proposals().stream().filter(p -> subtree.contains(p.getSubmitter())).toList();
        List<AnnualTarget> targets = seed.targets().stream().filter(t -> subtree.contains(t.getOrganization())).toList();
        Map<RecordSchema<?>, List<?>> map = new LinkedHashMap<>();
        map.put(RecordSchemas.FEDERATION, federations);
        map.put(RecordSchemas.CHAMBER, chambers);
        map.put(RecordSchemas.PARTY_ORGANIZATION, parties);
        map.put(RecordSchemas.ENTERPRISE, enterprises);
        map.put(RecordSchemas.PERSON, persons);
        map.put(RecordSchemas.MEMBERSHIP, memberships);
        map.put(RecordSchemas.ACTIVITY, activities);
        map.put(RecordSchemas.PROPOSAL, proposals);
        map.put(RecordSchemas.ANNUAL_TARGET, targets);
        return map;
    }

    /**
     * Writes the county's ledger as a staffer would have typed it.
     *
     * @param seed  the seed dataset, not null
     * @param xlsx  the workbook, not null
     * @return the workbook, never null
     * @throws UncheckedIOException if it cannot be written
     */
    public static Path write(SeedDataset seed, Path xlsx) {
        LedgerWriter.write(records(seed), xlsx);
        try {
            XSSFWorkbook wb;
            try (InputStream in = Files.newInputStream(xlsx)) {
                wb = new XSSFWorkbook(in);
            }
            try (wb) {
                staffer(wb.getSheet(RecordSchemas.ACTIVITY.getSheetName().get()));
                try (OutputStream out = Files.newOutputStream(xlsx)) {
                    wb.write(out);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return xlsx;
    }

    /** A title and a unit line above the headers, 万元, dates typed as text, a 合计 row. */
    private static void staffer(XSSFSheet sheet) {
        int last = sheet.getLastRowNum();
        sheet.shiftRows(0, last, 2);
        sheet.createRow(0).createCell(0).setCellValue("海宁市工商联 2017 年工作台账（活动）");
        sheet.createRow(1).createCell(0).setCellValue("填报单位：海宁市工商联　　金额单位：万元");
        sheet.createFreezePane(0, 3);
        Row header = sheet.getRow(2);
        int amount = -1;
        int start = -1;
        for (Cell c : header) {
            if (c.getStringCellValue().equals("金额（元）")) {
                amount = c.getColumnIndex();
            } else if (c.getStringCellValue().equals("开始日期")) {
                start = c.getColumnIndex();
            }
        }
        // a new cell: POI rewriting an inline-string cell in place would keep the old text as its value
        CellStyle style = header.getCell(amount).getCellStyle();
        header.removeCell(header.getCell(amount));
        header.createCell(amount).setCellValue("金额（万元）");
        header.getCell(amount).setCellStyle(style);
        int lastData = last + 2;
        for (int r = 3; r <= lastData; r++) {
            Row row = sheet.getRow(r);
            Cell a = row.getCell(amount);
            if (a != null && a.getCellType() == CellType.NUMERIC) {
                a.setCellValue(BigDecimal.valueOf(a.getNumericCellValue()).movePointLeft(4).doubleValue());
                a.setCellStyle(null);
            }
            Cell s = row.getCell(start);
            if (s != null && r % 3 == 0) {
                LocalDate d = s.getLocalDateTimeCellValue().toLocalDate();
                s.setCellStyle(null);
                s.setCellValue(r % 2 == 0 ? d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日"
                        : d.getYear() + "/" + d.getMonthValue() + "/" + d.getDayOfMonth());
            }
        }
        Row total = sheet.createRow(lastData + 1);
        total.createCell(0).setCellValue("合计");
        String letters = CellReference.convertNumToColString(amount);
        Cell sum = total.createCell(amount);
        sum.setCellFormula("SUM(" + letters + "4:" + letters + (lastData + 1) + ")");
    }

    /**
     * Reads a ledger and prints its problems and how many records of each type it holds.
     *
     * @param xlsx  the workbook, not null
     * @param out   where to print, not null
     * @return what was read, never null
     */
    public static LedgerContent read(Path xlsx, PrintStream out) {
        LedgerContent content = Ledger.of(xlsx).readAll();
        for (LedgerProblem p : content.getProblems()) {
            out.println(p);
        }
        for (Map.Entry<RecordSchema<?>, List<Object>> e : content.getRecords().entrySet()) {
            out.println(e.getKey().getSheetName().get() + "：" + e.getValue().size() + " 条");
        }
        return content;
    }
}
