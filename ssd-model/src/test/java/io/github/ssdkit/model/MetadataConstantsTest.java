package io.github.ssdkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ssdkit.model.meta.ContactsTable;
import io.github.ssdkit.model.meta.MissingTable;
import io.github.ssdkit.model.meta.SsdTables;
import io.github.ssdkit.model.runtime.TableInfo;
import io.github.ssdkit.model.table.Contact;
import io.github.ssdkit.model.table.MissingEpisode;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Table metadata classes name their rows' records and hold a constant per column. */
class MetadataConstantsTest {

  @Test
  void aTableClassKeepsTheTableNameAndPointsAtTheRowRecord() {
    assertThat(ContactsTable.NAME).isEqualTo("ssd_contacts");
    assertThat(ContactsTable.INFO.recordType()).isEqualTo(Contact.class);
    assertThat(MissingTable.INFO.recordType()).isEqualTo(MissingEpisode.class);
    assertThat(ContactsTable.CONTACT_DATE).isEqualTo("cont_contact_date");
  }

  @Test
  void everyTableHasOneConstantPerColumnInColumnOrder() throws ReflectiveOperationException {
    for (TableInfo info : SsdTables.ALL) {
      Class<?> meta = Class.forName("io.github.ssdkit.model.meta." + metaName(info));
      List<String> values = new ArrayList<>();
      for (Field f : meta.getDeclaredFields()) {
        boolean constant = Modifier.isStatic(f.getModifiers()) && Modifier.isPublic(f.getModifiers());
        if (constant && f.getType() == String.class && !f.getName().equals("NAME")) {
          values.add((String) f.get(null));
        }
      }
      assertThat(values).as(info.name()).isEqualTo(info.columns());
    }
  }

  /** The metadata class is named after the table, whatever the row is called. */
  private static String metaName(TableInfo info) {
    StringBuilder b = new StringBuilder();
    for (String part : info.name().substring("ssd_".length()).split("_")) {
      b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    return b + "Table";
  }
}
