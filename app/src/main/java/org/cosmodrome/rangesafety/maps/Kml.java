package org.cosmodrome.rangesafety.maps;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.cosmodrome.rangesafety.GeoPoint;

/**
 * Features as a KML 2.2 document (OGC 07-147r2): one Placemark per feature with its name, its id and properties as
 * ExtendedData, and its geometry (Polygon, Point or LineString) with {@code longitude,latitude} coordinates.
 * Properties that are lists are written joined by {@code "; "}, maps as one Data element per entry
 * ({@code names.en}, {@code names.ru}, ...).
 */
public final class Kml {

    /** The media type of KML (OGC 07-147r2, annex). */
    public static final String MEDIA_TYPE = "application/vnd.google-earth.kml+xml";

    private static final String NAMESPACE = "http://www.opengis.net/kml/2.2";

    private Kml() {
    }

    /** A KML document named {@code name} holding {@code features}, in their order, as UTF-8 text. */
    public static String document(String name, List<? extends MapFeature> features) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("kml");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeStartElement("Document");
            text(xml, "name", name);
            for (MapFeature feature : features) {
                placemark(xml, feature);
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("KML could not be written", e);
        }
        return out.toString();
    }

    private static void placemark(XMLStreamWriter xml, MapFeature feature) throws XMLStreamException {
        xml.writeStartElement("Placemark");
        text(xml, "name", feature.name());
        xml.writeStartElement("ExtendedData");
        data(xml, "id", feature.id());
        for (Map.Entry<String, Object> property : feature.properties().entrySet()) {
            if (property.getValue() instanceof Map<?, ?> map) {
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    if (entry.getValue() != null) {
                        data(xml, property.getKey() + "." + entry.getKey(), entry.getValue());
                    }
                }
            } else {
                data(xml, property.getKey(), property.getValue());
            }
        }
        xml.writeEndElement();
        if (feature instanceof MapFeature.Area area) {
            xml.writeStartElement("Polygon");
            xml.writeStartElement("outerBoundaryIs");
            xml.writeStartElement("LinearRing");
            text(xml, "coordinates", coordinates(area.polygon().ring()));
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
        } else if (feature instanceof MapFeature.Spot spot) {
            xml.writeStartElement("Point");
            text(xml, "coordinates", coordinates(List.of(spot.position())));
            xml.writeEndElement();
        } else if (feature instanceof MapFeature.Track track) {
            xml.writeStartElement("LineString");
            text(xml, "tessellate", "1");
            text(xml, "coordinates", coordinates(track.path()));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void data(XMLStreamWriter xml, String name, Object value) throws XMLStreamException {
        xml.writeStartElement("Data");
        xml.writeAttribute("name", name);
        text(xml, "value", value instanceof List<?> list
                ? list.stream().map(String::valueOf).collect(Collectors.joining("; ")) : String.valueOf(value));
        xml.writeEndElement();
    }

    private static void text(XMLStreamWriter xml, String element, String text) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(text == null ? "" : text);
        xml.writeEndElement();
    }

    /** KML's tuples: {@code longitude,latitude} separated by spaces. */
    private static String coordinates(List<GeoPoint> points) {
        return points.stream().map(p -> plain(p.longitude()) + "," + plain(p.latitude()))
                .collect(Collectors.joining(" "));
    }

    /** A number without an exponent, which KML's coordinates do not allow. */
    private static String plain(double degrees) {
        return BigDecimal.valueOf(degrees).stripTrailingZeros().toPlainString();
    }
}
