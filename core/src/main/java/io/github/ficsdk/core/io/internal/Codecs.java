package io.github.ficsdk.core.io.internal;

import static io.github.ficsdk.core.io.internal.JsonReads.activityKind;
import static io.github.ficsdk.core.io.internal.JsonReads.count;
import static io.github.ficsdk.core.io.internal.JsonReads.date;
import static io.github.ficsdk.core.io.internal.JsonReads.decimal;
import static io.github.ficsdk.core.io.internal.JsonReads.enumValue;
import static io.github.ficsdk.core.io.internal.JsonReads.extensions;
import static io.github.ficsdk.core.io.internal.JsonReads.intCount;
import static io.github.ficsdk.core.io.internal.JsonReads.startArray;
import static io.github.ficsdk.core.io.internal.JsonReads.string;
import static io.github.ficsdk.core.io.internal.JsonReads.strings;
import static io.github.ficsdk.core.io.internal.JsonReads.yuan;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.ficsdk.core.Extensions;
import io.github.ficsdk.core.activity.Activity;
import io.github.ficsdk.core.activity.ActivityTarget;
import io.github.ficsdk.core.activity.TargetType;
import io.github.ficsdk.core.member.Enterprise;
import io.github.ficsdk.core.member.Gender;
import io.github.ficsdk.core.member.Membership;
import io.github.ficsdk.core.member.Ownership;
import io.github.ficsdk.core.member.Person;
import io.github.ficsdk.core.member.Role;
import io.github.ficsdk.core.org.AnnualTarget;
import io.github.ficsdk.core.org.Chamber;
import io.github.ficsdk.core.org.ChamberKind;
import io.github.ficsdk.core.org.ChamberStatus;
import io.github.ficsdk.core.org.Federation;
import io.github.ficsdk.core.org.FederationLevel;
import io.github.ficsdk.core.org.FeeTier;
import io.github.ficsdk.core.org.PartyOrganization;
import io.github.ficsdk.core.org.PartyOrganizationKind;
import io.github.ficsdk.core.proposal.Proposal;
import io.github.ficsdk.core.proposal.ProposalBody;
import io.github.ficsdk.core.proposal.ProposalSession;
import io.github.ficsdk.core.proposal.ProposalType;
import io.github.ficsdk.core.proposal.Recognition;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The codecs of every record type, as stateless singletons. Internal: not part of the API. */
public final class Codecs {

    private Codecs() {}

    private static final FederationLevel[] LEVELS = FederationLevel.values();
    private static final ChamberKind[] CHAMBER_KINDS = ChamberKind.values();
    private static final ChamberStatus[] CHAMBER_STATUSES = ChamberStatus.values();
    private static final PartyOrganizationKind[] PARTY_KINDS = PartyOrganizationKind.values();
    private static final Ownership[] OWNERSHIPS = Ownership.values();
    private static final Gender[] GENDERS = Gender.values();
    private static final Role[] ROLES = Role.values();
    private static final TargetType[] TARGET_TYPES = TargetType.values();
    private static final ProposalBody[] BODIES = ProposalBody.values();
    private static final ProposalType[] PROPOSAL_TYPES = ProposalType.values();
    private static final Recognition[] RECOGNITIONS = Recognition.values();

    // ---- helpers for writing

    static void writeExtensions(JsonGenerator g, Extensions extensions) throws IOException {
        if (extensions.isEmpty()) {
            return;
        }
        g.writeFieldName("extensions");
        writeExtensionsObject(g, extensions);
    }

    /**
     * Writes extensions as a JSON object: texts as strings, numbers as plain decimals.
     *
     * @param g           the generator
     * @param extensions  the extensions
     * @throws IOException if writing fails
     */
    public static void writeExtensionsObject(JsonGenerator g, Extensions extensions) throws IOException {
        g.writeStartObject();
        for (Map.Entry<String, Object> e : extensions.asMap().entrySet()) {
            g.writeFieldName(e.getKey());
            if (e.getValue() instanceof BigDecimal d) {
                g.writeNumber(d.toPlainString());
            } else {
                g.writeString((String) e.getValue());
            }
        }
        g.writeEndObject();
    }

    static void opt(JsonGenerator g, String name, Optional<?> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(name, value.get().toString());
        }
    }

    static void writeStrings(JsonGenerator g, String name, List<?> values) throws IOException {
        if (values.isEmpty()) {
            return;
        }
        g.writeFieldName(name);
        g.writeStartArray();
        for (Object v : values) {
            g.writeString(v.toString());
        }
        g.writeEndArray();
    }

    static String at(String path, int index) {
        return path + "[" + index + "]";
    }

    // ---- Federation

    public static final RecordCodec<Federation, Federation.Builder> FEDERATION =
            new RecordCodec<>(new String[] {"id", "name", "level", "division", "parent", "extensions"},
                    "id", "name", "level", "division") {
        @Override
        protected Federation.Builder newBuilder() {
            return Federation.builder();
        }

        @Override
        protected void readField(JsonParser p, Federation.Builder b, int field, String path) throws IOException {
            switch (field) {
                case 0: b.id(string(p, path)); break;
                case 1: b.name(string(p, path)); break;
                case 2: b.level(enumValue(p, path, LEVELS)); break;
                case 3: b.division(string(p, path)); break;
                case 4: b.parent(string(p, path)); break;
                default: b.extensions(extensions(p, path)); break;
            }
        }

        @Override
        protected Federation build(Federation.Builder b) {
            return b.build();
        }

        @Override
        public String idOf(Federation value) {
            return value.getId();
        }

        @Override
        public void write(JsonGenerator g, Federation v) throws IOException {
            g.writeStartObject();
            g.writeStringField("id", v.getId());
            g.writeStringField("name", v.getName());
            g.writeStringField("level", v.getLevel().name());
            g.writeStringField("division", v.getDivision());
            opt(g, "parent", v.getParent());
            writeExtensions(g, v.getExtensions());
            g.writeEndObject();
        }
    };

    // ---- FeeTier and Chamber

    static final RecordCodec<FeeTier, FeeTier.Builder> FEE_TIER =
            new RecordCodec<>(new String[] {"name", "annualFeeYuan"}, "name", "annualFeeYuan") {
        @Override
        protected FeeTier.Builder newBuilder() {
            return FeeTier.builder();
        }

        @Override
        protected void readField(JsonParser p, FeeTier.Builder b, int field, String path) throws IOException {
            if (field == 0) {
                b.name(string(p, path));
            } else {
                b.annualFeeYuan(yuan(p, path));
            }
        }

        @Override
        protected FeeTier build(FeeTier.Builder b) {
            return b.build();
        }

        @Override
        public void write(JsonGenerator g, FeeTier v) throws IOException {
            g.writeStartObject();
            g.writeStringField("name", v.getName());
            g.writeStringField("annualFeeYuan", v.getAnnualFeeYuan().toString());
            g.writeEndObject();
        }
    };

    public static final RecordCodec<Chamber, Chamber.Builder> CHAMBER =
            new RecordCodec<>(new String[] {"id", "name", "kind", "federation", "creditCode", "status",
                "registeredOn", "originRegion", "hostRegion", "feeTiers", "extensions"},
                    "id", "name", "kind", "federation") {
        @Override
        protected Chamber.Builder newBuilder() {
            return Chamber.builder();
        }

        @Override
        protected void readField(JsonParser p, Chamber.Builder b, int field, String path) throws IOException {
            switch (field) {
                case 0: b.id(string(p, path)); break;
                case 1: b.name(string(p, path)); break;
                case 2: b.kind(enumValue(p, path, CHAMBER_KINDS)); break;
                case 3: b.federation(string(p, path)); break;
                case 4: b.creditCode(string(p, path)); break;
                case 5: b.status(enumValue(p, path, CHAMBER_STATUSES)); break;
                case 6: b.registeredOn(date(p, path)); break;
                case 7: b.originRegion(string(p, path)); break;
                case 8: b.hostRegion(string(p, path)); break;
                case 9:
                    startArray(p, path, "fee tiers");
                    for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
                        b.addFeeTier(FEE_TIER.read(p, at(path, i) + "."));
                    }
                    break;
                default: b.extensions(extensions(p, path)); break;
            }
        }

        @Override
        protected Chamber build(Chamber.Builder b) {
            return b.build();
        }

        @Override
        public String idOf(Chamber value) {
            return value.getId();
        }

        @Override
        public void write(JsonGenerator g, Chamber v) throws IOException {
            g.writeStartObject();
            g.writeStringField("id", v.getId());
            g.writeStringField("name", v.getName());
            g.writeStringField("kind", v.getKind().name());
            g.writeStringField("federation", v.getFederation());
            opt(g, "creditCode", v.getCreditCode());
            if (v.getStatus() != ChamberStatus.ACTIVE) {
                g.writeStringField("status", v.getStatus().name());
            }
            opt(g, "registeredOn", v.getRegisteredOn());
            opt(g, "originRegion", v.getOriginRegion());
            opt(g, "hostRegion", v.getHostRegion());
            if (!v.getFeeTiers().isEmpty()) {
                g.writeFieldName("feeTiers");
                g.writeStartArray();
                for (FeeTier tier : v.getFeeTiers()) {
                    FEE_TIER.write(g, tier);
                }
                g.writeEndArray();
            }
            writeExtensions(g, v.getExtensions());
            g.writeEndObject();
        }
    };

    // ---- PartyOrganization

    public static final RecordCodec<PartyOrganization, PartyOrganization.Builder> PARTY_ORGANIZATION =
            new RecordCodec<>(new String[] {"id", "name", "kind", "host", "establishedOn", "memberCount", "extensions"},
                    "id", "name", "kind", "host") {
        @Override
        protected PartyOrganization.Builder newBuilder() {
            return PartyOrganization.builder();
        }

        @Override
        protected void readField(JsonParser p, PartyOrganization.Builder b, int field, String path) throws IOException {
            switch (field) {
                case 0: b.id(string(p, path)); break;
                case 1: b.name(string(p, path)); break;
                case 2: b.kind(enumValue(p, path, PARTY_KINDS)); break;
                case 3: b.host(string(p, path)); break;
                case 4: b.establishedOn(date(p, path)); break;
                case 5: b.memberCount(intCount(p, path)); break;
                default: b.extensions(extensions(p, path)); break;
            }
        }

        @Override
        protected PartyOrganization build(PartyOrganization.Builder b) {
            return b.build();
        }

        @Override
        public String idOf(PartyOrganization value) {
            return value.getId();
        }

        @Override
        public void write(JsonGenerator g, PartyOrganization v) throws IOException {
            g.writeStartObject();
            g.writeStringField("id", v.getId());
            g.writeStringField("name", v.getName());
            g.writeStringField("kind", v.getKind().name());
            g.writeStringField("host", v.getHost());
            opt(g, "establishedOn", v.getEstablishedOn());
            if (v.getMemberCount().isPresent()) {
                g.writeNumberField("memberCount", v.getMemberCount().getAsInt());
            }
            writeExtensions(g, v.getExtensions());
            g.writeEndObject();
        }
    };

    // ---- Enterprise

    public static final RecordCodec<Enterprise, Enterprise.Builder> ENTERPRISE =
            new RecordCodec<>(new String[] {"id", "name", "creditCode", "division", "industry", "ownership",
                "revenueYuan", "revenueYear", "employees", "extensions"}, "id", "name") {
        @Override
        protected Enterprise.Builder newBuilder() {
            return Enterprise.builder();
        }

        @Override
        protected void readField(JsonParser p, Enterprise.Builder b, int field, String path) throws IOException {
            switch (field) {
                case 0: b.id(string(p, path)); break;
                case 1: b.name(string(p, path)); break;
                case 2: b.creditCode(string(p, path)); break;
                case 3: b.division(string(p, path)); break;
                case 4: b.industry(string(p, path)); break;
                case 5: b.ownership(enumValue(p, path, OWNERSHIPS)); break;
                case 6: b.revenueYuan(yuan(p, path)); break;
                case 7: b.revenueYear(intCount(p, path)); break;
                case 8: b.employees(intCount(p, path)); break;
                default: b.extensions(extensions(p, path)); break;
            }
        }

        @Override
        protected Enterprise build(Enterprise.Builder b) {
            return b.build();
        }

        @Override
        public String idOf(Enterprise value) {
            return value.getId();
        }

        @Override
        public void write(JsonGenerator g, Enterprise v) throws IOException {
            g.writeStartObject();
            g.writeStringField("id", v.getId());
            g.writeStringField("name", v.getName());
            opt(g, "creditCode", v.getCreditCode());
            opt(g, "division", v.getDivision());
            opt(g, "industry", v.getIndustry());
            opt(g, "ownership", v.getOwnership());
            opt(g, "revenueYuan", v.getRevenueYuan());
            if (v.getRevenueYear().isPresent()) {
                g.writeNumberField("revenueYear", v.getRevenueYear().getAsInt());
            }
            if (v.getEmployees().isPresent()) {
                g.writeNumberField("employees", v.getEmployees().getAsInt());
            }
            writeExtensions(g, v.getExtensions());
            g.writeEndObject();
        }
    };

    // ---- Person

    public static final RecordCodec<Person, Person.Builder> PERSON =
            new RecordCodec<>(new String[] {"id", "name", "birthYear", "enterprise", "mobile", "gender", "extensions"},
                    "id", "name") {
        @Override
        protected Person.Builder newBuilder() {
            return Person.builder();
        }

        @Override
        protected void readField(JsonParser p, Person.Builder b, int field, String path) throws IOException {
            switch (field) {
                case 0: b.id(string(p, path)); break;
                case 1: b.name(string(p, path)); break;
                case 2: b.birthYear(intCount(p, path)); break;
                case 3: b.enterprise(string(p, path)); break;
                case 4: b.mobile(string(p, path)); break;
                case 5: b.gender(enumValue(p, path, GENDERS)); break;
                default: b.extensions(extensions(p, path)); break;
            }
        }

        @Override
        protected Person build(Person.Builder b) {
            return b.build();
        }

        @Override
        public String idOf(Person value) {
            return value.getId();
        }

        @Override
        public void write(JsonGenerator g, Person v) throws IOException {
            g.writeStartObject();
            g.writeStringField("id", v.getId());
            g.writeStringField("name", v.getName());
            if (v.getBirthYear().isPresent()) {
                g.writeNumberField("birthYear", v.getBirthYear().getAsInt());
            }
            opt(g, "enterprise", v.getEnterprise());
            opt(g, "mobile", v.getMobile());
            opt(g, "gender", v.getGender());
            writeExtensions(g, v.getExtensions());
            g.writeEndObject();
        }
    };

    // ---- Membership

    public static final RecordCodec<Membership, Membership.Builder> MEMBERSHIP =
            new RecordCodec<>(new String[] {"member", "organization", "role", "feeTier", "since", "until", "extensions"},
                    "member", "organization", "role") {
        @Override
        protected Membership.Builder newBuilder() {
            return Membership.builder();
        }

        @Override
        protected void readField(JsonParser p, Membership.Builder b, int field, String path) throws IOException {
            switch (field) {
                case 0: b.member(string(p, path)); break;
                case 1: b.organization(string(p, path)); break;
                case 2: b.role(enumValue(p, path, ROLES)); break;
                case 3: b.feeTier(string(p, path)); break;
                case 4: b.since(date(p, path)); break;
                case 5: b.until(date(p, path)); break;
                default: b.extensions(extensions(p, path)); break;
            }
        }

        @Override
        protected Membership build(Membership.Builder b) {
            return b.build();
        }

        @Override
        public void write(JsonGenerator g, Membership v) throws IOException {
            g.writeStartObject();
            g.writeStringField("member", v.getMember());
            g.writeStringField("organization", v.getOrganization());
            g.writeStringField("role", v.getRole().name());
            opt(g, "feeTier", v.getFeeTier());
            opt(g, "since", v.getSince());
            opt(g, "until", v.getUntil());
            writeExtensions(g, v.getExtensions());
            g.writeEndObject();
        }
    };

    // ---- Activity

    static final RecordCodec<ActivityTarget, TargetBuilder> TARGET =
            new RecordCodec<>(new String[] {"type", "id"}, "type", "id") {
        @Override
        protected TargetBuilder newBuilder() {
            return new TargetBuilder();
        }

        @Override
        protected void readField(JsonParser p, TargetBuilder b, int field, String path) throws IOException {
            if (field == 0) {
                b.type = enumValue(p, path, TARGET_TYPES);
            } else {
                b.id = string(p, path);
            }
        }

        @Override
        protected ActivityTarget build(TargetBuilder b) {
            return ActivityTarget.of(b.type, b.id);
        }

        @Override
        public void write(JsonGenerator g, ActivityTarget v) throws IOException {
            g.writeStartObject();
            g.writeStringField("type", v.getType().name());
            g.writeStringField("id", v.getId());
            g.writeEndObject();
        }
    };

    static final class TargetBuilder {
        TargetType type;
        String id;
    }

    public static final RecordCodec<Activity, Activity.Builder> ACTIVITY =
            new RecordCodec<>(new String[] {"id", "kind", "start", "organizers", "title", "end", "region", "sessions",
                "participants", "copies", "amountYuan", "targets", "tags", "extensions"},
                    "id", "kind", "start", "organizers") {
        @Override
        protected Activity.Builder newBuilder() {
            return Activity.builder();
        }

        @Override
        protected void readField(JsonParser p, Activity.Builder b, int field, String path) throws IOException {
            switch (field) {
                case 0: b.id(string(p, path)); break;
                case 1: b.kind(activityKind(p, path)); break;
                case 2: b.start(date(p, path)); break;
                case 3: b.organizers(strings(p, path)); break;
                case 4: b.title(string(p, path)); break;
                case 5: b.end(date(p, path)); break;
                case 6: b.region(string(p, path)); break;
                case 7: b.sessions(intCount(p, path)); break;
                case 8: b.participants(count(p, path, Long.MAX_VALUE)); break;
                case 9: b.copies(count(p, path, Long.MAX_VALUE)); break;
                case 10: b.amountYuan(yuan(p, path)); break;
                case 11:
                    startArray(p, path, "targets");
                    for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
                        b.addTarget(TARGET.read(p, at(path, i) + "."));
                    }
                    break;
                case 12: b.tags(strings(p, path)); break;
                default: b.extensions(extensions(p, path)); break;
            }
        }

        @Override
        protected Activity build(Activity.Builder b) {
            return b.build();
        }

        @Override
        public String idOf(Activity value) {
            return value.getId();
        }

        @Override
        public void write(JsonGenerator g, Activity v) throws IOException {
            g.writeStartObject();
            g.writeStringField("id", v.getId());
            g.writeStringField("kind", v.getKind().getCode());
            g.writeStringField("start", v.getStart().toString());
            writeStrings(g, "organizers", v.getOrganizers());
            opt(g, "title", v.getTitle());
            if (!v.getEnd().equals(v.getStart())) {
                g.writeStringField("end", v.getEnd().toString());
            }
            opt(g, "region", v.getRegion());
            if (v.getSessions() != 1) {
                g.writeNumberField("sessions", v.getSessions());
            }
            if (v.getParticipants().isPresent()) {
                g.writeNumberField("participants", v.getParticipants().getAsLong());
            }
            if (v.getCopies().isPresent()) {
                g.writeNumberField("copies", v.getCopies().getAsLong());
            }
            opt(g, "amountYuan", v.getAmountYuan());
            if (!v.getTargets().isEmpty()) {
                g.writeFieldName("targets");
                g.writeStartArray();
                for (ActivityTarget t : v.getTargets()) {
                    TARGET.write(g, t);
                }
                g.writeEndArray();
            }
            writeStrings(g, "tags", v.getTags());
            writeExtensions(g, v.getExtensions());
            g.writeEndObject();
        }
    };

    // ---- Proposal

    static final class SessionBuilder {
        ProposalBody body;
        String division;
        int term;
        int number;
    }

    static final RecordCodec<ProposalSession, SessionBuilder> SESSION =
            new RecordCodec<>(new String[] {"body", "division", "term", "number"}, "body", "division", "term", "number") {
        @Override
        protected SessionBuilder newBuilder() {
            return new SessionBuilder();
        }

        @Override
        protected void readField(JsonParser p, SessionBuilder b, int field, String path) throws IOException {
            switch (field) {
                case 0: b.body = enumValue(p, path, BODIES); break;
                case 1: b.division = string(p, path); break;
                case 2: b.term = intCount(p, path); break;
                default: b.number = intCount(p, path); break;
            }
        }

        @Override
        protected ProposalSession build(SessionBuilder b) {
            return ProposalSession.of(b.body, b.division, b.term, b.number);
        }

        @Override
        public void write(JsonGenerator g, ProposalSession v) throws IOException {
            g.writeStartObject();
            g.writeStringField("body", v.getBody().name());
            g.writeStringField("division", v.getDivision());
            g.writeNumberField("term", v.getTerm());
            g.writeNumberField("number", v.getNumber());
            g.writeEndObject();
        }
    };

    public static final RecordCodec<Proposal, Proposal.Builder> PROPOSAL =
            new RecordCodec<>(new String[] {"id", "session", "submitter", "type", "submittedOn", "title",
                "recognitions", "extensions"}, "id", "session", "submitter", "type", "submittedOn") {
        @Override
        protected Proposal.Builder newBuilder() {
            return Proposal.builder();
        }

        @Override
        protected void readField(JsonParser p, Proposal.Builder b, int field, String path) throws IOException {
            switch (field) {
                case 0: b.id(string(p, path)); break;
                case 1: b.session(SESSION.read(p, path + ".")); break;
                case 2: b.submitter(string(p, path)); break;
                case 3: b.type(enumValue(p, path, PROPOSAL_TYPES)); break;
                case 4: b.submittedOn(date(p, path)); break;
                case 5: b.title(string(p, path)); break;
                case 6:
                    startArray(p, path, "recognitions");
                    for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
                        b.addRecognition(enumValue(p, at(path, i), RECOGNITIONS));
                    }
                    break;
                default: b.extensions(extensions(p, path)); break;
            }
        }

        @Override
        protected Proposal build(Proposal.Builder b) {
            return b.build();
        }

        @Override
        public String idOf(Proposal value) {
            return value.getId();
        }

        @Override
        public void write(JsonGenerator g, Proposal v) throws IOException {
            g.writeStartObject();
            g.writeStringField("id", v.getId());
            g.writeFieldName("session");
            SESSION.write(g, v.getSession());
            g.writeStringField("submitter", v.getSubmitter());
            g.writeStringField("type", v.getType().name());
            g.writeStringField("submittedOn", v.getSubmittedOn().toString());
            opt(g, "title", v.getTitle());
            writeStrings(g, "recognitions", v.getRecognitions());
            writeExtensions(g, v.getExtensions());
            g.writeEndObject();
        }
    };

    // ---- AnnualTarget

    public static final RecordCodec<AnnualTarget, AnnualTarget.Builder> ANNUAL_TARGET =
            new RecordCodec<>(new String[] {"organization", "year", "indicator", "value", "extensions"},
                    "organization", "year", "indicator", "value") {
        @Override
        protected AnnualTarget.Builder newBuilder() {
            return AnnualTarget.builder();
        }

        @Override
        protected void readField(JsonParser p, AnnualTarget.Builder b, int field, String path) throws IOException {
            switch (field) {
                case 0: b.organization(string(p, path)); break;
                case 1: b.year(intCount(p, path)); break;
                case 2: b.indicator(string(p, path)); break;
                case 3: b.value(decimal(p, path)); break;
                default: b.extensions(extensions(p, path)); break;
            }
        }

        @Override
        protected AnnualTarget build(AnnualTarget.Builder b) {
            return b.build();
        }

        @Override
        public void write(JsonGenerator g, AnnualTarget v) throws IOException {
            g.writeStartObject();
            g.writeStringField("organization", v.getOrganization());
            g.writeNumberField("year", v.getYear());
            g.writeStringField("indicator", v.getIndicator());
            g.writeFieldName("value");
            g.writeNumber(v.getValue().toPlainString());
            writeExtensions(g, v.getExtensions());
            g.writeEndObject();
        }
    };

}
