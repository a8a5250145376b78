package io.github.ficsdk.validation.internal;

/**
 * The sections (门类) and divisions (大类) of GB/T 4754-2017, 国民经济行业分类, with their Chinese
 * names, and allocation-free parsing of their text form ({@code C} or {@code C17}). Internal: not
 * part of the API; use {@code io.github.ficsdk.validation.IndustryCode}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IndustryTable {

    /** The number of sections, A to T. */
    public static final int SECTION_COUNT = 20;

    /** The number of divisions, 01 to 97. */
    public static final int DIVISION_COUNT = 97;

    private static final String[] SECTION_NAMES = {
        "农、林、牧、渔业",                         // A
        "采矿业",                                   // B
        "制造业",                                   // C
        "电力、热力、燃气及水生产和供应业",         // D
        "建筑业",                                   // E
        "批发和零售业",                             // F
        "交通运输、仓储和邮政业",                   // G
        "住宿和餐饮业",                             // H
        "信息传输、软件和信息技术服务业",           // I
        "金融业",                                   // J
        "房地产业",                                 // K
        "租赁和商务服务业",                         // L
        "科学研究和技术服务业",                     // M
        "水利、环境和公共设施管理业",               // N
        "居民服务、修理和其他服务业",               // O
        "教育",                                     // P
        "卫生和社会工作",                           // Q
        "文化、体育和娱乐业",                       // R
        "公共管理、社会保障和社会组织",             // S
        "国际组织",                                 // T
    };

    /** The first division of each section; a section runs up to the next section's first minus one. */
    private static final int[] FIRST_DIVISION = {
        1, 6, 13, 44, 47, 51, 53, 61, 63, 66, 70, 71, 73, 76, 80, 83, 84, 86, 91, 97, 98,
    };

    private static final String[] DIVISION_NAMES = {
        null,
        // A 01-05
        "农业", "林业", "畜牧业", "渔业", "农、林、牧、渔专业及辅助性活动",
        // B 06-12
        "煤炭开采和洗选业", "石油和天然气开采业", "黑色金属矿采选业", "有色金属矿采选业", "非金属矿采选业",
        "开采专业及辅助性活动", "其他采矿业",
        // C 13-43
        "农副食品加工业", "食品制造业", "酒、饮料和精制茶制造业", "烟草制品业", "纺织业",
        "纺织服装、服饰业", "皮革、毛皮、羽毛及其制品和制鞋业", "木材加工和木、竹、藤、棕、草制品业",
        "家具制造业", "造纸和纸制品业", "印刷和记录媒介复制业", "文教、工美、体育和娱乐用品制造业",
        "石油、煤炭及其他燃料加工业", "化学原料和化学制品制造业", "医药制造业", "化学纤维制造业",
        "橡胶和塑料制品业", "非金属矿物制品业", "黑色金属冶炼和压延加工业", "有色金属冶炼和压延加工业",
        "金属制品业", "通用设备制造业", "专用设备制造业", "汽车制造业",
        "铁路、船舶、航空航天和其他运输设备制造业", "电气机械和器材制造业",
        "计算机、通信和其他电子设备制造业", "仪器仪表制造业", "其他制造业", "废弃资源综合利用业",
        "金属制品、机械和设备修理业",
        // D 44-46
        "电力、热力生产和供应业", "燃气生产和供应业", "水的生产和供应业",
        // E 47-50
        "房屋建筑业", "土木工程建筑业", "建筑安装业", "建筑装饰、装修和其他建筑业",
        // F 51-52
        "批发业", "零售业",
        // G 53-60
        "铁路运输业", "道路运输业", "水上运输业", "航空运输业", "管道运输业", "多式联运和运输代理业",
        "装卸搬运和仓储业", "邮政业",
        // H 61-62
        "住宿业", "餐饮业",
        // I 63-65
        "电信、广播电视和卫星传输服务", "互联网和相关服务", "软件和信息技术服务业",
        // J 66-69
        "货币金融服务", "资本市场服务", "保险业", "其他金融业",
        // K 70
        "房地产业",
        // L 71-72
        "租赁业", "商务服务业",
        // M 73-75
        "研究和试验发展", "专业技术服务业", "科技推广和应用服务业",
        // N 76-79
        "水利管理业", "生态保护和环境治理业", "公共设施管理业", "土地管理业",
        // O 80-82
        "居民服务业", "机动车、电子产品和日用产品修理业", "其他服务业",
        // P 83
        "教育",
        // Q 84-85
        "卫生", "社会工作",
        // R 86-90
        "新闻和出版业", "广播、电视、电影和录音制作业", "文化艺术业", "体育", "娱乐业",
        // S 91-96
        "中国共产党机关", "国家机构", "人民政协、民主党派", "社会保障", "群众团体、社会团体和其他成员组织",
        "基层群众自治组织及其他组织",
        // T 97
        "国际组织",
    };

    private IndustryTable() {}

    /**
     * Returns the name of a section.
     *
     * @param section  the section ordinal, 0 for A to 19 for T
     * @return the Chinese name, never null
     */
    public static String sectionName(int section) {
        return SECTION_NAMES[section];
    }

    /**
     * Returns the first division of a section, such as 13 for C.
     *
     * @param section  the section ordinal, 0 for A to 19 for T
     * @return the first division number
     */
    public static int firstDivision(int section) {
        return FIRST_DIVISION[section];
    }

    /**
     * Returns the last division of a section, such as 43 for C.
     *
     * @param section  the section ordinal, 0 for A to 19 for T
     * @return the last division number
     */
    public static int lastDivision(int section) {
        return FIRST_DIVISION[section + 1] - 1;
    }

    /**
     * Returns the name of a division.
     *
     * @param division  the division number, 1 to 97
     * @return the Chinese name, never null
     */
    public static String divisionName(int division) {
        return DIVISION_NAMES[division];
    }

    /**
     * Returns the section a division belongs to.
     *
     * @param division  the division number, 1 to 97
     * @return the section ordinal, 0 for A to 19 for T
     */
    public static int sectionOf(int division) {
        int section = 0;
        while (FIRST_DIVISION[section + 1] <= division) {
            section++;
        }
        return section;
    }

    /**
     * Checks the shape of an industry code without allocating: an upper-case ASCII letter,
     * optionally followed by two ASCII digits.
     *
     * @param text  the text, not null
     * @return -1 if the shape is right, else the index of the first offending character (a wrong
     *     character, the fourth character, or the end of a two-character text)
     */
    public static int shapeError(CharSequence text) {
        int length = text.length();
        if (length == 0) {
            return 0;
        }
        char letter = text.charAt(0);
        if (letter < 'A' || letter > 'Z') {
            return 0;
        }
        for (int i = 1; i < length; i++) {
            if (i == 3) {
                return 3;
            }
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return i;
            }
        }
        return length == 2 ? 2 : -1;
    }

    /**
     * Finds a well-shaped code (see {@link #shapeError(CharSequence)}) without allocating.
     *
     * @param text  the text, of the right shape
     * @return the section ordinal (0 to 19) for a section, {@code 100 + division} (101 to 197) for
     *     a division of its own section, or -1 for a letter after T, division 00 or 98-99, or a
     *     division of another section
     */
    public static int find(CharSequence text) {
        int section = text.charAt(0) - 'A';
        if (section >= SECTION_COUNT) {
            return -1;
        }
        if (text.length() == 1) {
            return section;
        }
        int division = (text.charAt(1) - '0') * 10 + (text.charAt(2) - '0');
        if (division < FIRST_DIVISION[section] || division >= FIRST_DIVISION[section + 1]) {
            return -1;
        }
        return 100 + division;
    }
}
