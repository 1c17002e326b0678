package org.qualityaward.testing;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * What the engine keeps of variables, read straight from its tables: runtime variables, historic variables and
 * historic details (every variable update, every submitted form field), with the bytes of the values stored
 * aside. Personal data must occur in none of them.
 */
public final class EngineTables {

  private static final List<String> TABLES = List.of("ACT_RU_VARIABLE", "ACT_HI_VARINST", "ACT_HI_DETAIL");

  private EngineTables() {}

  /** Completes a task as Tasklist submits its form: every field it shows, the read-only ones too, and what was entered. */
  public static void submitAsTasklist(ProcessEngine engine, String taskId, Map<String, Object> entered) {
    Map<String, Object> form = new HashMap<>(engine.getTaskService().getVariablesLocal(taskId));
    form.putAll(entered);
    engine.getFormService().submitTaskForm(taskId, form);
  }

  /** Each row, as table and column values, in which one of {@code values} occurs: text columns and bytes alike. */
  public static List<String> rowsContaining(JdbcTemplate jdbc, String... values) {
    List<String> found = new ArrayList<>();
    for (String table : TABLES) {
      jdbc.query("select t.*, b.BYTES_ from " + table + " t left join ACT_GE_BYTEARRAY b on b.ID_ = t.BYTEARRAY_ID_",
          (RowCallbackHandler) row -> {
            StringBuilder text = new StringBuilder(table).append(':');
            for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
              Object value = row.getObject(column);
              text.append(' ').append(value instanceof byte[] bytes ? new String(bytes, UTF_8) : value);
            }
            for (String value : values) {
              if (text.indexOf(value) >= 0) {
                found.add(text.toString());
              }
            }
          });
    }
    return found;
  }
}
