package io.github.ficsdk.validation;

import io.github.ficsdk.validation.internal.CreditCodeRules;
import io.github.ficsdk.validation.internal.OrganizationCodeRules;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Unified Social Credit Code (统一社会信用代码, GB 32100-2015), such as
 * {@code 91350100M000100Y43}: 18 characters from {@code 0-9 A-H J-N P-R T-U W-Y} — the
 * registration authority, the category, the division of the registering office (positions 3–8),
 * the embedded GB 11714 organisation code (positions 9–17) and an ISO 7064 MOD 31-3 check
 * character.
 *
 * <pre>{@code
 * CreditCode code = CreditCode.parse("91350100M000100Y43");
 * code.getCategory();      // Optional[ENTERPRISE]
 * code.getDivisionCode();  // "350100"
 * CreditCode.isValid("91350100M000100Y4Z");                      // false
 * CreditCode.check("51350100M000100Y47", CreditCodeKind.ENTERPRISE); // [WARNING CREDIT_CODE_KIND …]
 * }</pre>
 *
 * <p>A value of this class passed the error layers: format and check character. The semantic
 * layers — authority and category, division, organisation-code check digit — only give
 * {@linkplain Severity#WARNING warnings} through {@link #check(CharSequence, CreditCodeKind)},
 * because legacy codes exist that fail them; such codes can still be parsed. Parsing never fixes
 * the input; {@link #normalize(CharSequence)} does, when asked.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class CreditCode extends StandardCode {

    private CreditCode(String code) {
        super(code);
    }

    /**
     * Parses a credit code from its 18 characters, the inverse of {@link #toString()}.
     *
     * @param text  the text to parse, such as {@code 91350100M000100Y43}, not null
     * @return the credit code, never null
     * @throws InvalidCodeException if the text fails the format or the check character, with the
     *         problem code of the failed layer (such as {@code CREDIT_CODE_CHECK_CHARACTER}); a
     *         resident identity card number, even a mistyped one, is reported masked
     * @throws NullPointerException if the text is null
     */
    public static CreditCode parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        if (CreditCodeRules.isValid(text)) {
            return new CreditCode(text.toString());
        }
        CreditCodeFinding error = CreditCodeRules.error(text);
        boolean personal = error.getCode().equals("CREDIT_CODE_RESIDENT_ID") || CreditCodeRules.looksPersonal(text);
        String input = personal ? CreditCodeRules.mask(text) : text.toString();
        throw new InvalidCodeException(error.getCode(), input, error.getIndex(),
                "Invalid credit code '" + input + "': " + CreditCodeRules.englishMessage(error));
    }

    /**
     * Completes the first 17 characters of a credit code with their check character, for test
     * data and tools that make codes: {@code withCheckCharacter("91330400MA2B3C4D5")} gives
     * {@code 91330400MA2B3C4D5} followed by the ISO 7064 MOD 31-3 check character. Only the check
     * character is computed: the embedded organisation code (positions 9–17) is taken as it is, so
     * {@link #check(CharSequence, CreditCodeKind)} warns when its own check digit is wrong; make it
     * with {@link OrganizationCode#withCheckDigit(CharSequence)} for a code without warnings:
     *
     * <pre>{@code
     * CreditCode.withCheckCharacter("91330400" + OrganizationCode.withCheckDigit("MA2B3C4D"));   // 91330400MA2B3C4D1R
     * }</pre>
     *
     * @param first17  the first 17 characters, from {@code 0-9 A-H J-N P-R T-U W-Y}, not null
     * @return the credit code, never null
     * @throws InvalidCodeException if the text is not 17 characters long
     *         ({@code CREDIT_CODE_LENGTH}), has a character no credit code uses
     *         ({@code CREDIT_CODE_CHARACTER}, naming it and its position), or the result would be a
     *         resident identity card number ({@code CREDIT_CODE_RESIDENT_ID}, masked)
     * @throws NullPointerException if the text is null
     * @since 0.1
     */
    public static CreditCode withCheckCharacter(CharSequence first17) {
        Objects.requireNonNull(first17, "first17");
        String text = first17.toString();
        boolean personal = CreditCodeRules.looksPersonal(text);
        String shown = personal ? CreditCodeRules.mask(text) : text;
        int length = text.codePointCount(0, text.length());
        if (length != CreditCodeRules.LENGTH - 1) {
            throw new InvalidCodeException("CREDIT_CODE_LENGTH", shown, -1, "Invalid credit code start '" + shown
                    + "': must be the first 17 characters of a credit code - but has " + length);
        }
        for (int i = 0; i < text.length(); i++) {
            if (ALPHABET.indexOf(text.charAt(i)) < 0) {
                throw new InvalidCodeException("CREDIT_CODE_CHARACTER", shown, i, "Invalid credit code start '"
                        + shown + "': character '" + (personal ? "*" : String.valueOf(text.charAt(i)))
                        + "' at position " + (i + 1) + " is not allowed (0-9 A-H J-N P-R T-U W-Y)");
            }
        }
        return parse(text + CreditCodeRules.expectedCheckCharacter(text));
    }

    /** The characters of a credit code, GB 32100-2015. */
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /**
     * Returns whether the text is a credit code: 18 allowed characters with the right check
     * character. Fast and allocation-free; the semantic warnings are not considered.
     *
     * @param text  the text to test, null gives false
     * @return true when {@link #parse(CharSequence)} would succeed
     */
    public static boolean isValid(CharSequence text) {
        return CreditCodeRules.isValid(text);
    }

    /**
     * Checks the text layer by layer and returns the findings, as {@code @ValidCreditCode} reports
     * them: either the one {@linkplain Severity#ERROR error} of the first failing layer (format,
     * resident ID number, check character), or the {@linkplain Severity#WARNING warnings} of the
     * semantic layers (authority and category, fit to {@code kind}, division, organisation code).
     *
     * <pre>{@code
     * CreditCode.check("91350100M000100Y4Z", CreditCodeKind.ANY).get(0).getCode();
     * // CREDIT_CODE_CHECK_CHARACTER
     * }</pre>
     *
     * @param text  the text to check, not null
     * @param kind  the kind of entity the code should identify, not null
     * @return the findings, empty for a valid code without warnings, never null
     * @throws NullPointerException if an argument is null
     */
    public static List<CreditCodeFinding> check(CharSequence text, CreditCodeKind kind) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        return CreditCodeRules.check(text, kind);
    }

    /**
     * Fixes the typing slips that validation only reports: full-width characters become
     * half-width, lower case becomes upper case, white space and invisible (zero-width or
     * control) characters are removed. Nothing else changes, so the result may still be invalid.
     *
     * <pre>{@code
     * CreditCode.normalize(" ９１350100m000100y43 "); // "91350100M000100Y43"
     * }</pre>
     *
     * @param text  the text to normalize, not null
     * @return the normalized text, never null
     * @throws NullPointerException if the text is null
     */
    public static String normalize(CharSequence text) {
        Objects.requireNonNull(text, "text");
        return CreditCodeRules.normalize(text);
    }

    /**
     * Returns the registration authority (登记管理部门) of the first character, such as
     * {@link RegistrationAuthority#INDUSTRY_AND_COMMERCE} for {@code 9}.
     *
     * @return the authority, empty when the character is not in GB 32100, never null
     */
    public Optional<RegistrationAuthority> getRegistrationAuthority() {
        return RegistrationAuthority.of(code.charAt(0));
    }

    /**
     * Returns the category (机构类别) of the first two characters, such as
     * {@link Category#SOCIAL_ORGANIZATION} for {@code 51}.
     *
     * @return the category, empty when the pair is not in GB 32100, never null
     */
    public Optional<Category> getCategory() {
        return Category.of(code.charAt(0), code.charAt(1));
    }

    /**
     * Returns the GB/T 2260 division code of the registering office, positions 3–8, such as
     * {@code 350100}; {@code 100000} for national registration.
     *
     * @return the six characters, never null
     */
    public String getDivisionCode() {
        return code.substring(2, 8);
    }

    /**
     * Returns the embedded GB 11714 organisation code, positions 9–17, such as
     * {@code M000100Y4}.
     *
     * @return the organisation code, empty when its check digit is wrong (a legacy code, reported
     *         as the warning {@code CREDIT_CODE_ORGANIZATION_CODE}), never null
     */
    public Optional<OrganizationCode> getOrganizationCode() {
        String embedded = code.substring(8, 17);
        return OrganizationCodeRules.isValid(embedded) ? Optional.of(OrganizationCode.parse(embedded))
                : Optional.empty();
    }

    /**
     * The registration authority (登记管理部门代码) of GB 32100-2015, the first character of a
     * credit code, such as {@link #CIVIL_AFFAIRS} ({@code 5}, 民政).
     *
     * @since 0.1
     */
    public enum RegistrationAuthority {
        /** {@code 1}: institutional establishment (机构编制). */
        ESTABLISHMENT('1', "机构编制", "institutional establishment"),
        /** {@code 2}: foreign affairs (外交). */
        FOREIGN_AFFAIRS('2', "外交", "foreign affairs"),
        /** {@code 3}: judicial administration (司法行政). */
        JUDICIAL_ADMINISTRATION('3', "司法行政", "judicial administration"),
        /** {@code 4}: culture (文化). */
        CULTURE('4', "文化", "culture"),
        /** {@code 5}: civil affairs (民政), registering chambers and associations. */
        CIVIL_AFFAIRS('5', "民政", "civil affairs"),
        /** {@code 6}: tourism (旅游). */
        TOURISM('6', "旅游", "tourism"),
        /** {@code 7}: religious affairs (宗教). */
        RELIGIOUS_AFFAIRS('7', "宗教", "religious affairs"),
        /** {@code 8}: trade unions (工会). */
        TRADE_UNION('8', "工会", "trade unions"),
        /** {@code 9}: industry and commerce (工商), now market regulation. */
        INDUSTRY_AND_COMMERCE('9', "工商", "industry and commerce"),
        /** {@code A}: the Reform and Establishment Office of the Central Military Commission. */
        MILITARY_ESTABLISHMENT('A', "中央军委改革和编制办公室",
                "Reform and Establishment Office of the Central Military Commission"),
        /** {@code N}: agriculture (农业). */
        AGRICULTURE('N', "农业", "agriculture"),
        /** {@code Y}: other authorities (其他). */
        OTHER('Y', "其他", "other");

        private final char code;
        private final String chineseName;
        private final String englishName;

        RegistrationAuthority(char code, String chineseName, String englishName) {
            this.code = code;
            this.chineseName = chineseName;
            this.englishName = englishName;
        }

        /**
         * Returns the authority of a code character.
         *
         * @param code  the first character of a credit code, such as {@code 9}
         * @return the authority, empty when unknown, never null
         */
        public static Optional<RegistrationAuthority> of(char code) {
            for (RegistrationAuthority authority : values()) {
                if (authority.code == code) {
                    return Optional.of(authority);
                }
            }
            return Optional.empty();
        }

        /**
         * Returns the code character, such as {@code 9}.
         *
         * @return the character
         */
        public char getCode() {
            return code;
        }

        /**
         * Returns the Chinese name, such as {@code 工商}.
         *
         * @return the name, never null
         */
        public String getChineseName() {
            return chineseName;
        }

        /**
         * Returns the English name, such as {@code industry and commerce}.
         *
         * @return the name, never null
         */
        public String getEnglishName() {
            return englishName;
        }
    }

    /**
     * The category (机构类别代码) of GB 32100-2015, the second character of a credit code read
     * together with its {@link RegistrationAuthority}, such as {@link #ENTERPRISE} ({@code 91}).
     *
     * @since 0.1
     */
    public enum Category {
        /** {@code 11} 机关: government organ. */
        GOVERNMENT_ORGAN(RegistrationAuthority.ESTABLISHMENT, '1', "机关", "government organ"),
        /** {@code 12} 事业单位: public institution. */
        PUBLIC_INSTITUTION(RegistrationAuthority.ESTABLISHMENT, '2', "事业单位", "public institution"),
        /** {@code 13} 中央编办直接管理机构编制的群众团体: mass organisation staffed by the central establishment office. */
        MASS_ORGANIZATION(RegistrationAuthority.ESTABLISHMENT, '3', "中央编办直接管理机构编制的群众团体",
                "mass organisation under the central establishment office"),
        /** {@code 19} 其他: other. */
        ESTABLISHMENT_OTHER(RegistrationAuthority.ESTABLISHMENT, '9', "其他", "other"),
        /** {@code 21} 外国常驻新闻机构: resident office of a foreign news agency. */
        FOREIGN_NEWS_AGENCY(RegistrationAuthority.FOREIGN_AFFAIRS, '1', "外国常驻新闻机构",
                "resident office of a foreign news agency"),
        /** {@code 29} 其他: other. */
        FOREIGN_AFFAIRS_OTHER(RegistrationAuthority.FOREIGN_AFFAIRS, '9', "其他", "other"),
        /** {@code 31} 律师执业机构: law firm. */
        LAW_FIRM(RegistrationAuthority.JUDICIAL_ADMINISTRATION, '1', "律师执业机构", "law firm"),
        /** {@code 32} 公证处: notary office. */
        NOTARY_OFFICE(RegistrationAuthority.JUDICIAL_ADMINISTRATION, '2', "公证处", "notary office"),
        /** {@code 33} 基层法律服务所: grassroots legal service office. */
        LEGAL_SERVICE_OFFICE(RegistrationAuthority.JUDICIAL_ADMINISTRATION, '3', "基层法律服务所",
                "grassroots legal service office"),
        /** {@code 34} 司法鉴定机构: forensic expertise institution. */
        FORENSIC_INSTITUTION(RegistrationAuthority.JUDICIAL_ADMINISTRATION, '4', "司法鉴定机构",
                "forensic expertise institution"),
        /** {@code 35} 仲裁委员会: arbitration commission. */
        ARBITRATION_COMMISSION(RegistrationAuthority.JUDICIAL_ADMINISTRATION, '5', "仲裁委员会",
                "arbitration commission"),
        /** {@code 39} 其他: other. */
        JUDICIAL_OTHER(RegistrationAuthority.JUDICIAL_ADMINISTRATION, '9', "其他", "other"),
        /** {@code 41} 外国在华文化中心: foreign cultural centre in China. */
        FOREIGN_CULTURAL_CENTRE(RegistrationAuthority.CULTURE, '1', "外国在华文化中心",
                "foreign cultural centre in China"),
        /** {@code 49} 其他: other. */
        CULTURE_OTHER(RegistrationAuthority.CULTURE, '9', "其他", "other"),
        /** {@code 51} 社会团体: social organisation, such as a chamber of commerce or an association. */
        SOCIAL_ORGANIZATION(RegistrationAuthority.CIVIL_AFFAIRS, '1', "社会团体", "social organisation"),
        /** {@code 52} 民办非企业单位: private non-enterprise unit. */
        PRIVATE_NON_ENTERPRISE_UNIT(RegistrationAuthority.CIVIL_AFFAIRS, '2', "民办非企业单位",
                "private non-enterprise unit"),
        /** {@code 53} 基金会: foundation. */
        FOUNDATION(RegistrationAuthority.CIVIL_AFFAIRS, '3', "基金会", "foundation"),
        /** {@code 59} 其他: other. */
        CIVIL_AFFAIRS_OTHER(RegistrationAuthority.CIVIL_AFFAIRS, '9', "其他", "other"),
        /** {@code 61} 外国旅游部门常驻代表机构: resident office of a foreign tourism authority. */
        FOREIGN_TOURISM_OFFICE(RegistrationAuthority.TOURISM, '1', "外国旅游部门常驻代表机构",
                "resident office of a foreign tourism authority"),
        /** {@code 62} 港澳台地区旅游部门常驻内地（大陆）代表机构: resident office of a Hong Kong, Macao or Taiwan tourism authority. */
        HONG_KONG_MACAO_TAIWAN_TOURISM_OFFICE(RegistrationAuthority.TOURISM, '2',
                "港澳台地区旅游部门常驻内地（大陆）代表机构",
                "resident office of a Hong Kong, Macao or Taiwan tourism authority"),
        /** {@code 69} 其他: other. */
        TOURISM_OTHER(RegistrationAuthority.TOURISM, '9', "其他", "other"),
        /** {@code 71} 宗教活动场所: venue for religious activities. */
        RELIGIOUS_VENUE(RegistrationAuthority.RELIGIOUS_AFFAIRS, '1', "宗教活动场所", "venue for religious activities"),
        /** {@code 72} 宗教院校: religious school. */
        RELIGIOUS_SCHOOL(RegistrationAuthority.RELIGIOUS_AFFAIRS, '2', "宗教院校", "religious school"),
        /** {@code 79} 其他: other. */
        RELIGIOUS_OTHER(RegistrationAuthority.RELIGIOUS_AFFAIRS, '9', "其他", "other"),
        /** {@code 81} 基层工会: grassroots trade union. */
        GRASSROOTS_TRADE_UNION(RegistrationAuthority.TRADE_UNION, '1', "基层工会", "grassroots trade union"),
        /** {@code 89} 其他: other. */
        TRADE_UNION_OTHER(RegistrationAuthority.TRADE_UNION, '9', "其他", "other"),
        /** {@code 91} 企业: enterprise. */
        ENTERPRISE(RegistrationAuthority.INDUSTRY_AND_COMMERCE, '1', "企业", "enterprise"),
        /** {@code 92} 个体工商户: individual business. */
        INDIVIDUAL_BUSINESS(RegistrationAuthority.INDUSTRY_AND_COMMERCE, '2', "个体工商户", "individual business"),
        /** {@code 93} 农民专业合作社: farmers' specialised cooperative. */
        FARMERS_COOPERATIVE(RegistrationAuthority.INDUSTRY_AND_COMMERCE, '3', "农民专业合作社",
                "farmers' specialised cooperative"),
        /** {@code A1} 军队事业单位: military public institution. */
        MILITARY_PUBLIC_INSTITUTION(RegistrationAuthority.MILITARY_ESTABLISHMENT, '1', "军队事业单位",
                "military public institution"),
        /** {@code A9} 其他: other. */
        MILITARY_OTHER(RegistrationAuthority.MILITARY_ESTABLISHMENT, '9', "其他", "other"),
        /** {@code N1} 组级集体经济组织: group-level collective economic organisation. */
        GROUP_COLLECTIVE(RegistrationAuthority.AGRICULTURE, '1', "组级集体经济组织",
                "group-level collective economic organisation"),
        /** {@code N2} 村级集体经济组织: village-level collective economic organisation. */
        VILLAGE_COLLECTIVE(RegistrationAuthority.AGRICULTURE, '2', "村级集体经济组织",
                "village-level collective economic organisation"),
        /** {@code N3} 乡镇级集体经济组织: township-level collective economic organisation. */
        TOWNSHIP_COLLECTIVE(RegistrationAuthority.AGRICULTURE, '3', "乡镇级集体经济组织",
                "township-level collective economic organisation"),
        /** {@code N9} 其他: other. */
        AGRICULTURE_OTHER(RegistrationAuthority.AGRICULTURE, '9', "其他", "other"),
        /** {@code Y1} 其他: other authorities do not divide into categories. */
        OTHER(RegistrationAuthority.OTHER, '1', "其他", "other");

        private final RegistrationAuthority registrationAuthority;
        private final char code;
        private final String chineseName;
        private final String englishName;

        Category(RegistrationAuthority registrationAuthority, char code, String chineseName, String englishName) {
            this.registrationAuthority = registrationAuthority;
            this.code = code;
            this.chineseName = chineseName;
            this.englishName = englishName;
        }

        /**
         * Returns the category of the first two characters of a credit code.
         *
         * @param authority  the first character, such as {@code 5}
         * @param category   the second character, such as {@code 1}
         * @return the category, empty when the pair is not in GB 32100, never null
         */
        public static Optional<Category> of(char authority, char category) {
            for (Category value : values()) {
                if (value.registrationAuthority.getCode() == authority && value.code == category) {
                    return Optional.of(value);
                }
            }
            return Optional.empty();
        }

        /**
         * Returns the registration authority this category belongs to.
         *
         * @return the authority, never null
         */
        public RegistrationAuthority getRegistrationAuthority() {
            return registrationAuthority;
        }

        /**
         * Returns the category character, the second of a credit code, such as {@code 1}.
         *
         * @return the character
         */
        public char getCode() {
            return code;
        }

        /**
         * Returns the Chinese name, such as {@code 社会团体}.
         *
         * @return the name, never null
         */
        public String getChineseName() {
            return chineseName;
        }

        /**
         * Returns the English name, such as {@code social organisation}.
         *
         * @return the name, never null
         */
        public String getEnglishName() {
            return englishName;
        }
    }
}
