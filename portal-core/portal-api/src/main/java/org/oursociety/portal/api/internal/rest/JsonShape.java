package org.oursociety.portal.api.internal.rest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.stream.JsonParser;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Array;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URL;
import java.time.temporal.Temporal;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.oursociety.portal.api.i18n.Message;

/**
 * What every JSON request body of every WAR must be before JSON-B sees it: no NUL character and no
 * unpaired surrogate in any string or name, nested at most {@value #MAX_DEPTH} deep, numbers of at
 * most {@value #MAX_NUMBER_CHARS} characters, and, where the body is read into a record, each member
 * of the JSON type the record's component expects. JSON-B alone would turn {@code "slug": 123} into
 * the text "123"; PostgreSQL would refuse the NUL with an exception, and the deep or huge input costs
 * stack and time.
 *
 * <p>A pure function of the bytes and the target type: {@link StrictJsonReader} applies it to every
 * JSON body, and its unit test covers each rule. Problems are keyed by the member's path
 * ({@code name}, {@code address.line1}, {@code postcodes[2]}); a problem with the whole body is keyed
 * {@code ""}.
 */
public final class JsonShape {

    public static final String BUNDLE = "org.oursociety.portal.api.rest.Input";
    public static final int MAX_DEPTH = 32;
    public static final int MAX_NUMBER_CHARS = 40;
    /** An exponent beyond this makes a small literal a number too big to compute with. */
    static final int MAX_EXPONENT = 400;

    private JsonShape() {
    }

    /** The problems of this body for this target type, path to message; empty when it may be read. */
    public static Map<String, Message> problems(byte[] body, Type target) {
        Map<String, Message> problems = new LinkedHashMap<>();
        if (!scan(body, problems) || !problems.isEmpty()) {
            return problems;
        }
        JsonValue tree;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
            tree = reader.readValue();
        } catch (JsonException e) {
            return Map.of("", message("json.malformed"));
        }
        if (!wholeBodyFits(tree, target)) {
            return Map.of("", message("json.expected.object"));
        }
        check(tree, target, "", problems);
        return problems;
    }

    /** A body read into a record, a map or a JSON object must be a JSON object ({@code null} would reach the resource as null). */
    private static boolean wholeBodyFits(JsonValue tree, Type target) {
        Class<?> raw = rawClass(target);
        boolean wantsObject = raw != null && (raw.isRecord() || Map.class.isAssignableFrom(raw) || raw == JsonObject.class);
        return !wantsObject || tree.getValueType() == JsonValue.ValueType.OBJECT;
    }

    /** The streaming pass: cheap, non-recursive, and first, so depth and size are bounded before any tree is built. */
    private static boolean scan(byte[] body, Map<String, Message> problems) {
        Deque<Frame> frames = new ArrayDeque<>();
        try (JsonParser parser = Json.createParser(new ByteArrayInputStream(body))) {
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                if (event == JsonParser.Event.END_OBJECT || event == JsonParser.Event.END_ARRAY) {
                    frames.pop();
                    continue;
                }
                if (event == JsonParser.Event.KEY_NAME) {
                    frames.peek().key = parser.getString();
                    checkText(frames.peek().key, pathOf(frames), problems);
                    continue;
                }
                if (!frames.isEmpty() && frames.peek().array) {
                    frames.peek().index++;
                }
                switch (event) {
                    case START_OBJECT, START_ARRAY -> {
                        if (frames.size() >= MAX_DEPTH) {
                            problems.put("", message("json.depth", MAX_DEPTH));
                            return false;
                        }
                        frames.push(new Frame(event == JsonParser.Event.START_ARRAY));
                    }
                    case VALUE_STRING -> checkText(parser.getString(), pathOf(frames), problems);
                    case VALUE_NUMBER -> {
                        if (!reasonableNumber(parser.getString())) {
                            problems.putIfAbsent(pathOf(frames), message("json.number", MAX_NUMBER_CHARS));
                        }
                    }
                    default -> {
                        // true, false, null
                    }
                }
            }
            return true;
        } catch (JsonException | IllegalStateException | java.util.NoSuchElementException e) {
            problems.clear();
            problems.put("", message("json.malformed"));
            return false;
        }
    }

    /** Where the streaming pass is: in an object at a member, or in an array at an index. */
    private static final class Frame {
        final boolean array;
        String key;
        int index = -1;

        Frame(boolean array) {
            this.array = array;
        }
    }

    private static String pathOf(Deque<Frame> frames) {
        StringBuilder out = new StringBuilder();
        var it = frames.descendingIterator();
        while (it.hasNext()) {
            Frame frame = it.next();
            if (frame.array) {
                out.append('[').append(Math.max(0, frame.index)).append(']');
            } else if (frame.key != null) {
                appendName(out, frame.key);
            }
        }
        return out.toString();
    }

    private static void appendName(StringBuilder out, String name) {
        if (!out.isEmpty()) {
            out.append('.');
        }
        out.append(printable(name));
    }

    /** A name fit to echo back: without the very characters that are refused in it. */
    private static String printable(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            out.append(c == 0 || Character.isSurrogate(c) ? '\uFFFD' : c);
        }
        return out.length() > 100 ? out.substring(0, 100) : out.toString();
    }

    static void checkText(String text, String path, Map<String, Message> problems) {
        if (text.indexOf('\0') >= 0) {
            problems.putIfAbsent(path, message("json.nul"));
        } else if (hasLoneSurrogate(text)) {
            problems.putIfAbsent(path, message("json.surrogate"));
        }
    }

    /** True if a high surrogate lacks its low half or a low one comes alone. */
    public static boolean hasLoneSurrogate(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return true;
                }
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    static boolean reasonableNumber(String literal) {
        if (literal.length() > MAX_NUMBER_CHARS) {
            return false;
        }
        int e = Math.max(literal.indexOf('e'), literal.indexOf('E'));
        if (e < 0) {
            return true;
        }
        try {
            return Math.abs(Integer.parseInt(literal.substring(e + 1).replace("+", ""))) <= MAX_EXPONENT;
        } catch (NumberFormatException tooLong) {
            return false;
        }
    }

    /** The second pass: each member against the component it will fill. */
    private static void check(JsonValue value, Type target, String path, Map<String, Message> problems) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL || target == null) {
            return;
        }
        Class<?> raw = rawClass(target);
        if (raw == null || raw == Object.class || JsonValue.class.isAssignableFrom(raw)) {
            return;
        }
        if (raw == Optional.class) {
            check(value, typeArgument(target, 0), path, problems);
            return;
        }
        JsonValue.ValueType type = value.getValueType();
        if (isText(raw)) {
            expect(type == JsonValue.ValueType.STRING, "json.expected.string", path, problems);
        } else if (raw == boolean.class || raw == Boolean.class) {
            expect(type == JsonValue.ValueType.TRUE || type == JsonValue.ValueType.FALSE, "json.expected.boolean", path, problems);
        } else if (isNumber(raw)) {
            if (type != JsonValue.ValueType.NUMBER) {
                problems.putIfAbsent(path, message(isWhole(raw) ? "json.expected.whole" : "json.expected.number"));
            } else if (!fits(((JsonNumber) value).bigDecimalValue(), raw)) {
                problems.putIfAbsent(path, message(isWhole(raw) ? "json.range.whole" : "json.range"));
            }
        } else if (raw.isArray() || Collection.class.isAssignableFrom(raw)) {
            if (type != JsonValue.ValueType.ARRAY) {
                problems.putIfAbsent(path, message("json.expected.array"));
                return;
            }
            Type element = raw.isArray() ? componentType(target) : typeArgument(target, 0);
            JsonArray array = value.asJsonArray();
            for (int i = 0; i < array.size(); i++) {
                check(array.get(i), element, path + "[" + i + "]", problems);
            }
        } else if (Map.class.isAssignableFrom(raw)) {
            if (type != JsonValue.ValueType.OBJECT) {
                problems.putIfAbsent(path, message("json.expected.object"));
                return;
            }
            Type valueType = typeArgument(target, 1);
            for (Map.Entry<String, JsonValue> member : value.asJsonObject().entrySet()) {
                check(member.getValue(), valueType, join(path, member.getKey()), problems);
            }
        } else if (raw.isRecord()) {
            if (type != JsonValue.ValueType.OBJECT) {
                problems.putIfAbsent(path, message("json.expected.object"));
                return;
            }
            JsonObject object = value.asJsonObject();
            for (RecordComponent component : raw.getRecordComponents()) {
                String name = jsonName(component);
                if (object.containsKey(name)) {
                    check(object.get(name), component.getGenericType(), join(path, name), problems);
                }
            }
        }
        // Other classes (JSON-B's own adapters, beans): the scan's rules apply, the types are theirs.
    }

    private static void expect(boolean ok, String key, String path, Map<String, Message> problems) {
        if (!ok) {
            problems.putIfAbsent(path, message(key));
        }
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? printable(name) : path + "." + printable(name);
    }

    private static String jsonName(RecordComponent component) {
        JsonbProperty property = component.getAccessor().getAnnotation(JsonbProperty.class);
        if (property == null) {
            try {
                property = component.getDeclaringRecord().getDeclaredField(component.getName()).getAnnotation(JsonbProperty.class);
            } catch (NoSuchFieldException e) {
                property = null;
            }
        }
        if (property == null) {
            property = component.getAnnotation(JsonbProperty.class);
        }
        return property == null || property.value().isEmpty() ? component.getName() : property.value();
    }

    private static boolean isText(Class<?> raw) {
        return raw == String.class || raw == char.class || raw == Character.class || raw.isEnum()
                || raw == UUID.class || raw == URI.class || raw == URL.class || Temporal.class.isAssignableFrom(raw)
                || raw == java.time.ZoneId.class || raw == java.time.Duration.class || raw == java.time.Period.class
                || raw == java.util.Locale.class;
    }

    private static boolean isNumber(Class<?> raw) {
        return raw.isPrimitive() && raw != boolean.class && raw != char.class || Number.class.isAssignableFrom(raw);
    }

    private static boolean isWhole(Class<?> raw) {
        return raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class
                || raw == short.class || raw == Short.class || raw == byte.class || raw == Byte.class
                || raw == BigInteger.class;
    }

    private static boolean fits(BigDecimal number, Class<?> raw) {
        if (isWhole(raw)) {
            BigInteger whole;
            try {
                whole = number.toBigIntegerExact();
            } catch (ArithmeticException fraction) {
                return false;
            }
            if (raw == BigInteger.class) {
                return true;
            }
            long min = raw == int.class || raw == Integer.class ? Integer.MIN_VALUE
                    : raw == short.class || raw == Short.class ? Short.MIN_VALUE
                    : raw == byte.class || raw == Byte.class ? Byte.MIN_VALUE : Long.MIN_VALUE;
            long max = raw == int.class || raw == Integer.class ? Integer.MAX_VALUE
                    : raw == short.class || raw == Short.class ? Short.MAX_VALUE
                    : raw == byte.class || raw == Byte.class ? Byte.MAX_VALUE : Long.MAX_VALUE;
            return whole.compareTo(BigInteger.valueOf(min)) >= 0 && whole.compareTo(BigInteger.valueOf(max)) <= 0;
        }
        if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class) {
            double d = raw == float.class || raw == Float.class ? number.floatValue() : number.doubleValue();
            return Double.isFinite(d);
        }
        return true;
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return rawClass(p.getRawType());
        }
        if (type instanceof GenericArrayType g) {
            Class<?> component = rawClass(g.getGenericComponentType());
            return component == null ? null : Array.newInstance(component, 0).getClass();
        }
        if (type instanceof WildcardType w && w.getUpperBounds().length == 1) {
            return rawClass(w.getUpperBounds()[0]);
        }
        return null;
    }

    private static Type typeArgument(Type type, int index) {
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
            return p.getActualTypeArguments()[index];
        }
        return null;
    }

    private static Type componentType(Type type) {
        if (type instanceof GenericArrayType g) {
            return g.getGenericComponentType();
        }
        return type instanceof Class<?> c ? c.getComponentType() : null;
    }

    static Message message(String key, Object... args) {
        return new Message(BUNDLE, key, args);
    }
}
