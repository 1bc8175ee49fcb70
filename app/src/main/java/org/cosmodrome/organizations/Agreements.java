package org.cosmodrome.organizations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cosmodrome.platform.Page;
import org.cosmodrome.platform.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The agreements between parties of the spaceport, with their parties. */
@Repository
public class Agreements {

    private final JdbcClient jdbc;

    Agreements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Filters of the agreement listing; every {@code null} means "any".
     *
     * @param party only agreements this organisation is a party to
     * @param inForceOn only agreements in force on this day (status and dates)
     * @param viewer only agreements this actor may read
     */
    public record Filter(OrganizationId party, AgreementKind kind, AgreementStatus status, LocalDate inForceOn,
            org.cosmodrome.platform.Actor viewer) {
        public static Filter visibleTo(org.cosmodrome.platform.Actor viewer) {
            return new Filter(null, null, null, null, viewer);
        }
    }

    public Optional<Agreement> findById(AgreementId id) {
        return load(List.of(id.value())).stream().findFirst();
    }

    public Page<Agreement> find(Filter filter, PageQuery page) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> params = new ArrayList<>();
        if (filter.viewer().isAnonymous()) {
            where.append(" and false");
        } else if (!filter.viewer().readsEverything()) {
            where.append(" and (a.visibility = 'PUBLIC' or exists (select 1 from organizations.agreement_party p"
                    + " where p.agreement_id = a.id and p.organization_id = ?))");
            params.add(filter.viewer().organization() == null ? "" : filter.viewer().organization());
        }
        if (filter.party() != null) {
            where.append(" and exists (select 1 from organizations.agreement_party p"
                    + " where p.agreement_id = a.id and p.organization_id = ?)");
            params.add(filter.party().value());
        }
        if (filter.kind() != null) {
            where.append(" and a.kind = ?");
            params.add(filter.kind().name());
        }
        if (filter.status() != null) {
            where.append(" and a.status = ?");
            params.add(filter.status().name());
        }
        if (filter.inForceOn() != null) {
            where.append(" and a.status = 'IN_FORCE' and (a.effective_from is null or a.effective_from <= ?)"
                    + " and (a.expires_on is null or a.expires_on >= ?)");
            params.add(filter.inForceOn());
            params.add(filter.inForceOn());
        }
        long total = jdbc.sql("select count(*) from organizations.agreement a" + where).params(params)
                .query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(page.size());
        pageParams.add(page.offset());
        List<String> ids = jdbc.sql("select a.id from organizations.agreement a" + where
                        + " order by coalesce(a.signed_on, a.effective_from, a.created_at::date), a.id"
                        + " limit ? offset ?")
                .params(pageParams).query(String.class).list();
        return Page.of(load(ids), page, total);
    }

    void insert(Agreement a) {
        jdbc.sql("""
                insert into organizations.agreement (id, title, kind, status, visibility, signed_on, effective_from, expires_on,
                    date_note, annual_payment_amount, annual_payment_currency, terms, notes, confidence, sources)
                values (:id, :title, :kind, :status, :visibility, :signed, :from, :to, :dateNote, :amount, :currency, :terms,
                    :notes, :confidence, :sources)""")
                .params(columns(a)).update();
        insertParties(a);
    }

    boolean update(Agreement a, int expectedVersion) {
        int updated = jdbc.sql("""
                update organizations.agreement set title = :title, kind = :kind, status = :status,
                    visibility = :visibility, signed_on = :signed,
                    effective_from = :from, expires_on = :to, date_note = :dateNote, annual_payment_amount = :amount,
                    annual_payment_currency = :currency, terms = :terms, notes = :notes, confidence = :confidence,
                    sources = :sources, version = version + 1, updated_at = now()
                where id = :id and version = :expected""")
                .params(columns(a)).param("expected", expectedVersion).update();
        if (updated == 0) {
            return false;
        }
        jdbc.sql("delete from organizations.agreement_party where agreement_id = ?").param(a.id().value()).update();
        insertParties(a);
        return true;
    }

    private void insertParties(Agreement a) {
        for (OrganizationId party : a.parties()) {
            jdbc.sql("insert into organizations.agreement_party (agreement_id, organization_id) values (?, ?)")
                    .params(a.id().value(), party.value()).update();
        }
    }

    private static Map<String, Object> columns(Agreement a) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("id", a.id().value());
        c.put("title", a.title());
        c.put("kind", a.kind().name());
        c.put("status", a.status().name());
        c.put("visibility", a.visibility().name());
        c.put("signed", a.signedOn());
        c.put("from", a.effectiveFrom());
        c.put("to", a.expiresOn());
        c.put("dateNote", a.dateNote());
        c.put("amount", a.annualPayment() == null ? null : a.annualPayment().amount());
        c.put("currency", a.annualPayment() == null ? null : a.annualPayment().currency());
        c.put("terms", a.terms());
        c.put("notes", a.notes());
        c.put("confidence", a.confidence());
        c.put("sources", a.sources().toArray(String[]::new));
        return c;
    }

    private List<Agreement> load(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String[] idArray = ids.toArray(String[]::new);
        Map<String, List<OrganizationId>> parties = new LinkedHashMap<>();
        jdbc.sql("select agreement_id, organization_id from organizations.agreement_party"
                        + " where agreement_id = any(?) order by organization_id")
                .param(idArray)
                .query((ResultSet rs) -> {
                    parties.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new OrganizationId(rs.getString(2)));
                });
        Map<String, Agreement> byId = new LinkedHashMap<>();
        jdbc.sql("select * from organizations.agreement where id = any(?)").param(idArray)
                .query((ResultSet rs) -> {
                    Agreement a = map(rs, parties.getOrDefault(rs.getString("id"), List.of()));
                    byId.put(a.id().value(), a);
                });
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    private static Agreement map(ResultSet rs, List<OrganizationId> parties) throws SQLException {
        java.math.BigDecimal amount = rs.getBigDecimal("annual_payment_amount");
        return new Agreement(new AgreementId(rs.getString("id")), rs.getString("title"),
                AgreementKind.valueOf(rs.getString("kind")), AgreementStatus.valueOf(rs.getString("status")),
                AgreementVisibility.valueOf(rs.getString("visibility")), parties,
                rs.getObject("signed_on", LocalDate.class), rs.getObject("effective_from", LocalDate.class),
                rs.getObject("expires_on", LocalDate.class), rs.getString("date_note"),
                amount == null ? null : new Money(amount, rs.getString("annual_payment_currency")),
                rs.getString("terms"), rs.getString("notes"), rs.getString("confidence"),
                Arrays.asList((String[]) rs.getArray("sources").getArray()), rs.getInt("version"));
    }
}
