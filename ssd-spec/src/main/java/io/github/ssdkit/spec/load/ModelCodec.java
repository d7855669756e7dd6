package io.github.ssdkit.spec.load;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes and reads the spec model's values in a compact tagged binary form, generically: a record
 * is written as its class and its components in declaration order, and read back through its
 * canonical constructor, so a component added to a model record flows through with no edit here.
 * Known leaves: text, integers, booleans, decimals (scale kept), dates, enums, lists, sets and maps.
 *
 * <p>Limits: only records and enums of the spec's own packages are read (a tampered class name is
 * refused, never instantiated); a value of any other type fails the write, so the build that writes
 * the precompiled spec stops rather than dropping it. Repeated texts are written once; sets of texts
 * are written sorted, so the same model gives the same bytes.
 */
final class ModelCodec {

  /** Records and enums outside this package prefix are refused when read. */
  static final String MODEL_PACKAGE = "io.github.ssdkit.spec.";

  private static final byte NULL = 0;
  private static final byte TEXT = 1;
  private static final byte TEXT_AGAIN = 2;
  private static final byte INT = 3;
  private static final byte FALSE = 4;
  private static final byte TRUE = 5;
  private static final byte LONG = 6;
  private static final byte DECIMAL = 7;
  private static final byte DATE = 8;
  private static final byte ENUM = 9;
  private static final byte LIST = 10;
  private static final byte SET = 11;
  private static final byte MAP = 12;
  private static final byte RECORD = 13;

  private ModelCodec() {}

  /** Writes values; one per stream, as it remembers the texts and classes already written. */
  static final class Writer {
    private final DataOutputStream out;
    private final Map<String, Integer> texts = new HashMap<>();
    private final Map<Class<?>, Integer> types = new HashMap<>();

    Writer(DataOutputStream out) {
      this.out = out;
    }

    void write(Object value) throws IOException {
      if (value == null) {
        out.writeByte(NULL);
      } else if (value instanceof String text) {
        writeText(text);
      } else if (value instanceof Integer number) {
        out.writeByte(INT);
        out.writeInt(number);
      } else if (value instanceof Boolean flag) {
        out.writeByte(flag ? TRUE : FALSE);
      } else if (value instanceof Long number) {
        out.writeByte(LONG);
        out.writeLong(number);
      } else if (value instanceof BigDecimal decimal) {
        out.writeByte(DECIMAL);
        writeText(decimal.toString());
      } else if (value instanceof LocalDate date) {
        out.writeByte(DATE);
        out.writeLong(date.toEpochDay());
      } else if (value instanceof Enum<?> constant) {
        out.writeByte(ENUM);
        writeType(constant.getDeclaringClass());
        writeText(constant.name());
      } else if (value instanceof List<?> list) {
        out.writeByte(LIST);
        writeItems(list);
      } else if (value instanceof Set<?> set) {
        out.writeByte(SET);
        writeItems(inStableOrder(set));
      } else if (value instanceof Map<?, ?> map) {
        out.writeByte(MAP);
        out.writeInt(map.size());
        for (Map.Entry<?, ?> entry : map.entrySet()) {
          write(entry.getKey());
          write(entry.getValue());
        }
      } else if (value instanceof Record record) {
        writeRecord(record);
      } else {
        throw new IOException("the precompiled spec cannot hold a " + value.getClass().getName()
            + "; teach ModelCodec this type or make it a record");
      }
    }

    /** A set of texts sorted, as {@code Set.copyOf} iterates in an order that changes from run to run. */
    private static Collection<?> inStableOrder(Set<?> set) {
      if (!set.stream().allMatch(String.class::isInstance)) {
        return set;
      }
      List<String> sorted = new ArrayList<>();
      set.forEach(item -> sorted.add((String) item));
      sorted.sort(null);
      return sorted;
    }

    private void writeItems(Collection<?> items) throws IOException {
      out.writeInt(items.size());
      for (Object item : items) {
        write(item);
      }
    }

    private void writeRecord(Record record) throws IOException {
      out.writeByte(RECORD);
      writeType(record.getClass());
      for (RecordComponent component : record.getClass().getRecordComponents()) {
        try {
          write(component.getAccessor().invoke(record));
        } catch (IllegalAccessException | InvocationTargetException e) {
          throw new IOException("cannot read " + record.getClass().getName() + "." + component.getName(), e);
        }
      }
    }

    private void writeType(Class<?> type) throws IOException {
      Integer known = types.get(type);
      if (known != null) {
        out.writeInt(known);
        return;
      }
      out.writeInt(-1);
      out.writeUTF(type.getName());
      types.put(type, types.size());
    }

    private void writeText(String text) throws IOException {
      Integer known = texts.get(text);
      if (known != null) {
        out.writeByte(TEXT_AGAIN);
        out.writeInt(known);
        return;
      }
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      out.writeByte(TEXT);
      out.writeInt(bytes.length);
      out.write(bytes);
      texts.put(text, texts.size());
    }
  }

  /** Reads what a {@link Writer} wrote; any malformed input is an {@link IOException}. */
  static final class Reader {
    private final DataInputStream in;
    private final List<String> texts = new ArrayList<>();
    private final List<Type> types = new ArrayList<>();

    Reader(DataInputStream in) {
      this.in = in;
    }

    Object read() throws IOException {
      byte tag = in.readByte();
      return switch (tag) {
        case NULL -> null;
        case TEXT, TEXT_AGAIN -> readText(tag);
        case INT -> in.readInt();
        case FALSE -> Boolean.FALSE;
        case TRUE -> Boolean.TRUE;
        case LONG -> in.readLong();
        case DECIMAL -> new BigDecimal(readText(in.readByte()));
        case DATE -> LocalDate.ofEpochDay(in.readLong());
        case ENUM -> readType().constant(readText(in.readByte()));
        case LIST -> readItems(new ArrayList<>());
        case SET -> readItems(new LinkedHashSet<>());
        case MAP -> readMap();
        case RECORD -> readType().construct(this);
        default -> throw new IOException("unknown tag " + tag);
      };
    }

    private <C extends Collection<Object>> C readItems(C items) throws IOException {
      int size = size();
      for (int i = 0; i < size; i++) {
        items.add(read());
      }
      return items;
    }

    private Map<Object, Object> readMap() throws IOException {
      int size = size();
      Map<Object, Object> map = new LinkedHashMap<>();
      for (int i = 0; i < size; i++) {
        map.put(read(), read());
      }
      return map;
    }

    private int size() throws IOException {
      int size = in.readInt();
      if (size < 0 || size > in.available() + 1) {
        throw new IOException("bad size " + size);
      }
      return size;
    }

    private String readText(byte tag) throws IOException {
      if (tag == TEXT_AGAIN) {
        int index = in.readInt();
        if (index < 0 || index >= texts.size()) {
          throw new IOException("bad text reference " + index);
        }
        return texts.get(index);
      }
      if (tag != TEXT) {
        throw new IOException("text expected, found tag " + tag);
      }
      byte[] bytes = new byte[size()];
      in.readFully(bytes);
      String text = new String(bytes, StandardCharsets.UTF_8);
      texts.add(text);
      return text;
    }

    private Type readType() throws IOException {
      int index = in.readInt();
      if (index >= 0) {
        if (index >= types.size()) {
          throw new IOException("bad type reference " + index);
        }
        return types.get(index);
      }
      Type type = Type.named(in.readUTF());
      types.add(type);
      return type;
    }
  }

  /** A model record or enum class, with what reading it needs, looked up once per stream. */
  private record Type(Class<?> type, Constructor<?> constructor, int arity) {

    /** The class of that name as this codec's own class loader sees it: the model classes the caller uses. */
    static Type named(String name) throws IOException {
      if (!name.startsWith(MODEL_PACKAGE)) {
        throw new IOException("refused type " + name);
      }
      Class<?> type;
      try {
        type = Class.forName(name, false, ModelCodec.class.getClassLoader());
      } catch (ClassNotFoundException | LinkageError e) {
        throw new IOException("unknown type " + name, e);
      }
      if (type.isEnum()) {
        return new Type(type, null, 0);
      }
      if (!type.isRecord()) {
        throw new IOException("refused type " + name + ": neither record nor enum");
      }
      RecordComponent[] components = type.getRecordComponents();
      Class<?>[] parameters = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        parameters[i] = components[i].getType();
      }
      try {
        return new Type(type, type.getDeclaredConstructor(parameters), components.length);
      } catch (NoSuchMethodException e) {
        throw new IOException("no canonical constructor in " + name, e);
      }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    Object constant(String name) throws IOException {
      if (!type.isEnum()) {
        throw new IOException(type.getName() + " is not an enum");
      }
      try {
        return Enum.valueOf((Class) type, name);
      } catch (IllegalArgumentException e) {
        throw new IOException("no constant " + name + " in " + type.getName(), e);
      }
    }

    Object construct(Reader reader) throws IOException {
      if (constructor == null) {
        throw new IOException(type.getName() + " is not a record");
      }
      Object[] arguments = new Object[arity];
      for (int i = 0; i < arity; i++) {
        arguments[i] = reader.read();
      }
      try {
        return constructor.newInstance(arguments);
      } catch (InstantiationException | IllegalAccessException | IllegalArgumentException
          | InvocationTargetException e) {
        throw new IOException("cannot rebuild " + type.getName(), e);
      }
    }
  }
}
