package org.cosmodrome.rangesafety;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.cosmodrome.platform.LocalizedName;
import org.cosmodrome.platform.Page;
import org.cosmodrome.platform.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The drop zones, in the {@code rangesafety} schema. Listings are in order of country, then id. The outline is
 * stored as a JSON ring of {@code [longitude, latitude]} pairs.
 */
@Repository
public class DropZones {

    private static final String ORDER = " order by country, id";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    DropZones(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<DropZone> findById(DropZoneId id) {
        return jdbc.sql("select * from rangesafety.drop_zone where id = ?").param(id.value())
                .query((rs, n) -> map(rs)).optional();
    }

    public List<DropZone> findAll() {
        return jdbc.sql("select * from rangesafety.drop_zone" + ORDER).query((rs, n) -> map(rs)).list();
    }

    public Page<DropZone> find(PageQuery page) {
        long total = jdbc.sql("select count(*) from rangesafety.drop_zone").query(Long.class).single();
        List<DropZone> zones = jdbc.sql("select * from rangesafety.drop_zone" + ORDER + " limit ? offset ?")
                .params(page.size(), page.offset()).query((rs, n) -> map(rs)).list();
        return Page.of(zones, page, total);
    }

    void insert(DropZone zone) {
        ReferenceLocality locality = zone.referenceLocality();
        jdbc.sql("""
                insert into rangesafety.drop_zone (id, name_en, name_ru, name_kk, country, region, stage_kinds,
                    polygon, outline, approximate, geometry_basis, reference_name_en, reference_name_ru,
                    reference_name_kk, reference_latitude, reference_longitude, reference_note, area_km2, notes,
                    confidence, sources)
                values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(zone.id().value(), zone.name().en(), zone.name().ru(), zone.name().kk(), zone.country(),
                        zone.region(), zone.stageKinds().toArray(String[]::new), ring(zone.polygon()),
                        zone.outline() == null ? null : json.writeValueAsString(zone.outline()), zone.approximate(),
                        zone.geometryBasis(), locality.name().en(), locality.name().ru(), locality.name().kk(),
                        locality.position().latitude(), locality.position().longitude(), locality.note(),
                        zone.areaKm2(), zone.notes(), zone.confidence(), zone.sources().toArray(String[]::new))
                .update();
    }

    private String ring(GroundPolygon polygon) {
        return json.writeValueAsString(polygon.ring().stream()
                .map(p -> new double[] {p.longitude(), p.latitude()}).toList());
    }

    private DropZone map(ResultSet rs) throws SQLException {
        double[][] lonLat = json.readValue(rs.getString("polygon"), double[][].class);
        GroundPolygon polygon = new GroundPolygon(Arrays.stream(lonLat).map(p -> new GeoPoint(p[1], p[0])).toList());
        String outline = rs.getString("outline");
        return new DropZone(DropZoneId.of(rs.getString("id")),
                new LocalizedName(rs.getString("name_en"), rs.getString("name_ru"), rs.getString("name_kk")),
                rs.getString("country"), rs.getString("region"), strings(rs, "stage_kinds"), polygon,
                outline == null ? null : json.readValue(outline, ZoneOutline.class), rs.getBoolean("approximate"),
                rs.getString("geometry_basis"),
                new ReferenceLocality(new LocalizedName(rs.getString("reference_name_en"),
                        rs.getString("reference_name_ru"), rs.getString("reference_name_kk")),
                        new GeoPoint(rs.getDouble("reference_latitude"), rs.getDouble("reference_longitude")),
                        rs.getString("reference_note")),
                (Double) rs.getObject("area_km2"), rs.getString("notes"), rs.getString("confidence"),
                strings(rs, "sources"));
    }

    static List<String> strings(ResultSet rs, String column) throws SQLException {
        java.sql.Array array = rs.getArray(column);
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
