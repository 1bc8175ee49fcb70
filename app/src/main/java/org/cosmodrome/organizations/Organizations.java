package org.cosmodrome.organizations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cosmodrome.platform.LocalizedName;
import org.cosmodrome.platform.Page;
import org.cosmodrome.platform.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The organisations of the spaceport, in the {@code organizations} schema. */
@Repository
public class Organizations {

    private final JdbcClient jdbc;

    Organizations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Organization> findById(OrganizationId id) {
        return jdbc.sql("select * from organizations.organization where id = ?").param(id.value())
                .query(Organizations::map).optional();
    }

    /** Which of the given ids name organisations. */
    public Set<OrganizationId> existing(Collection<OrganizationId> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return jdbc.sql("select id from organizations.organization where id = any(?)")
                .param(ids.stream().map(OrganizationId::value).toArray(String[]::new))
                .query((rs, n) -> new OrganizationId(rs.getString(1))).set();
    }

    /** Display names of the given organisations in English, by id; unknown ids are left out. */
    public Map<OrganizationId, String> displayNames(Collection<OrganizationId> ids) {
        return displayNames(ids, java.util.Locale.ENGLISH);
    }

    /**
     * Display names of the given organisations, by id, in the locale's language: the English short name (or full
     * name) in English; the Russian or Kazakh name where known, else the English short name. Unknown ids are left out.
     */
    public Map<OrganizationId, String> displayNames(Collection<OrganizationId> ids, java.util.Locale locale) {
        Map<OrganizationId, String> names = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        jdbc.sql("select * from organizations.organization where id = any(?)")
                .param(ids.stream().map(OrganizationId::value).toArray(String[]::new))
                .query((ResultSet rs) -> {
                    Organization o = map(rs, 0);
                    String localName = o.name().in(locale);
                    names.put(o.id(), locale.getLanguage().equals("en") || localName.equals(o.name().en())
                            ? o.displayName() : localName);
                });
        return names;
    }

    /**
     * @param kind only this kind, or {@code null}
     * @param country only this country code, or {@code null}
     * @param text only names (any language) containing this, or {@code null}
     */
    public Page<Organization> find(OrganizationKind kind, String country, String text, PageQuery page) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> params = new ArrayList<>();
        if (kind != null) {
            where.append(" and kind = ?");
            params.add(kind.name());
        }
        if (country != null && !country.isBlank()) {
            where.append(" and country = upper(?)");
            params.add(country.strip());
        }
        if (text != null && !text.isBlank()) {
            where.append(" and concat_ws(' ', name_en, name_ru, name_kk, short_name) ilike ?");
            params.add("%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        long total = jdbc.sql("select count(*) from organizations.organization" + where).params(params)
                .query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(page.size());
        pageParams.add(page.offset());
        List<Organization> items = jdbc.sql("select * from organizations.organization" + where
                        + " order by kind, coalesce(short_name, name_en) limit ? offset ?")
                .params(pageParams).query(Organizations::map).list();
        return Page.of(items, page, total);
    }

    void insert(Organization o) {
        jdbc.sql("""
                insert into organizations.organization (id, name_en, name_ru, name_kk, short_name, kind, country, role,
                    parent_id, notes, confidence, sources)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(o.id().value(), o.name().en(), o.name().ru(), o.name().kk(), o.shortName(), o.kind().name(),
                        o.country(), o.role(), o.parent() == null ? null : o.parent().value(), o.notes(),
                        o.confidence(), o.sources().toArray(String[]::new))
                .update();
    }

    private static Organization map(ResultSet rs, int row) throws SQLException {
        String parent = rs.getString("parent_id");
        return new Organization(new OrganizationId(rs.getString("id")),
                new LocalizedName(rs.getString("name_en"), rs.getString("name_ru"), rs.getString("name_kk")),
                rs.getString("short_name"), OrganizationKind.valueOf(rs.getString("kind")), rs.getString("country"),
                rs.getString("role"), parent == null ? null : new OrganizationId(parent), rs.getString("notes"),
                rs.getString("confidence"), Arrays.asList((String[]) rs.getArray("sources").getArray()),
                rs.getInt("version"));
    }
}
