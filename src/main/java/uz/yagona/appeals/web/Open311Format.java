package uz.yagona.appeals.web;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes GeoReport v2 answers as JSON (an array of objects) or XML (a root element of named items), as the
 * request's {@code .json} or {@code .xml} ending asks.
 */
enum Open311Format {
    JSON(MediaType.APPLICATION_JSON),
    XML(MediaType.TEXT_XML);

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final XMLOutputFactory XML_OUTPUT = XMLOutputFactory.newFactory();

    private final MediaType mediaType;

    Open311Format(MediaType mediaType) {
        this.mediaType = mediaType;
    }

    /** The format an ending names: {@code json}, {@code xml}, or none (JSON, unless the client accepts only XML). */
    static Open311Format of(String ending, String accept) {
        return switch (ending) {
            case "json" -> JSON;
            case "xml" -> XML;
            case "" -> accept.contains("xml") && !accept.contains("json") ? XML : JSON;
            default -> throw new IllegalArgumentException(ending);
        };
    }

    /** A list of items: {@code <root><item>...</item></root>} in XML, an array in JSON. */
    ResponseEntity<String> write(HttpStatus status, String root, String item, List<Map<String, Object>> items) {
        var body = this == JSON ? MAPPER.writeValueAsString(items) : xml(root, item, items);
        return ResponseEntity.status(status).contentType(mediaType).body(body);
    }

    ResponseEntity<String> errors(HttpStatus status, List<String> descriptions) {
        return write(status, "errors", "error", descriptions.stream()
                .<Map<String, Object>>map(description -> new java.util.LinkedHashMap<>(Map.of("code", status.value(),
                        "description", description)))
                .toList());
    }

    private static String xml(String root, String item, List<Map<String, Object>> items) {
        try {
            var out = new StringWriter();
            var xml = XML_OUTPUT.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement(root);
            for (var fields : items) {
                xml.writeStartElement(item);
                for (var field : fields.entrySet()) {
                    xml.writeStartElement(field.getKey());
                    if (field.getValue() != null) {
                        xml.writeCharacters(String.valueOf(field.getValue()));
                    }
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Writing XML to a string cannot fail", e);
        }
    }
}
